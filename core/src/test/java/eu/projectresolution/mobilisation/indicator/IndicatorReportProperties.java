package eu.projectresolution.mobilisation.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EducationLevel;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.IndicatorReportContract;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordDropOut;
import eu.projectresolution.mobilisation.engine.RecordEntryStatus;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordFollowUp;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties of indicator reports over random programmes: up to a dozen people, each taken through the
 * engine's commands as far as a random seed decides (captured only, welcomed, information only,
 * accompanied, exited with a random situation and follow-ups, referred, dropped out).
 */
class IndicatorReportProperties {
  private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
  private static final List<String> FUNNEL =
      List.of("funnel.captured", "funnel.welcomed", "funnel.oriented", "funnel.accompanied", "funnel.exited");

  /** A programme recorded from seeds, and the people still in accompaniment. */
  private static final class Scenario {
    final MobilisationEngine engine =
        MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(Fixtures.CLOCK).build();
    final TenantId tenant = Fixtures.newTenant();
    final Map<BeneficiaryId, LocalDate> inAccompaniment = new HashMap<>();

    Scenario(List<Integer> seeds) {
      ok(engine.registerProgramme(tenant, IndicatorReportContract.programme()));
      for (int i = 0; i < seeds.size(); i++) {
        person(new Random(seeds.get(i)), FIRST.plusDays(25L * i));
      }
    }

    IndicatorReport report() {
      return engine.indicatorReport(tenant, ReportScope.builder().programmeId(Fixtures.SIPA)
          .start(FIRST).end(LocalDate.of(2019, 8, 31)).build()).orElseThrow();
    }

    private void person(Random random, LocalDate day) {
      BeneficiaryId id = BeneficiaryId.random();
      Profile.Builder profile = Profile.builder().gender(Gender.values()[random.nextInt(4)]);
      if (random.nextInt(5) > 0) {
        profile.birthYear(1950 + random.nextInt(55));
      }
      if (random.nextBoolean()) {
        profile.residence(TerritoryType.values()[random.nextInt(4)]);
      }
      CaptureChannel channel = CaptureChannel.values()[random.nextInt(CaptureChannel.values().length)];
      if (channel == CaptureChannel.OUTREACH_EVENT) {
        channel = CaptureChannel.DOOR_TO_DOOR;
      }
      ok(engine.capture(tenant, Capture.builder().beneficiaryId(id).programmeId(Fixtures.SIPA)
          .profile(profile.thirdCountryNational(random.nextBoolean()).build())
          .contact(Contact.builder().on(day).channel(channel).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build())
          .build()));
      int depth = random.nextInt(7);
      if (depth == 0) {
        return;
      }
      ok(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(day)
          .situation(random.nextBoolean() ? Optional.of(situation(random)) : Optional.empty()).build()));
      if (random.nextBoolean()) {
        ok(engine.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(id).occurredOn(day)
            .entryStatus(entryStatus(random)).build()));
      }
      if (random.nextBoolean()) {
        ok(engine.recordSatisfaction(tenant, RecordSatisfaction.builder().beneficiaryId(id).occurredOn(day)
            .response(SatisfactionResponse.of(random.nextBoolean())).build()));
      }
      if (depth == 1) {
        return;
      }
      if (depth == 2 || depth == 3) {
        Orientation orientation = depth == 2 ? Orientation.INFORMATION_ONLY : Orientation.DIRECT_REFERRAL;
        ok(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(day).orientation(orientation).build()));
        if (depth == 3) {
          ok(engine.refer(tenant, Refer.builder().beneficiaryId(id).occurredOn(day).referralId(ReferralId.random())
              .schemeId(Fixtures.TEMP_JOBS).build()));
        }
        exitWithFollowUps(random, id, day.plusDays(1));
        return;
      }
      ok(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(day).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build()));
      ok(engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(id).occurredOn(day).build()));
      int appointments = random.nextInt(5);
      for (int a = 1; a <= appointments; a++) {
        LocalDate on = day.plusDays(a);
        ok(engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(id).occurredOn(on)
            .appointment(Appointment.of(AppointmentId.random(), on, random.nextBoolean() ? AppointmentStatus.ATTENDED : AppointmentStatus.NO_SHOW))
            .build()));
      }
      LocalDate later = day.plusDays(6);
      if (depth == 4) {
        inAccompaniment.put(id, later);
      } else if (depth == 5) {
        exitWithFollowUps(random, id, later);
      } else {
        ok(engine.recordDropOut(tenant, RecordDropOut.builder().beneficiaryId(id).occurredOn(later).build()));
      }
    }

    /** A woman without entry facts, accompanied from {@code day}, with no appointment yet. */
    void accompanied(LocalDate day) {
      BeneficiaryId id = BeneficiaryId.random();
      ok(engine.capture(tenant, Capture.builder().beneficiaryId(id).programmeId(Fixtures.SIPA)
          .profile(Profile.builder().gender(Gender.WOMAN).build())
          .contact(Contact.builder().on(day).channel(CaptureChannel.WALK_IN).staffRole(StaffRole.RECEPTION_OFFICER).build())
          .build()));
      ok(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(day).build()));
      ok(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(day).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build()));
      ok(engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(id).occurredOn(day).build()));
      inAccompaniment.put(id, day.plusDays(6));
    }

    private void exitWithFollowUps(Random random, BeneficiaryId id, LocalDate on) {
      ok(engine.recordExit(tenant, RecordExit.builder().beneficiaryId(id).occurredOn(on)
          .reason(ExitReason.values()[random.nextInt(ExitReason.values().length)]).situation(situation(random)).build()));
      for (FollowUpMoment moment : FollowUpMoment.values()) {
        if (random.nextBoolean()) {
          LocalDate observed = moment.earliest(on).plusDays(random.nextInt(3));
          FollowUp.Builder followUp = FollowUp.builder().moment(moment).observedOn(moment == FollowUpMoment.AT_EXIT ? on : observed)
              .jobSearching(random.nextBoolean()).qualificationGained(random.nextBoolean())
              .improvedLabourMarketSituation(random.nextBoolean()).businessCreated(random.nextInt(6) == 0);
          if (random.nextBoolean()) {
            followUp.inEducationOrTraining(true).qualifyingTraining(random.nextBoolean());
          }
          if (random.nextBoolean()) {
            ContractType contract = ContractType.values()[random.nextInt(ContractType.values().length)];
            followUp.employment(random.nextBoolean() ? Employment.of(contract) : Employment.of(contract, 1 + random.nextInt(12)));
          }
          ok(engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(id).followUp(followUp.build()).build()));
        }
      }
    }

    private static Situation situation(Random random) {
      return Situation.builder().registeredWithPublicEmploymentService(random.nextBoolean())
          .accompaniedByAnotherScheme(random.nextBoolean()).everAccompaniedBefore(random.nextBoolean())
          .memberOfLocalAssociation(random.nextBoolean()).employed(random.nextBoolean())
          .inTraining(random.nextBoolean()).jobSearching(random.nextBoolean()).build();
    }

    private static EntryStatus entryStatus(Random random) {
      SensitiveAnswer[] answers = {
        SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT), SensitiveAnswer.no(LegalBasis.EXPLICIT_CONSENT), SensitiveAnswer.declined()
      };
      return EntryStatus.builder()
          .labourMarketStatus(LabourMarketStatus.values()[random.nextInt(4)])
          .educationLevel(Optional.ofNullable(random.nextBoolean() ? EducationLevel.values()[random.nextInt(3)] : null))
          .disability(answers[random.nextInt(3)])
          .foreignBackground(answers[random.nextInt(3)])
          .minority(answers[random.nextInt(3)])
          .homelessOrHousingExcluded(answers[random.nextInt(3)])
          .build();
    }
  }

  private static CommandResult ok(CommandResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
    return result;
  }

  @Test
  void stageCountsNeverIncreaseAlongTheFunnel() {
    qt().withExamples(100).forAll(lists().of(integers().all()).ofSizeBetween(0, 12)).checkAssert(seeds -> {
      IndicatorReport report = new Scenario(seeds).report();
      for (int i = 1; i < FUNNEL.size(); i++) {
        assertThat(report.value(FUNNEL.get(i))).as(FUNNEL.get(i)).isLessThanOrEqualTo(report.value(FUNNEL.get(i - 1)));
      }
      assertThat(report.value("funnel.captured")).isEqualByComparingTo(BigDecimal.valueOf(seeds.size()));
    });
  }

  @Test
  void everyNumeratorIsAtMostItsDenominator() {
    qt().withExamples(100).forAll(lists().of(integers().all()).ofSizeBetween(0, 12)).checkAssert(seeds -> {
      for (Figure figure : new Scenario(seeds).report().figures()) {
        if (figure.unit().partOfWhole() && figure.numerator().isPresent() && figure.denominator().isPresent()) {
          assertThat(figure.numerator().get()).as(figure.code().value()).isLessThanOrEqualTo(figure.denominator().get());
        }
        assertThat(figure.computable()).as(figure.code() + " is computable or says why")
            .isNotEqualTo(figure.notComputableReason().isPresent());
      }
    });
  }

  @Test
  void genderBreakdownsSumToTheTotal() {
    qt().withExamples(100).forAll(lists().of(integers().all()).ofSizeBetween(0, 12)).checkAssert(seeds -> {
      IndicatorReport report = new Scenario(seeds).report();
      int checked = 0;
      for (Figure total : report.figures()) {
        if (total.gender().isPresent() || report.figure(total.code().forGender(Gender.WOMAN)).isEmpty()) {
          continue;
        }
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        for (Gender gender : Gender.values()) {
          Figure slice = report.figure(total.code().forGender(gender)).orElseThrow();
          assertThat(slice.gender()).contains(gender);
          numerators = numerators.add(slice.numerator().orElse(BigDecimal.ZERO));
          denominators = denominators.add(slice.denominator().orElse(BigDecimal.ZERO));
        }
        if (total.unit() == Unit.PEOPLE) {
          assertThat(numerators).as(total.code().value()).isEqualByComparingTo(total.numerator().orElseThrow());
        }
        assertThat(denominators).as(total.code() + " denominators").isEqualByComparingTo(total.denominator().orElse(BigDecimal.ZERO));
        checked++;
      }
      assertThat(checked).as("ESF+ figures with a gender breakdown").isGreaterThanOrEqualTo(27);
    });
  }

  @Test
  void addingOnePositiveExitChangesExactlyTheFiguresItShould() {
    qt().withExamples(60).forAll(lists().of(integers().all()).ofSizeBetween(0, 10), integers().all()).checkAssert((seeds, pick) -> {
      Scenario forced = new Scenario(seeds);
      // One more person in accompaniment, so that there is always someone to exit.
      forced.accompanied(FIRST.plusDays(25L * seeds.size()));
      List<BeneficiaryId> open = forced.inAccompaniment.keySet().stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();
      BeneficiaryId who = open.get(Math.floorMod(pick, open.size()));
      IndicatorReport before = forced.report();

      ok(forced.engine.recordExit(forced.tenant, RecordExit.builder().beneficiaryId(who)
          .occurredOn(forced.inAccompaniment.get(who)).reason(ExitReason.MAINSTREAM_SCHEME)
          .situation(Situation.builder().registeredWithPublicEmploymentService(true).build()).build()));
      IndicatorReport after = forced.report();

      assertThat(after.value("sipa.positive_exits")).isEqualByComparingTo(before.value("sipa.positive_exits").add(BigDecimal.ONE));
      assertThat(after.value("sipa.not_yet_exited")).isEqualByComparingTo(before.value("sipa.not_yet_exited").subtract(BigDecimal.ONE));
      assertThat(after.value("stage.exited.entered")).isEqualByComparingTo(before.value("stage.exited.entered").add(BigDecimal.ONE));
      assertThat(after.value("fr.iae.exits")).isEqualByComparingTo(before.value("fr.iae.exits").add(BigDecimal.ONE));
      Set<String> changed = new TreeSet<>();
      for (Figure figure : after.figures()) {
        if (!Optional.of(figure).equals(before.figure(figure.code()))) {
          changed.add(figure.code().value());
        }
      }
      assertThat(changed).contains("sipa.positive_exits", "sipa.positive_exit_rate", "sipa.not_yet_exited",
          "funnel.exited", "stage.exited.entered", "stage.exited.at_end", "fr.iae.exits", "fr.iae.other_exits");
      assertThat(changed).allSatisfy(code -> assertThat(code).matches(
          "sipa\\..*|cost\\.per_positive_exit|target\\.positive_exits|growth\\.positive_exits|funnel\\.exited(\\.conversion)?"
              + "|stage\\.(accompanied|exited)\\.(entered|at_end)|before_after\\..*|fr\\.iae\\..*|EECR0[1-6].*"));
      assertThat(after.figures()).hasSameSizeAs(before.figures());
    });
  }
}
