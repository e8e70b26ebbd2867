package eu.projectresolution.mobilisation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EducationLevel;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.beneficiary.SpecialCategory;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.ProgrammeRecordsContract;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.CorrectEvent;
import eu.projectresolution.mobilisation.engine.Correction;
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
import eu.projectresolution.mobilisation.engine.UpdateProfile;
import eu.projectresolution.mobilisation.engine.VoidEvent;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.ExitCircumstance;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.PathwayProperties;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.privacy.AccessPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.privacy.ErasedData;
import eu.projectresolution.mobilisation.privacy.Erasure;
import eu.projectresolution.mobilisation.privacy.ErasureGround;
import eu.projectresolution.mobilisation.privacy.ErasureRecord;
import eu.projectresolution.mobilisation.privacy.PersonalDataAccess;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import eu.projectresolution.mobilisation.privacy.PersonalDataExport;
import eu.projectresolution.mobilisation.privacy.PurgeReport;
import eu.projectresolution.mobilisation.privacy.Requester;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.PersonalDataClass;
import eu.projectresolution.mobilisation.programme.RetentionPolicy;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.StaffMemberId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;

/** Every public value type survives JSON and back unchanged: what a host stores or sends, it gets back. */
class JsonRoundTripProperties {
  private static final ObjectMapper JSON = MobilisationJson.objectMapper();
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  private static <T> void assertRoundTrips(T value, Class<?> declaredType) {
    try {
      String text = JSON.writeValueAsString(value);
      Object back = JSON.readValue(text, declaredType);
      assertThat(back).as(text).isEqualTo(value);
      assertThat(JSON.writeValueAsString(back)).isEqualTo(text);
    } catch (java.io.IOException e) {
      throw new AssertionError(declaredType.getSimpleName() + " did not round-trip", e);
    }
  }

  /** The value types whose samples must round-trip (engine- and pathway-level samples come from a run). */
  static Map<Object, Class<?>> samples() {
    Map<Object, Class<?>> samples = new IdentityHashMap<>();
    var programme = Fixtures.sipa();
    samples.put(programme, eu.projectresolution.mobilisation.programme.Programme.class);
    samples.put(programme.territory(), eu.projectresolution.mobilisation.programme.Territory.class);
    samples.put(programme.period(), eu.projectresolution.mobilisation.programme.Period.class);
    samples.put(programme.sites().get(0), eu.projectresolution.mobilisation.programme.Site.class);
    samples.put(programme.partners().get(0), eu.projectresolution.mobilisation.programme.Partner.class);
    samples.put(programme.partners().get(0).schemes().get(0), eu.projectresolution.mobilisation.programme.Scheme.class);
    samples.put(programme.targets().get(0), eu.projectresolution.mobilisation.programme.Target.class);
    samples.put(programme.baselines().get(0), eu.projectresolution.mobilisation.programme.Baseline.class);
    samples.put(programme.staffing().get(0), eu.projectresolution.mobilisation.programme.Staffing.class);
    samples.put(programme.budget().orElseThrow(), eu.projectresolution.mobilisation.programme.Money.class);
    privacySamples(samples);
    OutreachEvent cafe = ProgrammeRecordsContract.recrutCafe(D);
    samples.put(cafe, OutreachEvent.class);
    samples.put(cafe.preparation().get(0), eu.projectresolution.mobilisation.capture.PreparationStep.class);
    AttendanceRegister register =
        AttendanceRegister.of(cafe, List.of(AttendanceRegister.Entry.of(BeneficiaryId.random(), Fixtures.doorToDoor(D))));
    samples.put(register, AttendanceRegister.class);
    samples.put(register.entries().get(0), AttendanceRegister.Entry.class);
    samples.put(Fixtures.doorToDoor(D), eu.projectresolution.mobilisation.capture.Contact.class);
    samples.put(Fixtures.youngWoman(), eu.projectresolution.mobilisation.beneficiary.Profile.class);
    samples.put(Situation.builder().employed(true).everAccompaniedBefore(true).build(), Situation.class);
    samples.put(PersonalDetails.builder().givenName("Amina").birthDate(D.minusYears(20)).notes("« ok »").build(), PersonalDetails.class);
    samples.put(CollaborativeAction.builder().id(CollaborativeActionId.random()).programmeId(Fixtures.SIPA)
        .title("Reverse job fair").date(D).addPartners(Fixtures.PES).build(), CollaborativeAction.class);
    samples.put(SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA).siteId(Fixtures.SITE_AUDINCOURT)
        .title("Apprenticeships").date(D).host(Fixtures.PES).build(), SiteEvent.class);
    PathwayModel model = PathwayModel.sipa();
    samples.put(model, PathwayModel.class);
    samples.put(model.transitions().get(0), eu.projectresolution.mobilisation.pathway.Transition.class);
    samples.put(Refusal.of(RefusalCode.UNKNOWN_SITE, "No site", "siteId"), Refusal.class);
    samples.put(SatisfactionResponse.of(true, 4), SatisfactionResponse.class);
    BeneficiaryId who = BeneficiaryId.random();
    ReferralId referral = ReferralId.random();
    EntryStatus entryStatus = EntryStatus.builder().labourMarketStatus(LabourMarketStatus.LONG_TERM_UNEMPLOYED)
        .educationLevel(EducationLevel.ISCED_0_2).disability(SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT))
        .minority(SensitiveAnswer.declined()).build();
    samples.put(entryStatus, EntryStatus.class);
    samples.put(entryStatus.disability().orElseThrow(), SensitiveAnswer.class);
    FollowUp followUp = FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(D).inEducationOrTraining(true)
        .employment(Employment.of(ContractType.FIXED_TERM, 7)).build();
    samples.put(followUp, FollowUp.class);
    samples.put(followUp.employment().orElseThrow(), Employment.class);
    List<Object> commands =
        List.of(
            Fixtures.capture(who, D),
            RecordContact.builder().beneficiaryId(who).contact(Fixtures.doorToDoor(D)).build(),
            Welcome.builder().beneficiaryId(who).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D)
                .situation(Situation.builder().jobSearching(true).build()).build(),
            Orient.builder().beneficiaryId(who).occurredOn(D).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build(),
            StartAccompaniment.builder().beneficiaryId(who).occurredOn(D).expectedVersion(ExpectedVersion.exactly(4)).build(),
            RecordEntryStatus.builder().beneficiaryId(who).occurredOn(D).entryStatus(entryStatus).build(),
            RecordAppointment.builder().beneficiaryId(who).occurredOn(D)
                .appointment(Appointment.of(AppointmentId.random(), D, AppointmentStatus.ATTENDED)).build(),
            Refer.builder().beneficiaryId(who).occurredOn(D).referralId(referral).schemeId(Fixtures.PES_REGISTRATION).build(),
            RecordReferralOutcome.builder().beneficiaryId(who).occurredOn(D).referralId(referral).status(ReferralStatus.STARTED).build(),
            RecordSatisfaction.builder().beneficiaryId(who).occurredOn(D).response(SatisfactionResponse.of(true)).build(),
            RecordSituation.builder().beneficiaryId(who).occurredOn(D).situation(Situation.none()).build(),
            UpdateProfile.builder().beneficiaryId(who).occurredOn(D).profile(Fixtures.youngWoman()).build(),
            RecordExit.builder().beneficiaryId(who).occurredOn(D).reason(ExitReason.EMPLOYMENT)
                .situation(Situation.builder().employed(true).build()).circumstance(ExitCircumstance.RETIREMENT).build(),
            RecordFollowUp.builder().beneficiaryId(who).followUp(followUp).build(),
            CorrectEvent.builder().beneficiaryId(who).correctedVersion(13)
                .correction(new Correction.OfExit(ExitReason.TRAINING, Situation.builder().inTraining(true).build(), java.util.Optional.empty()))
                .reason("It was a training, not a job").occurredOn(D).actor(StaffRole.SITE_MANAGER)
                .author(StaffMemberId.of("ideis:m.durand")).build(),
            VoidEvent.builder().beneficiaryId(who).voidedVersion(11).reason("Observed for another person")
                .occurredOn(D).actor(StaffRole.SITE_MANAGER).build(),
            RecordLostContact.builder().beneficiaryId(who).occurredOn(D).build(),
            RecordDropOut.builder().beneficiaryId(who).occurredOn(D).build());
    commands.forEach(c -> samples.put(c, c.getClass().getInterfaces()[0]));

    // Drive those commands through an engine to get events, pathways, results and summaries.
    InMemoryStorage storage = InMemoryStorage.create();
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    engine.registerProgramme(tenant, programme);
    engine.recordOutreachEvent(tenant, cafe);
    CommandResult last = null;
    for (Object command : commands) {
      last = execute(engine, tenant, command);
      samples.put(last, CommandResult.class);
    }
    Pathway pathway = engine.pathway(tenant, who).orElseThrow();
    samples.put(pathway, Pathway.class);
    samples.put(pathway.stageHistory().get(0), eu.projectresolution.mobilisation.pathway.StageVisit.class);
    samples.put(pathway.situations().get(0), eu.projectresolution.mobilisation.pathway.ObservedSituation.class);
    samples.put(pathway.appointments().get(0), Appointment.class);
    samples.put(pathway.referrals().get(0), eu.projectresolution.mobilisation.pathway.Referral.class);
    samples.put(pathway.exits().get(0), eu.projectresolution.mobilisation.pathway.Exit.class);
    for (PathwayEvent event : storage.pathways().events(tenant, who)) {
      samples.put(event, PathwayEvent.class);
      samples.put(event.header(), eu.projectresolution.mobilisation.pathway.EventHeader.class);
    }
    // A closed pathway cannot be lost or dropped: those two kinds come from pathways of their own.
    BeneficiaryId lost = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(lost, D));
    engine.recordLostContact(tenant, RecordLostContact.builder().beneficiaryId(lost).occurredOn(D).build());
    BeneficiaryId dropped = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(dropped, D));
    engine.recordDropOut(tenant, RecordDropOut.builder().beneficiaryId(dropped).occurredOn(D).build());
    for (BeneficiaryId closed : List.of(lost, dropped)) {
      storage.pathways().events(tenant, closed).forEach(event -> samples.put(event, PathwayEvent.class));
    }
    samples.put(storage.beneficiaries().find(tenant, who).orElseThrow(), eu.projectresolution.mobilisation.port.BeneficiarySummary.class);
    samples.put(eu.projectresolution.mobilisation.indicator.IndicatorCounts.builder()
        .captured(12).addFunnel(9L, 3L).putEnteredStage(eu.projectresolution.mobilisation.pathway.Stage.WELCOMED, 9L).putAtStageAtEnd(eu.projectresolution.mobilisation.pathway.Stage.EXITED, 2L)
        .putCapturedThrough(eu.projectresolution.mobilisation.capture.CaptureChannel.OUTREACH_EVENT, 5L).outreachEventsHeld(2).outreachAttendances(7).welcomed(9)
        .referrals(4).referralsStarted(2).peopleReferred(3).accompanied(3).appointmentsAttendedByAccompanied(10)
        .appointmentsHeldOrMissed(12).appointmentsMissed(2).satisfactionResponses(5).satisfiedResponses(4)
        .collaborativeActions(1).siteEvents(6).build(), eu.projectresolution.mobilisation.indicator.IndicatorCounts.class);
    eu.projectresolution.mobilisation.port.PersonFacts facts = engine.indicatorFacts().compute(
        eu.projectresolution.mobilisation.pathway.Pathway.fold(storage.pathways().events(tenant, who)),
        e -> java.util.Optional.empty());
    samples.put(facts, eu.projectresolution.mobilisation.port.PersonFacts.class);
    samples.put(facts.cells().get(0), eu.projectresolution.mobilisation.port.FactCell.class);
    samples.put(facts.cells().get(0).tally(), eu.projectresolution.mobilisation.port.Tally.class);
    samples.put(eu.projectresolution.mobilisation.port.TallyCount.of(facts.basis(), facts.cells().get(0).tally(), 3),
        eu.projectresolution.mobilisation.port.TallyCount.class);
    samples.put(storage.changeFeed().eventsAfter(tenant, 0, 1).get(0), eu.projectresolution.mobilisation.port.FeedEvent.class);
    eu.projectresolution.mobilisation.pathway.Pathway folded =
        eu.projectresolution.mobilisation.pathway.Pathway.fold(storage.pathways().events(tenant, who));
    folded.receptions().forEach(r -> samples.put(r, eu.projectresolution.mobilisation.pathway.Reception.class));
    samples.put(eu.projectresolution.mobilisation.pathway.SatisfactionAnswer.of(D,
        eu.projectresolution.mobilisation.pathway.SatisfactionResponse.of(true)),
        eu.projectresolution.mobilisation.pathway.SatisfactionAnswer.class);
    samples.put(CommandResult.refused(java.util.Optional.of(CommandId.random()), Refusal.of(RefusalCode.DATE_IN_FUTURE, "m", "f")),
        CommandResult.class);
    for (Correction correction : List.of(new Correction.OfDay(D), new Correction.OfSite(Fixtures.SITE_AUDINCOURT),
        new Correction.OfChannel(eu.projectresolution.mobilisation.capture.CaptureChannel.POSTER_OR_FLYER),
        new Correction.OfReferralOutcome(ReferralStatus.DECLINED), new Correction.OfEntryStatus(entryStatus))) {
      samples.put(correction, Correction.class);
    }
    partnerSamples(samples, storage, tenant);
    return samples;
  }

  /** A partner's pathway model, a partner step recorded on it, and what the pathway keeps of it. */
  private static void partnerSamples(Map<Object, Class<?>> samples, InMemoryStorage storage, TenantId tenant) {
    eu.projectresolution.mobilisation.pathway.PathwayModel model =
        eu.projectresolution.mobilisation.contract.PartnerPathwayContract.partnerModel();
    samples.put(model, eu.projectresolution.mobilisation.pathway.PathwayModel.class);
    samples.put(model.stageLabels().get(0), eu.projectresolution.mobilisation.pathway.StageLabel.class);
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).pathwayModel(model).build();
    BeneficiaryId who = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(who, D));
    engine.welcome(tenant, Welcome.builder().beneficiaryId(who).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build());
    engine.orient(tenant, Orient.builder().beneficiaryId(who).occurredOn(D).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build());
    engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(who).occurredOn(D).build());
    eu.projectresolution.mobilisation.engine.RecordPartnerStep step = eu.projectresolution.mobilisation.engine.RecordPartnerStep
        .builder().beneficiaryId(who).step(eu.projectresolution.mobilisation.contract.PartnerPathwayContract.JOB_CLUB_STEP)
        .occurredOn(D).site(Fixtures.SITE_MONTBELIARD).note("Tuesday group").build();
    samples.put(step, eu.projectresolution.mobilisation.engine.RecordPartnerStep.class);
    CommandResult result = engine.recordPartnerStep(tenant, step);
    assertThat(result.refusal()).isEmpty();
    samples.put(result, CommandResult.class);
    List<PathwayEvent> events = storage.pathways().events(tenant, who);
    samples.put(events.get(events.size() - 1), PathwayEvent.class);
    Pathway pathway = engine.pathway(tenant, who).orElseThrow();
    samples.put(pathway, Pathway.class);
    samples.put(pathway.partnerSteps().get(0), eu.projectresolution.mobilisation.pathway.PartnerStepTaken.class);
  }

  private static CommandResult execute(MobilisationEngine engine, TenantId tenant, Object command) {
    if (command instanceof eu.projectresolution.mobilisation.engine.Capture c) return engine.capture(tenant, c);
    if (command instanceof RecordContact c) return engine.recordContact(tenant, c);
    if (command instanceof Welcome c) return engine.welcome(tenant, c);
    if (command instanceof Orient c) return engine.orient(tenant, c);
    if (command instanceof StartAccompaniment c) return engine.startAccompaniment(tenant, c);
    if (command instanceof RecordAppointment c) return engine.recordAppointment(tenant, c);
    if (command instanceof Refer c) return engine.refer(tenant, c);
    if (command instanceof RecordReferralOutcome c) return engine.recordReferralOutcome(tenant, c);
    if (command instanceof RecordSatisfaction c) return engine.recordSatisfaction(tenant, c);
    if (command instanceof RecordSituation c) return engine.recordSituation(tenant, c);
    if (command instanceof UpdateProfile c) return engine.updateProfile(tenant, c);
    if (command instanceof RecordExit c) return engine.recordExit(tenant, c);
    if (command instanceof RecordLostContact c) return engine.recordLostContact(tenant, c);
    if (command instanceof RecordDropOut c) return engine.recordDropOut(tenant, c);
    if (command instanceof RecordEntryStatus c) return engine.recordEntryStatus(tenant, c);
    if (command instanceof RecordFollowUp c) return engine.recordFollowUp(tenant, c);
    if (command instanceof CorrectEvent c) return engine.correctEvent(tenant, c);
    if (command instanceof VoidEvent c) return engine.voidEvent(tenant, c);
    throw new IllegalArgumentException(command.toString());
  }

  /** The personal-data lifecycle's values, and a programme's retention policy. */
  private static void privacySamples(Map<Object, Class<?>> samples) {
    RetentionPolicy.Rule rule = RetentionPolicy.Rule.of(PersonalDataClass.CONTACT, 12, RetentionPolicy.CountedFrom.EXIT);
    samples.put(rule, RetentionPolicy.Rule.class);
    samples.put(RetentionPolicy.of(rule), RetentionPolicy.class);
    BeneficiaryId who = BeneficiaryId.random();
    ConsentPurpose sharing = ConsentPurpose.sharingWith(Fixtures.PES);
    samples.put(sharing, ConsentPurpose.class);
    ConsentRecord consent = ConsentRecord.given(who, sharing, D, "c.martin").withExpiresOn(D.plusYears(1));
    samples.put(consent, ConsentRecord.class);
    samples.put(Erasure.builder().beneficiaryId(who).requester(Requester.THE_PERSON).ground(ErasureGround.OBJECTION)
        .requestedOn(D).recordedBy("c.martin").build(), Erasure.class);
    ErasureRecord erasure = ErasureRecord.builder().commandId(eu.projectresolution.mobilisation.CommandId.random())
        .beneficiaryId(who).requester(Requester.THE_PROGRAMME).ground(ErasureGround.RETENTION_PERIOD_ENDED)
        .requestedOn(D).erasedAt(Fixtures.CLOCK.instant()).recordedBy("nightly").addErased(ErasedData.IDENTITY).build();
    samples.put(erasure, ErasureRecord.class);
    PersonalDataAccess access = PersonalDataAccess.of(who, "c.martin", AccessPurpose.AUDIT, Fixtures.CLOCK.instant());
    samples.put(access, PersonalDataAccess.class);
    SpecialCategoryAnswer answer = SpecialCategoryAnswer.of(who, 4, SpecialCategory.DISABILITY,
        SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT));
    samples.put(answer, SpecialCategoryAnswer.class);
    samples.put(PersonalDataExport.builder().beneficiaryId(who).exportedAt(Fixtures.CLOCK.instant()).exportedBy("dpo")
        .personalDetails(PersonalDetails.builder().givenName("Amina").build()).addSpecialCategoryAnswers(answer)
        .addConsents(consent).addErasures(erasure)
        .addAccesses(access).build(), PersonalDataExport.class);
    PurgeReport.Purged purged = PurgeReport.Purged.of(who, Fixtures.SIPA, Set.of(ErasedData.CONTACT_DETAILS));
    samples.put(purged, PurgeReport.Purged.class);
    samples.put(PurgeReport.of(D, List.of(Fixtures.SIPA), 3, List.of(purged)), PurgeReport.class);
  }

  @Test
  void everyValueTypeOfTheFoundationRoundTrips() {
    Map<Object, Class<?>> samples = samples();
    samples.forEach(JsonRoundTripProperties::assertRoundTrips);

    Set<String> sampled = new java.util.HashSet<>();
    samples.forEach((value, type) -> {
      sampled.add(type.getName());
      for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
        for (Class<?> i : c.getInterfaces()) {
          sampled.add(i.getName());
        }
      }
    });
    Set<String> valueTypes =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                "eu.projectresolution.mobilisation.programme", "eu.projectresolution.mobilisation.beneficiary",
                "eu.projectresolution.mobilisation.capture", "eu.projectresolution.mobilisation.pathway",
                "eu.projectresolution.mobilisation.engine", "eu.projectresolution.mobilisation.port",
                "eu.projectresolution.mobilisation.privacy")
            .stream()
            .filter(c -> c.isAnnotatedWith(Value.Immutable.class))
            .map(JavaClass::getName)
            .collect(Collectors.toSet());
    valueTypes.add(Refusal.class.getName());
    assertThat(sampled).as("a sample of every value type").containsAll(valueTypes);
  }

  @Test
  void everythingARandomSessionProducesRoundTrips() {
    qt().withExamples(30)
        .forAll(lists().of(integers().between(0, 5_000)).ofSizeBetween(1, 40))
        .checkAssert(
            moves -> {
              List<CommandResult> results = new ArrayList<>(PathwayProperties.run(moves));
              for (CommandResult result : results) {
                assertRoundTrips(result, CommandResult.class);
              }
            });
  }
}
