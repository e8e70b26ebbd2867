package eu.projectresolution.mobilisation.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.StoreSnapshot;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordDropOut;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordLostContact;
import eu.projectresolution.mobilisation.engine.RecordReferralOutcome;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.SchemeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of commands, valid and invalid, on a handful of people: whatever counsellors do,
 * no pathway reaches a state the model forbids, the state is always the fold of the stored events, and
 * a refused command leaves the store exactly as it was.
 */
public class PathwayProperties {
  private static final PathwayModel MODEL = PathwayModel.sipa();
  private static final int PEOPLE = 4;
  private static final SchemeId[] SCHEMES = {
    Fixtures.PES_REGISTRATION, Fixtures.YOUTH_GUARANTEE, SchemeId.of("unknown-scheme")
  };

  /** Drives one random session and returns the results, checking the invariants after each command. */
  public static List<CommandResult> run(List<Integer> moves) {
    MobilisationStorage storage = InMemoryStorage.create();
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    engine.registerProgramme(tenant, Fixtures.sipa());
    List<BeneficiaryId> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(BeneficiaryId.random());
    }
    List<CommandResult> results = new ArrayList<>();
    LocalDate day = LocalDate.of(2017, 1, 2);
    for (int move : moves) {
      BeneficiaryId who = people.get(move % PEOPLE);
      int action = (move / PEOPLE) % 13;
      int detail = move / (PEOPLE * 13);
      // Mostly move forward in time, sometimes go back a day to provoke date refusals.
      day = detail % 7 == 0 ? day.minusDays(1) : day.plusDays(detail % 3);
      Pathway before = engine.pathway(tenant, who).orElse(null);
      String snapshot = StoreSnapshot.of(storage, tenant);
      CommandResult result = apply(engine, tenant, who, action, detail, day, before);
      results.add(result);
      if (result.refused()) {
        assertThat(StoreSnapshot.of(storage, tenant)).as("a refused command writes nothing").isEqualTo(snapshot);
        continue;
      }
      Pathway after = engine.pathway(tenant, who).orElseThrow();
      assertThat(after).as("state is the fold of the stored events")
          .isEqualTo(Pathway.fold(storage.pathways().events(tenant, who)))
          .isEqualTo(result.pathway().orElseThrow());
      assertThat(after.version()).isEqualTo(storage.pathways().events(tenant, who).size());
      assertThat(storage.beneficiaries().find(tenant, who).orElseThrow().stage()).isEqualTo(after.stage());
      assertThat(MODEL.stages()).contains(after.stage());
      if (before != null && !after.stage().equals(before.stage())) {
        assertThat(MODEL.allows(before.stage(), after.stage()))
            .as("move %s -> %s", before.stage(), after.stage()).isTrue();
      }
      List<StageVisit> history = after.stageHistory();
      assertThat(history.get(0).stage()).isEqualTo(MODEL.entryStage());
      for (int i = 1; i < history.size(); i++) {
        assertThat(MODEL.allows(history.get(i - 1).stage(), history.get(i).stage()))
            .as("history %s", history).isTrue();
      }
      assertThat(after.exits().size()).as("no exit without having left an open stage")
          .isLessThanOrEqualTo((int) history.stream().filter(v -> v.stage().equals(Stage.WELCOMED)).count());
    }
    return results;
  }

  /**
   * The command a random move stands for, sent to {@code engine}: one of eleven kinds, its day and
   * details drawn from {@code detail}.
   */
  public static CommandResult apply(
      MobilisationEngine engine, TenantId tenant, BeneficiaryId who, int action, int detail, LocalDate day, Pathway pathway) {
    return switch (action) {
      case 0 -> engine.capture(tenant, Fixtures.capture(who, day));
      case 1 -> engine.welcome(tenant, Welcome.builder().beneficiaryId(who).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(day).build());
      case 2 -> engine.orient(tenant, Orient.builder().beneficiaryId(who).occurredOn(day)
          .orientation(Orientation.values()[detail % Orientation.values().length]).build());
      case 3 -> engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(who).occurredOn(day).build());
      case 4 -> engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(who).occurredOn(day)
          .appointment(Appointment.of(AppointmentId.random(), day, AppointmentStatus.values()[detail % 3])).build());
      case 5 -> engine.refer(tenant, Refer.builder().beneficiaryId(who).occurredOn(day).referralId(ReferralId.random())
          .schemeId(SCHEMES[detail % SCHEMES.length]).build());
      case 6 -> engine.recordReferralOutcome(tenant, RecordReferralOutcome.builder().beneficiaryId(who).occurredOn(day)
          .referralId(pathway == null || pathway.referrals().isEmpty() ? ReferralId.random()
              : pathway.referrals().get(detail % pathway.referrals().size()).id())
          .status(ReferralStatus.values()[detail % 4]).build());
      case 7 -> engine.recordExit(tenant, RecordExit.builder().beneficiaryId(who).occurredOn(day)
          .reason(ExitReason.values()[detail % ExitReason.values().length])
          .situation(Situation.builder().employed(detail % 2 == 0).build()).build());
      case 8 -> engine.recordLostContact(tenant, RecordLostContact.builder().beneficiaryId(who).occurredOn(day).build());
      case 9 -> engine.recordDropOut(tenant, RecordDropOut.builder().beneficiaryId(who).occurredOn(day).build());
      case 10 -> engine.recordSatisfaction(tenant, RecordSatisfaction.builder().beneficiaryId(who).occurredOn(day)
          .response(eu.projectresolution.mobilisation.pathway.SatisfactionResponse.of(detail % 2 == 0)).build());
      default -> engine.capture(tenant, Fixtures.capture(who, day));
    };
  }

  @Test
  void randomCommandSequencesKeepEveryInvariant() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, 5_000)).ofSizeBetween(1, 40))
        .checkAssert(PathwayProperties::run);
  }

  @Test
  void longSequencesReachEveryStageOfTheModel() {
    // Guards the property above against a generator that never gets past the first stages.
    java.util.Random random = new java.util.Random(42);
    List<Integer> moves = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      moves.add(random.nextInt(5_000));
    }
    List<CommandResult> results = run(moves);
    assertThat(results.stream().filter(CommandResult::accepted).flatMap(r -> r.events().stream())
            .map(e -> e.header().stage()).distinct())
        .containsAll(MODEL.stages());
    assertThat(results).anyMatch(CommandResult::refused);
  }
}
