package eu.projectresolution.mobilisation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.ExitCircumstance;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeRulesTest {
  private static final LocalDate D = LocalDate.of(2019, 3, 1);
  private static final Period PERIOD = Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 8, 31));

  /** A pathway accompanied on D and exited ten days later, with the given follow-ups at exit. */
  private static Participant exited(Optional<ExitCircumstance> circumstance, Situation atExit, FollowUp... followUps) {
    BeneficiaryId id = BeneficiaryId.random();
    CommandId command = CommandId.random();
    List<PathwayEvent> events = new ArrayList<>();
    events.add(PathwayEvents.Captured.of(header(id, 1, command, Stage.CAPTURED, D), Fixtures.SIPA, Profile.undeclared(),
        Contact.builder().on(D).channel(CaptureChannel.WALK_IN).staffRole(StaffRole.RECEPTION_OFFICER).build()));
    events.add(PathwayEvents.Welcomed.of(header(id, 2, command, Stage.WELCOMED, D), Fixtures.SITE_MONTBELIARD, Optional.empty()));
    events.add(PathwayEvents.Oriented.of(header(id, 3, command, Stage.ORIENTED, D), Orientation.ADAPTED_ACCOMPANIMENT));
    events.add(PathwayEvents.AccompanimentStarted.of(header(id, 4, command, Stage.ACCOMPANIED, D)));
    LocalDate exitOn = D.plusDays(10);
    events.add(PathwayEvents.Exited.of(header(id, 5, command, Stage.EXITED, exitOn), ExitReason.OTHER, atExit, circumstance));
    for (FollowUp followUp : followUps) {
      events.add(PathwayEvents.FollowUpRecorded.of(header(id, events.size() + 1, command, Stage.EXITED, followUp.observedOn()),
          exitOn, followUp));
    }
    return Participant.of(Pathway.fold(events), PERIOD, PathwayModel.sipa());
  }

  private static EventHeader header(BeneficiaryId id, long version, CommandId command, Stage stage, LocalDate on) {
    return EventHeader.builder().beneficiaryId(id).version(version).commandId(command).recordedAt(Instant.EPOCH)
        .occurredOn(on).actor(StaffRole.ADAPTED_ACCOMPANIMENT_COUNSELLOR).stage(stage).build();
  }

  private static FollowUp atExit(Employment job) {
    return FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(D.plusDays(10)).employment(job).build();
  }

  @Test
  void classifiesIaeExitsWithTheirReasons() {
    OutcomeRule iae = RuleSets.franceIae().rules().get(0);
    assertThat(iae.classify(exited(Optional.empty(), Situation.none(), atExit(Employment.of(ContractType.FIXED_TERM, 6)))))
        .isEqualTo(Classification.of("durable_employment", "FIXED_TERM of 6 months (observed 2019-03-11)"));
    assertThat(iae.classify(exited(Optional.empty(), Situation.none(), atExit(Employment.of(ContractType.FIXED_TERM, 5)))).category())
        .isEqualTo("transition_employment");
    assertThat(iae.classify(exited(Optional.empty(), Situation.none(), atExit(Employment.of(ContractType.CIVIL_SERVICE)))).category())
        .isEqualTo("durable_employment");
    assertThat(iae.classify(exited(Optional.of(ExitCircumstance.INCARCERATION), Situation.none(),
        atExit(Employment.of(ContractType.OPEN_ENDED)))).reason()).contains("withdrawn", "INCARCERATION");
    assertThat(iae.classify(exited(Optional.empty(), Situation.builder().employed(true).build())).reason())
        .contains("no at-exit follow-up");
  }

  @Test
  void givesTheSipaReasonForAPositiveExit() {
    Classification classification = RuleSets.sipa().rules().get(0).classify(
        exited(Optional.empty(), Situation.builder().registeredWithPublicEmploymentService(true).build()));
    assertThat(classification).isEqualTo(
        Classification.of("positive_exit", "exit on 2019-03-11: registered with the public employment service at exit"));
  }

  @Test
  void refusesARuleThatAnswersAnUndeclaredCategory() {
    OutcomeRule sloppy = OutcomeRule.builder().ref(RuleRef.of("it.sloppy", 1)).definition("Always 'maybe'")
        .addCategories(OutcomeCategory.counted("yes", "Yes", "it.yes"))
        .classifier(p -> Classification.of("maybe", "undecided"))
        .build();
    assertThatThrownBy(() -> sloppy.classify(exited(Optional.empty(), Situation.none())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("it.sloppy v1 answered category 'maybe'");
  }

  @Test
  void refusesTwoRuleSetsReportingTheSameFigure() {
    RuleSet copy = RuleSet.builder().from(RuleSets.sipa()).ref(RuleRef.of("be.copy", 1))
        .rules(List.of(OutcomeRule.builder().from(RuleSets.sipa().rules().get(0)).ref(RuleRef.of("be.copy.rule", 1)).build()))
        .build();
    assertThatThrownBy(() -> OutcomeRules.standard().with(copy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("figure sipa.positive_exits is reported by rule sets sipa and be.copy");
    assertThatThrownBy(() -> OutcomeRules.standard().with(RuleSets.esfPlus()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule set esf-plus is registered twice");
  }

  @Test
  void refusesARateOverAnUndeclaredOrWithdrawnCategory() {
    assertThatThrownBy(() -> OutcomeRule.builder().ref(RuleRef.of("it.rate", 1)).definition("d")
        .addCategories(OutcomeCategory.withdrawn("out", "Out", "it.out"))
        .addRates(OutcomeRate.of("it.rate", "Rate", "out"))
        .classifier(p -> Classification.of("out", "always")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate it.rate sums category 'out'");
  }

  /** Found by {@link java.util.ServiceLoader} in {@link #discoversPartnerRuleSetsOnTheClassPath}. */
  public static final class ItalianRules implements RuleSetProvider {
    @Override
    public RuleSet ruleSet() {
      return RuleSet.builder().ref(RuleRef.of("it.garanzia-giovani", 1)).description("Italy: Garanzia Giovani placements")
          .addRules(OutcomeRule.builder().ref(RuleRef.of("it.garanzia-giovani.placement", 1))
              .definition("Left during the period into a job")
              .addCategories(
                  OutcomeCategory.counted("placed", "Placed", "it.placements"),
                  OutcomeCategory.counted("not_placed", "Not placed"),
                  OutcomeCategory.outOfScope("not_left", "Did not leave"))
              .classifier(p -> !p.leftDuringPeriod() ? Classification.of("not_left", "did not leave")
                  : p.exit().map(e -> e.situation().employed()).orElse(false)
                      ? Classification.of("placed", "employed at exit") : Classification.of("not_placed", "not employed at exit"))
              .build())
          .build();
    }
  }

  @Test
  void discoversPartnerRuleSetsOnTheClassPath(@TempDir Path jar) throws IOException {
    Path services = jar.resolve("META-INF/services/" + RuleSetProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, ItalianRules.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      OutcomeRules rules = OutcomeRules.standard().withDiscovered(loader);

      assertThat(rules.ruleSets()).extracting(s -> s.ref().name())
          .containsExactly("sipa", "fr.iae", "esf-plus", "it.garanzia-giovani");
      assertThat(rules.classify(exited(Optional.empty(), Situation.builder().employed(true).build())))
          .containsEntry(RuleRef.of("it.garanzia-giovani.placement", 1), Classification.of("placed", "employed at exit"));
    }
  }
}
