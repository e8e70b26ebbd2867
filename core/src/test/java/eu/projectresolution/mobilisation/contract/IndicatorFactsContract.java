package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

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
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.capture.OutreachEventKind;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordContact;
import eu.projectresolution.mobilisation.engine.RecordDropOut;
import eu.projectresolution.mobilisation.engine.RecordEntryStatus;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordFollowUp;
import eu.projectresolution.mobilisation.engine.RecordLostContact;
import eu.projectresolution.mobilisation.engine.RecordReferralOutcome;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.engine.RecordSituation;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.FigureCodes;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.IndicatorReports;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.StreamReports;
import eu.projectresolution.mobilisation.indicator.TargetGroup;
import eu.projectresolution.mobilisation.outcome.Classification;
import eu.projectresolution.mobilisation.outcome.OutcomeCategory;
import eu.projectresolution.mobilisation.outcome.OutcomeRate;
import eu.projectresolution.mobilisation.outcome.OutcomeRule;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import eu.projectresolution.mobilisation.outcome.RuleSet;
import eu.projectresolution.mobilisation.outcome.RuleSets;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.BeforeAfterMeasure;
import eu.projectresolution.mobilisation.programme.FollowUpWindow;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.SituationAnswer;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For every store: on random programmes recorded through the engine — people walking the pathway at
 * random, re-entering, changing site, referred with later outcomes, appointments recorded again with a
 * new status, contacts at outreach events, entry statuses and follow-ups — every report computed from
 * the facts the store keeps equals the report computed from the same stored event streams by {@link
 * StreamReports} (the reference), for random rule sets, for the whole programme and for periods,
 * sites, channels and target groups that cut through the pathways.
 */
public abstract class IndicatorFactsContract {
  private static final List<SiteId> SITES =
      List.of(Fixtures.SITE_MONTBELIARD, Fixtures.SITE_AUDINCOURT, Fixtures.SITE_VALENTIGNEY);
  private static final List<SchemeId> SCHEMES =
      List.of(Fixtures.PES_REGISTRATION, Fixtures.YOUTH_GUARANTEE, Fixtures.TEMP_JOBS, Fixtures.QUALIFYING_TRAINING);

  protected abstract MobilisationStorage storage();

  @Test
  void reportsFromFactsEqualReportsFromTheEventStreamsWhateverTheScopeAndRuleSets() {
    MobilisationStorage storage = storage();
    for (long seed = 1; seed <= 3; seed++) {
      recordAndCompare(storage, seed, Fixtures.sipa());
    }
  }

  @Test
  void reportsFromFactsEqualReportsFromTheEventStreamsForAProgrammesOwnMomentsAndMeasures() {
    MobilisationStorage storage = storage();
    for (long seed = 1; seed <= 2; seed++) {
      TenantId tenant = recordAndCompare(storage, seed, declaring());
      OutcomeRules rules = ruleSets(new Random(seed));
      IndicatorReport whole = reports(storage, rules).compute(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
      assertThat(whole.figures()).extracting(f -> f.code().value())
          .contains("follow_up.early.reached", "follow_up.twelve_months.job_searching",
              "before_after.driving_licence.at_entry", "before_after.driving_licence.after_exit",
              "before_after.registered_after_exit.after_exit")
          .doesNotContain("before_after.association_membership.at_entry", "follow_up.within_four_weeks.reached");
    }
  }

  /**
   * SIPA declaring moments of its own (a wide early one that random walks often fit, 3, 6 and 12
   * months), a question of its own and before/after measures reading it, a built-in answer, and one
   * side only.
   */
  static Programme declaring() {
    SituationAnswer licence = SituationAnswer.of("holds_driving_licence");
    return Programme.builder().from(Fixtures.sipa())
        .addFollowUps(FollowUpWindow.AT_EXIT,
            FollowUpWindow.of("EARLY", java.time.Period.ZERO, java.time.Period.ofMonths(3), Map.of(Language.ENGLISH, "early")),
            FollowUpWindow.THREE_MONTHS, FollowUpWindow.SIX_MONTHS, FollowUpWindow.TWELVE_MONTHS)
        .addSituationAnswers(licence)
        .addBeforeAfterMeasures(
            BeforeAfterMeasure.of("driving_licence", licence, licence, Map.of(Language.ENGLISH, "Holds a driving licence")),
            BeforeAfterMeasure.PES_REGISTRATION,
            new BeforeAfterMeasure("registered_after_exit", Optional.empty(),
                Optional.of(SituationAnswer.REGISTERED_WITH_PUBLIC_EMPLOYMENT_SERVICE), Map.of(Language.FRENCH, "Inscrit")))
        .build();
  }

  @Test
  void afterANewRuleSetVersionTheFactsAreComputedAgainBeforeTheReport() {
    MobilisationStorage storage = storage();
    TenantId tenant = Fixtures.newTenant();
    new RandomProgramme(storage, tenant, new Random(11), OutcomeRules.standard()).record(25);
    OutcomeRules changed = OutcomeRules.of(RuleSets.sipa(), partnerRuleSet(2));
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).outcomeRules(changed).build();
    String basis = engine.indicatorFacts().basis();
    assertThat(storage.indicatorSources().factsNotUnder(tenant, Fixtures.SIPA, basis, Optional.empty(), 100))
        .as("facts computed under the standard rule sets").hasSize(25);

    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();

    assertThat(storage.indicatorSources().factsNotUnder(tenant, Fixtures.SIPA, basis, Optional.empty(), 100)).isEmpty();
    assertThat(report.ruleSets()).extracting(RuleRef::name).containsExactly("sipa", "test.partner");
    assertThat(report.figures()).containsExactlyElementsOf(StreamReports.compute(storage, changed, PathwayModel.sipa(),
        Fixtures.CLOCK, tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow().figures());
  }

  @Test
  void aProgrammeWithoutRecordsOrOfAnotherTenantCountsNoOne() {
    MobilisationStorage storage = storage();
    TenantId tenant = Fixtures.newTenant();
    new RandomProgramme(storage, tenant, new Random(7), OutcomeRules.standard()).record(10);
    Programme other = Programme.builder().from(Fixtures.sipa()).id(ProgrammeId.of("other")).build();
    MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build().registerProgramme(tenant, other);

    assertSameReport(storage, tenant, OutcomeRules.standard(), ReportScope.of(other.id()), "a programme without records");
    TenantId stranger = Fixtures.newTenant();
    MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build().registerProgramme(stranger, Fixtures.sipa());
    IndicatorReport report = reports(storage, OutcomeRules.standard()).compute(stranger, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    assertThat(report.figure(FigureCodes.FUNNEL_CAPTURED).orElseThrow().requireValue()).isZero();
    assertThat(report.figure(FigureCodes.WELCOMED).orElseThrow().requireValue()).isZero();
  }

  /**
   * Records forty people of {@code programme} at random with random rule sets, drawn from {@code seed},
   * and compares the reports from the facts and from the streams for random scopes: the tenant.
   */
  private static TenantId recordAndCompare(MobilisationStorage storage, long seed, Programme programme) {
    Random random = new Random(seed);
    TenantId tenant = Fixtures.newTenant();
    OutcomeRules rules = ruleSets(random);
    new RandomProgramme(storage, tenant, random, rules, programme).record(40);
    for (ReportScope scope : scopes(random)) {
      assertSameReport(storage, tenant, rules, scope, programme.id() + " declaring " + programme.followUps().size()
          + " moments, seed " + seed + ", " + rules + ", scope " + scope);
    }
    return tenant;
  }

  private static void assertSameReport(
      MobilisationStorage storage, TenantId tenant, OutcomeRules rules, ReportScope scope, String what) {
    IndicatorReport fromFacts = reports(storage, rules).compute(tenant, scope).orElseThrow();
    IndicatorReport fromStreams =
        StreamReports.compute(storage, rules, PathwayModel.sipa(), Fixtures.CLOCK, tenant, scope).orElseThrow();
    assertThat(fromFacts.figures()).as(what).containsExactlyElementsOf(fromStreams.figures());
  }

  private static IndicatorReports reports(MobilisationStorage storage, OutcomeRules rules) {
    return IndicatorReports.builder().sources(storage.indicatorSources()).outcomeRules(rules).clock(Fixtures.CLOCK).build();
  }

  /** Some of the shipped rule sets, and sometimes a partner's, in a random order. */
  private static OutcomeRules ruleSets(Random random) {
    List<RuleSet> sets = new ArrayList<>(List.of(RuleSets.sipa(), RuleSets.franceIae(), RuleSets.esfPlus(), partnerRuleSet(1)));
    java.util.Collections.shuffle(sets, random);
    return OutcomeRules.of(sets.subList(0, 1 + random.nextInt(sets.size())));
  }

  /**
   * A partner's rule set whose rule looks at the period as a partner might: people who entered during
   * the period and left within {@code version * 60} days of their entry, by the period's end.
   */
  static RuleSet partnerRuleSet(int version) {
    int days = 60 * version;
    OutcomeRule rule = OutcomeRule.builder()
        .ref(RuleRef.of("test.partner.quick_exit", version))
        .definition("Entrants during the period who left within " + days + " days of entry, by the period's end")
        .addCategories(
            OutcomeCategory.counted("quick", "Left within " + days + " days", "test.partner.quick_exits"),
            OutcomeCategory.counted("not_quick", "Still there or left later"),
            OutcomeCategory.outOfScope("not_entered", "Did not enter during the period"))
        .addRates(OutcomeRate.of("test.partner.quick_exit_rate", "Share who left quickly", "quick"))
        .classifier(p -> {
          if (!p.enteredDuringPeriod()) {
            return Classification.of("not_entered", "did not enter during the period");
          }
          LocalDate entry = p.entryOn().orElseThrow();
          return p.leftOn().filter(left -> !left.isAfter(entry.plusDays(days))).isPresent()
              ? Classification.of("quick", "left quickly")
              : Classification.of("not_quick", "not left quickly");
        })
        .build();
    return RuleSet.builder().ref(RuleRef.of("test.partner", version)).description("A partner's own rule set")
        .genderBreakdown(version == 1).addRules(rule).build();
  }

  /** The whole programme, random periods, each site, each channel, and a few of them combined. */
  private static List<ReportScope> scopes(Random random) {
    List<ReportScope> scopes = new ArrayList<>();
    scopes.add(ReportScope.of(Fixtures.SIPA));
    for (int i = 0; i < 6; i++) {
      scopes.add(period(random).build());
    }
    for (SiteId site : SITES) {
      scopes.add(ReportScope.builder().programmeId(Fixtures.SIPA).site(site).build());
      scopes.add(period(random).site(site).build());
    }
    for (CaptureChannel channel : CaptureChannel.values()) {
      scopes.add(ReportScope.builder().programmeId(Fixtures.SIPA).channel(channel).build());
    }
    scopes.add(period(random).site(SITES.get(random.nextInt(SITES.size()))).channel(CaptureChannel.DOOR_TO_DOOR).build());
    for (TargetGroup group : TargetGroup.values()) {
      scopes.add(period(random).targetGroup(group).build());
    }
    scopes.add(ReportScope.builder().programmeId(Fixtures.SIPA).targetGroup(TargetGroup.WOMEN)
        .site(SITES.get(random.nextInt(SITES.size()))).build());
    return scopes;
  }

  private static ReportScope.Builder period(Random random) {
    long days = ChronoUnit.DAYS.between(Fixtures.START, Fixtures.END);
    LocalDate start = Fixtures.START.plusDays(random.nextInt((int) days));
    LocalDate end = start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, Fixtures.END) + 1));
    return ReportScope.builder().programmeId(Fixtures.SIPA).start(start).end(end);
  }

  /**
   * A programme's records made at random through the engine's commands: each person is captured, then
   * takes random steps (any command, refused ones writing nothing) on random later days.
   */
  private static final class RandomProgramme {
    /**
     * The commands of a usual pathway, by their number in the walk: welcome, orientation, accompaniment,
     * appointments, satisfaction, referral and its outcome, exit, then a re-entry at a site.
     */
    static final List<Integer> USUAL_WAY = List.of(1, 3, 4, 5, 5, 6, 9, 7, 8, 10, 1, 3);

    final MobilisationEngine engine;
    final TenantId tenant;
    final Random random;
    final Programme programme;
    final List<OutreachEvent> cafes = new ArrayList<>();

    RandomProgramme(MobilisationStorage storage, TenantId tenant, Random random, OutcomeRules rules) {
      this(storage, tenant, random, rules, Fixtures.sipa());
    }

    /** For {@code programme}, a programme with SIPA's id and sites, and declarations of its own. */
    RandomProgramme(MobilisationStorage storage, TenantId tenant, Random random, OutcomeRules rules, Programme programme) {
      this.engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).outcomeRules(rules).build();
      this.tenant = tenant;
      this.random = random;
      this.programme = programme;
    }

    void record(int people) {
      engine.registerProgramme(tenant, programme);
      for (int i = 0; i < 12; i++) {
        LocalDate on = someDay();
        OutreachEvent cafe = OutreachEvent.builder().id(OutreachEventId.random()).programmeId(Fixtures.SIPA)
            .kind(OutreachEventKind.RECRUT_CAFE).title("Recrut'Café " + i).place("Building hall " + i)
            .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD).date(on)
            .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build();
        engine.recordOutreachEvent(tenant, cafe);
        cafes.add(cafe);
        engine.recordCollaborativeAction(tenant, CollaborativeAction.builder().id(CollaborativeActionId.random())
            .programmeId(Fixtures.SIPA).title("Action " + i).date(someDay()).build());
        engine.recordSiteEvent(tenant, SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA)
            .siteId(site()).title("Event " + i).date(someDay()).build());
      }
      for (int i = 0; i < people; i++) {
        person();
      }
    }

    private void person() {
      BeneficiaryId id = BeneficiaryId.random();
      LocalDate day = someDay();
      Contact capture = contact(day);
      day = capture.on();
      engine.capture(tenant, Capture.builder().beneficiaryId(id).programmeId(Fixtures.SIPA)
          .profile(profile())
          .contact(capture)
          .build());
      List<AppointmentId> appointments = new ArrayList<>();
      List<ReferralId> referrals = new ArrayList<>();
      int steps = random.nextInt(16);
      int next = 0;
      for (int step = 0; step < steps && day.isBefore(Fixtures.END); step++) {
        day = day.plusDays(random.nextInt(40));
        if (day.isAfter(Fixtures.END)) {
          return;
        }
        LocalDate on = day;
        // Mostly the usual way through the pathway, sometimes any command at all.
        int command = random.nextInt(4) > 0 && next < USUAL_WAY.size() ? USUAL_WAY.get(next++) : random.nextInt(15);
        switch (command) {
          case 0 -> {
            Contact contact = contact(on);
            if (!contact.on().isBefore(on)) {
              day = contact.on();
              engine.recordContact(tenant, RecordContact.builder().beneficiaryId(id).contact(contact).build());
            }
          }
          case 1, 2 -> engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(site()).occurredOn(on)
              .situation(random.nextBoolean() ? Optional.of(situation()) : Optional.empty()).build());
          case 3 -> engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(on)
              .orientation(random.nextInt(3) > 0 ? Orientation.ADAPTED_ACCOMPANIMENT
                  : Orientation.values()[random.nextInt(Orientation.values().length)]).build());
          case 4 -> engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(id).occurredOn(on).build());
          case 5, 6 -> {
            // A new appointment, or one recorded again with what became of it.
            AppointmentId appointment = appointments.isEmpty() || random.nextBoolean()
                ? AppointmentId.random() : appointments.get(random.nextInt(appointments.size()));
            if (engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(id).occurredOn(on)
                .appointment(Appointment.of(appointment, on.plusDays(random.nextInt(3)),
                    AppointmentStatus.values()[random.nextInt(AppointmentStatus.values().length)]))
                .build()).accepted()) {
              appointments.add(appointment);
            }
          }
          case 7 -> {
            ReferralId referral = ReferralId.random();
            if (engine.refer(tenant, Refer.builder().beneficiaryId(id).occurredOn(on).referralId(referral)
                .schemeId(SCHEMES.get(random.nextInt(SCHEMES.size()))).build()).accepted()) {
              referrals.add(referral);
            }
          }
          case 8 -> {
            if (!referrals.isEmpty()) {
              engine.recordReferralOutcome(tenant, RecordReferralOutcome.builder().beneficiaryId(id).occurredOn(on)
                  .referralId(referrals.get(random.nextInt(referrals.size())))
                  .status(ReferralStatus.values()[random.nextInt(ReferralStatus.values().length)]).build());
            }
          }
          case 9 -> engine.recordSatisfaction(tenant, RecordSatisfaction.builder().beneficiaryId(id).occurredOn(on)
              .response(SatisfactionResponse.of(random.nextInt(4) > 0)).build());
          case 10 -> engine.recordExit(tenant, RecordExit.builder().beneficiaryId(id).occurredOn(on)
              .reason(ExitReason.values()[random.nextInt(ExitReason.values().length)]).situation(situation()).build());
          case 13 -> engine.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(id).occurredOn(on)
              .entryStatus(entryStatus()).build());
          case 14 -> {
            List<FollowUpWindow> moments = programme.followUpWindowsInForce();
            FollowUp.Builder followUp = FollowUp.builder()
                .moment(FollowUpMoment.of(moments.get(random.nextInt(moments.size())).moment()))
                .observedOn(on).jobSearching(random.nextBoolean()).qualificationGained(random.nextBoolean())
                .improvedLabourMarketSituation(random.nextBoolean()).businessCreated(random.nextInt(4) == 0);
            if (!programme.followUps().isEmpty()) {
              // The figures of declared moments read employment and training too.
              followUp.inEducationOrTraining(random.nextBoolean())
                  .employment(random.nextBoolean() ? Optional.of(Employment.of(ContractType.OPEN_ENDED)) : Optional.empty());
            }
            engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(id).followUp(followUp.build()).build());
          }
          case 11 -> engine.recordSituation(tenant, RecordSituation.builder().beneficiaryId(id).occurredOn(on)
              .situation(situation()).build());
          default -> {
            if (random.nextBoolean()) {
              engine.recordLostContact(tenant, RecordLostContact.builder().beneficiaryId(id).occurredOn(on).build());
            } else {
              engine.recordDropOut(tenant, RecordDropOut.builder().beneficiaryId(id).occurredOn(on).build());
            }
          }
        }
      }
    }

    /** A contact on {@code day}, or at a Recrut'Café held on or after it. */
    private Contact contact(LocalDate day) {
      CaptureChannel channel = CaptureChannel.values()[random.nextInt(CaptureChannel.values().length)];
      Contact.Builder contact = Contact.builder().on(day).channel(channel).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR)
          .consentToRecontact(random.nextBoolean());
      if (channel == CaptureChannel.OUTREACH_EVENT) {
        List<OutreachEvent> later = cafes.stream().filter(c -> !c.date().isBefore(day)).toList();
        if (later.isEmpty()) {
          contact.channel(CaptureChannel.DOOR_TO_DOOR);
        } else {
          OutreachEvent cafe = later.get(random.nextInt(later.size()));
          contact.on(cafe.date()).outreachEvent(cafe.id());
        }
      }
      if (random.nextBoolean()) {
        contact.site(site());
      }
      return contact.build();
    }

    private Profile profile() {
      Profile.Builder profile = Profile.builder().gender(Gender.values()[random.nextInt(Gender.values().length)]);
      if (random.nextBoolean()) {
        profile.birthYear(1950 + random.nextInt(60));
      }
      profile.neet(random.nextInt(3) == 0).refugee(random.nextInt(5) == 0);
      if (random.nextBoolean()) {
        profile.residence(TerritoryType.values()[random.nextInt(TerritoryType.values().length)]);
      }
      return profile.build();
    }

    private EntryStatus entryStatus() {
      EntryStatus.Builder status = EntryStatus.builder()
          .labourMarketStatus(LabourMarketStatus.values()[random.nextInt(LabourMarketStatus.values().length)]);
      if (random.nextBoolean()) {
        status.educationLevel(EducationLevel.values()[random.nextInt(EducationLevel.values().length)]);
      }
      if (random.nextBoolean()) {
        status.disability(random.nextBoolean() ? SensitiveAnswer.yes(LegalBasis.values()[0]) : SensitiveAnswer.no(LegalBasis.values()[0]));
      }
      return status.build();
    }

    private SiteId site() {
      return SITES.get(random.nextInt(SITES.size()));
    }

    private LocalDate someDay() {
      return Fixtures.START.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(Fixtures.START, Fixtures.END) + 1));
    }

    private Situation situation() {
      Situation.Builder situation = Situation.builder().registeredWithPublicEmploymentService(random.nextBoolean())
          .accompaniedByAnotherScheme(random.nextBoolean()).everAccompaniedBefore(random.nextBoolean())
          .memberOfLocalAssociation(random.nextBoolean());
      for (SituationAnswer answer : programme.situationAnswers()) {
        if (random.nextInt(3) > 0) {
          situation.putAnswers(answer.code(), random.nextBoolean());
        }
      }
      return situation.build();
    }
  }
}
