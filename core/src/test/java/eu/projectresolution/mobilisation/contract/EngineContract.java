package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.CorrectEvent;
import eu.projectresolution.mobilisation.engine.Correction;
import eu.projectresolution.mobilisation.engine.ImportMode;
import eu.projectresolution.mobilisation.engine.ImportReport;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
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
import eu.projectresolution.mobilisation.indicator.ReportResult;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.pathway.Transition;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffMemberId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's behaviour on a store: people taken through every stage of the SIPA model, each refusal
 * code triggered with the store left unchanged, idempotent retries and optimistic concurrency. Every
 * adapter runs it, so the engine behaves the same on any store.
 */
public abstract class EngineContract {
  protected static final LocalDate D = LocalDate.of(2017, 3, 14);

  protected MobilisationStorage storage;
  protected MobilisationEngine engine;
  protected TenantId tenant;

  protected abstract MobilisationStorage storage();

  /**
   * The engine's options under test, on top of the store and the clock: none by default; a suite
   * overrides it to run the whole contract with, for instance, the pathway cache on.
   */
  protected MobilisationEngine.Builder options(MobilisationEngine.Builder builder) {
    return builder;
  }

  @BeforeEach
  void setUpEngine() {
    storage = storage();
    engine = options(MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK)).build();
    tenant = Fixtures.newTenant();
    assertThat(engine.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
  }

  private BeneficiaryId captured(LocalDate on) {
    BeneficiaryId id = BeneficiaryId.random();
    assertAccepted(engine.capture(tenant, Fixtures.capture(id, on)));
    return id;
  }

  private static CommandResult assertAccepted(CommandResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
    return result;
  }

  private BeneficiaryId welcomed(LocalDate on) {
    BeneficiaryId id = captured(on);
    assertAccepted(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(on).build()));
    return id;
  }

  private BeneficiaryId accompanied(LocalDate on) {
    BeneficiaryId id = welcomed(on);
    assertAccepted(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(on).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build()));
    assertAccepted(engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(id).occurredOn(on).build()));
    return id;
  }

  private ReferralId referred(BeneficiaryId id, LocalDate on, SchemeId scheme) {
    ReferralId referral = ReferralId.random();
    assertAccepted(engine.refer(tenant, Refer.builder().beneficiaryId(id).occurredOn(on).referralId(referral).schemeId(scheme).build()));
    return referral;
  }

  private CommandResult appointment(BeneficiaryId id, LocalDate on, AppointmentStatus status) {
    return engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(id).occurredOn(on)
        .appointment(Appointment.of(AppointmentId.random(), on, status)).build());
  }

  private CommandResult exit(BeneficiaryId id, LocalDate on) {
    return engine.recordExit(tenant, RecordExit.builder().beneficiaryId(id).occurredOn(on)
        .reason(ExitReason.MAINSTREAM_SCHEME)
        .situation(Situation.builder().registeredWithPublicEmploymentService(true).accompaniedByAnotherScheme(true).build())
        .build());
  }

  @Test
  void importsABatchEachOnItsOwnAllOrNothingOrOnlyToValidateItReportingEveryCommandInOrder() {
    BeneficiaryId amina = BeneficiaryId.random();
    BeneficiaryId bruno = BeneficiaryId.random();
    Supplier<List<PathwayCommand>> batch = () -> List.of(
        Fixtures.capture(amina, D),
        Welcome.builder().beneficiaryId(amina).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build(),
        Fixtures.capture(bruno, D),
        Refer.builder().beneficiaryId(bruno).occurredOn(D).referralId(ReferralId.random()).schemeId(Fixtures.PES_REGISTRATION).build());

    ImportReport validated = engine.importCommands(tenant, batch.get(), ImportMode.VALIDATE_ONLY);
    ImportReport atomic = engine.importCommands(tenant, batch.get(), ImportMode.ALL_OR_NOTHING);

    for (ImportReport report : List.of(validated, atomic)) {
      assertThat(report.outcomes()).extracting(ImportReport.Outcome::status).containsExactly(
          ImportReport.Status.NOT_WRITTEN, ImportReport.Status.NOT_WRITTEN, ImportReport.Status.NOT_WRITTEN,
          ImportReport.Status.REFUSED);
      assertThat(report.refused()).singleElement().satisfies(o -> {
        assertThat(o.index()).isEqualTo(3);
        assertThat(o.refusal().orElseThrow().code()).isEqualTo(RefusalCode.TRANSITION_NOT_ALLOWED);
      });
      assertThat(report.wroteAnything()).isFalse();
    }
    assertThat(engine.pathway(tenant, amina)).as("nothing written").isEmpty();

    List<PathwayCommand> commands = batch.get();
    ImportReport each = engine.importCommands(tenant, commands, ImportMode.EACH_ON_ITS_OWN);
    assertThat(each.outcomes()).extracting(ImportReport.Outcome::status).containsExactly(
        ImportReport.Status.RECORDED, ImportReport.Status.RECORDED, ImportReport.Status.RECORDED,
        ImportReport.Status.REFUSED);
    assertThat(engine.pathway(tenant, amina).orElseThrow().stage()).isEqualTo(Stage.WELCOMED);

    ImportReport again = engine.importCommands(tenant, commands.subList(0, 3), ImportMode.ALL_OR_NOTHING);
    assertThat(again.outcomes()).extracting(ImportReport.Outcome::status)
        .as("an import sent again writes nothing twice").containsOnly(ImportReport.Status.ALREADY_RECORDED);
    assertThat(engine.pathway(tenant, amina).orElseThrow().version()).isEqualTo(2);
    assertThatThrownBy(() -> engine.importCommands(tenant, List.of(commands.get(0), commands.get(0)), ImportMode.VALIDATE_ONLY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commands[1] reuses the command id of commands[0]");
  }

  @Test
  void correctsAnExitAndVoidsAnEventKeepingTheOriginalsAndTheirAuthorsInTheStream() {
    BeneficiaryId id = accompanied(D);
    assertAccepted(appointment(id, D.plusDays(1), AppointmentStatus.ATTENDED));
    assertAccepted(exit(id, D.plusDays(2)));
    long exitVersion = engine.pathway(tenant, id).orElseThrow().version();
    Situation employed = Situation.builder().employed(true).build();

    CommandResult corrected = engine.correctEvent(tenant, CorrectEvent.builder().beneficiaryId(id)
        .correctedVersion(exitVersion).correction(new Correction.OfExit(ExitReason.EMPLOYMENT, employed, Optional.empty()))
        .reason("It was a job, not a scheme").occurredOn(D.plusDays(9)).actor(StaffRole.SITE_MANAGER)
        .author(StaffMemberId.of("ideis:m.durand")).build());
    CommandResult voided = engine.voidEvent(tenant, VoidEvent.builder().beneficiaryId(id).voidedVersion(exitVersion - 1)
        .reason("The appointment was someone else's").occurredOn(D.plusDays(9)).actor(StaffRole.SITE_MANAGER).build());

    assertAccepted(corrected);
    assertAccepted(voided);
    Pathway pathway = engine.pathway(tenant, id).orElseThrow();
    assertThat(pathway.latestExit().orElseThrow().reason()).isEqualTo(ExitReason.EMPLOYMENT);
    assertThat(pathway.latestExit().orElseThrow().situation()).isEqualTo(employed);
    assertThat(pathway.appointments()).isEmpty();
    assertThat(pathway.stage()).isEqualTo(Stage.EXITED);
    assertThat(pathway.lastEventOn()).as("the day of the latest event the pathway reads").isEqualTo(D.plusDays(2));
    List<PathwayEvent> stream = storage.pathways().events(tenant, id);
    assertThat(stream).hasSize((int) exitVersion + 2);
    assertThat(stream.get((int) exitVersion - 1)).isInstanceOfSatisfying(PathwayEvents.Exited.class,
        original -> assertThat(original.reason()).as("the original, kept").isEqualTo(ExitReason.MAINSTREAM_SCHEME));
    assertThat(stream.get((int) exitVersion).header().author()).contains(StaffMemberId.of("ideis:m.durand"));
    assertThat(storage.beneficiaries().find(tenant, id).orElseThrow().stage()).isEqualTo(Stage.EXITED);
  }

  @Test
  void takesPeopleThroughEveryStageOfTheSipaModel() {
    // Amina: captured at home, welcomed, accompanied (3 appointments), referred to two schemes, exits.
    BeneficiaryId amina = accompanied(D);
    assertAccepted(appointment(amina, D.plusDays(7), AppointmentStatus.ATTENDED));
    assertAccepted(appointment(amina, D.plusDays(14), AppointmentStatus.NO_SHOW));
    assertAccepted(appointment(amina, D.plusDays(21), AppointmentStatus.ATTENDED));
    ReferralId registration = referred(amina, D.plusDays(21), Fixtures.PES_REGISTRATION);
    ReferralId training = referred(amina, D.plusDays(22), Fixtures.QUALIFYING_TRAINING);
    assertAccepted(appointment(amina, D.plusDays(28), AppointmentStatus.ATTENDED));
    assertAccepted(engine.recordReferralOutcome(tenant, RecordReferralOutcome.builder().beneficiaryId(amina)
        .occurredOn(D.plusDays(30)).referralId(registration).status(ReferralStatus.STARTED).build()));
    assertAccepted(engine.recordReferralOutcome(tenant, RecordReferralOutcome.builder().beneficiaryId(amina)
        .occurredOn(D.plusDays(30)).referralId(training).status(ReferralStatus.DECLINED).build()));
    assertAccepted(engine.recordSatisfaction(tenant, RecordSatisfaction.builder().beneficiaryId(amina)
        .occurredOn(D.plusDays(31)).response(SatisfactionResponse.of(true, 5)).build()));
    CommandResult exited = assertAccepted(exit(amina, D.plusDays(35)));

    // Bruno: oriented straight to a referral, then exits.
    BeneficiaryId bruno = welcomed(D);
    assertAccepted(engine.orient(tenant, Orient.builder().beneficiaryId(bruno).occurredOn(D.plusDays(1)).orientation(Orientation.DIRECT_REFERRAL).build()));
    referred(bruno, D.plusDays(1), Fixtures.TEMP_JOBS);
    // Chloé: information only, exits right after orientation, then comes back (re-entry).
    BeneficiaryId chloe = welcomed(D);
    assertAccepted(engine.orient(tenant, Orient.builder().beneficiaryId(chloe).occurredOn(D).orientation(Orientation.INFORMATION_ONLY).build()));
    assertAccepted(exit(chloe, D.plusDays(1)));
    assertAccepted(engine.welcome(tenant, Welcome.builder().beneficiaryId(chloe).siteId(Fixtures.SITE_AUDINCOURT).occurredOn(D.plusDays(90)).build()));
    // Dylan: captured, never comes (lost contact). Eve: accompanied, then gives up.
    BeneficiaryId dylan = captured(D);
    assertAccepted(engine.recordLostContact(tenant, RecordLostContact.builder().beneficiaryId(dylan).occurredOn(D.plusDays(60)).build()));
    BeneficiaryId eve = accompanied(D);
    assertAccepted(engine.recordDropOut(tenant, RecordDropOut.builder().beneficiaryId(eve).occurredOn(D.plusDays(10)).build()));

    Pathway pathway = engine.pathway(tenant, amina).orElseThrow();
    assertThat(pathway).isEqualTo(exited.pathway().orElseThrow());
    assertThat(pathway.stage()).isEqualTo(Stage.EXITED);
    assertThat(pathway.stageHistory()).extracting(v -> v.stage())
        .containsExactly(Stage.CAPTURED, Stage.WELCOMED, Stage.ORIENTED, Stage.ACCOMPANIED, Stage.REFERRED, Stage.REFERRED, Stage.EXITED);
    assertThat(pathway.appointments()).hasSize(4);
    assertThat(pathway.attendedAppointments()).isEqualTo(3);
    assertThat(pathway.referrals()).extracting(r -> r.status()).containsExactly(ReferralStatus.STARTED, ReferralStatus.DECLINED);
    assertThat(pathway.satisfactionResponses()).containsExactly(SatisfactionResponse.of(true, 5));
    assertThat(pathway.latestExit().orElseThrow().situation().registeredWithPublicEmploymentService()).isTrue();
    assertThat(engine.pathway(tenant, chloe).orElseThrow().site()).contains(Fixtures.SITE_AUDINCOURT);

    assertThat(engine.countByStage(tenant, Fixtures.SIPA))
        .containsExactly(
            Map.entry(Stage.CAPTURED, 0L), Map.entry(Stage.WELCOMED, 1L), Map.entry(Stage.ORIENTED, 0L),
            Map.entry(Stage.ACCOMPANIED, 0L), Map.entry(Stage.REFERRED, 1L), Map.entry(Stage.EXITED, 1L),
            Map.entry(Stage.LOST_CONTACT, 1L), Map.entry(Stage.DROPPED_OUT, 1L));
    assertThat(engine.beneficiariesAt(tenant, Fixtures.SIPA, Stage.REFERRED)).containsExactly(bruno);
    assertThat(engine.beneficiariesAt(tenant, Fixtures.SIPA, Stage.DROPPED_OUT)).containsExactly(eve);
  }

  @Test
  void keepsPersonalDetailsApartFromThePathway() {
    BeneficiaryId id = BeneficiaryId.random();
    PersonalDetails details = PersonalDetails.builder().givenName("Amina").phone("+33 6 12 34 56 78").build();
    assertAccepted(engine.capture(tenant, Capture.builder().from(Fixtures.capture(id, D)).personalDetails(details).build()));

    assertThat(storage.personalData().find(tenant, id)).contains(details);
    assertThat(storage.pathways().events(tenant, id).toString()).doesNotContain("Amina", "+33");

    String before = engine.pathway(tenant, id).orElseThrow().toString();
    assertThat(storage.personalData().erase(tenant, id)).isTrue();
    assertThat(engine.pathway(tenant, id).orElseThrow().toString()).isEqualTo(before);
  }

  @Test
  void keepsACapturesMatchingKeyWithItsDetailsAndRefusesASecondPersonWithTheSameKey() {
    BeneficiaryId id = BeneficiaryId.random();
    PersonalDetails details = PersonalDetails.builder().givenName("Amina").phone("+33 6 12 34 56 78").build();
    MatchingKey key = IdentityMatcher.withSecret(new byte[32]).keyOf(details).orElseThrow();
    assertAccepted(engine.capture(tenant,
        Capture.builder().from(Fixtures.capture(id, D)).personalDetails(details).matchingKey(key).build()));

    assertThat(storage.personalData().findByMatchingKey(tenant, key)).contains(id);
    assertThat(engine.beneficiaryRecognisedBy(tenant, key)).as("as the engine answers a host").contains(id);
    assertThat(engine.personalDetails(tenant, id)).contains(details);
    assertThat(engine.beneficiaryRecognisedBy(Fixtures.newTenant(), key)).as("another tenant's").isEmpty();
    assertThat(storage.pathways().events(tenant, id).toString()).doesNotContain(key.value());

    BeneficiaryId again = BeneficiaryId.random();
    CommandResult second = engine.capture(tenant,
        Capture.builder().from(Fixtures.capture(again, D)).personalDetails(details).matchingKey(key).build());
    assertThat(second.refusal()).hasValueSatisfying(refusal -> {
      assertThat(refusal.code()).isEqualTo(RefusalCode.BENEFICIARY_ALREADY_CAPTURED);
      assertThat(refusal.field()).isEqualTo("matchingKey");
      assertThat(refusal.message()).contains(id.toString()).contains("record a new contact");
    });
    assertThat(engine.pathway(tenant, again)).isEmpty();
    assertThat(storage.personalData().find(tenant, again)).isEmpty();

    assertThat(storage.personalData().erase(tenant, id)).isTrue();
    assertThat(storage.personalData().findByMatchingKey(tenant, key)).as("erased with the details").isEmpty();
    assertThat(engine.beneficiaryRecognisedBy(tenant, key)).isEmpty();
    assertThat(engine.personalDetails(tenant, id)).isEmpty();
  }

  @Test
  void aBatchKeepsItsCapturesMatchingKeysAndRefusesASecondCaptureOfThePersonInTheSameBatch() {
    PersonalDetails amina = PersonalDetails.builder().givenName("Amina").phone("+33 6 12 34 56 78").build();
    PersonalDetails karim = PersonalDetails.builder().givenName("Karim").phone("+33 6 12 34 56 79").build();
    IdentityMatcher matcher = IdentityMatcher.withSecret(new byte[32]);
    MatchingKey aminaKey = matcher.keyOf(amina).orElseThrow();
    BeneficiaryId first = BeneficiaryId.random();
    BeneficiaryId other = BeneficiaryId.random();
    BeneficiaryId twice = BeneficiaryId.random();

    List<CommandResult> results = engine.recordAll(tenant, List.of(
        Capture.builder().from(Fixtures.capture(first, D)).personalDetails(amina).matchingKey(aminaKey).build(),
        Capture.builder().from(Fixtures.capture(other, D)).personalDetails(karim).matchingKey(matcher.keyOf(karim)).build(),
        Capture.builder().from(Fixtures.capture(twice, D)).personalDetails(amina).matchingKey(aminaKey).build()));

    assertAccepted(results.get(0));
    assertAccepted(results.get(1));
    assertThat(results.get(2).refusal()).hasValueSatisfying(refusal -> {
      assertThat(refusal.code()).isEqualTo(RefusalCode.BENEFICIARY_ALREADY_CAPTURED);
      assertThat(refusal.field()).isEqualTo("matchingKey");
      assertThat(refusal.message()).contains(first.toString());
    });
    assertThat(storage.personalData().findByMatchingKey(tenant, aminaKey)).contains(first);
    assertThat(storage.personalData().findByMatchingKey(tenant, matcher.keyOf(karim).orElseThrow())).contains(other);
    assertThat(engine.pathway(tenant, twice)).isEmpty();
    assertThat(storage.personalData().find(tenant, twice)).isEmpty();
  }

  @Test
  void buildsTheAttendanceRegisterOfARecrutCafe() {
    OutreachEvent cafe = ProgrammeRecordsContract.recrutCafe(D);
    assertAccepted(engine.recordOutreachEvent(tenant, cafe));
    Contact atCafe = Contact.builder().on(D).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(cafe.id())
        .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).partner(Fixtures.TEMP_AGENCY).consentToRecontact(true).build();
    BeneficiaryId newcomer = BeneficiaryId.random();
    assertAccepted(engine.capture(tenant, Capture.builder().from(Fixtures.capture(newcomer, D)).contact(atCafe).build()));
    BeneficiaryId neighbour = captured(D.minusDays(3));
    Contact noConsent = Contact.builder().from(atCafe).consentToRecontact(false).build();
    assertAccepted(engine.recordContact(tenant, RecordContact.builder().beneficiaryId(neighbour).contact(noConsent).build()));

    AttendanceRegister register = engine.attendanceRegister(tenant, cafe.id()).orElseThrow();

    assertThat(register.event()).isEqualTo(cafe);
    assertThat(register.entries()).extracting(AttendanceRegister.Entry::beneficiaryId).containsExactly(newcomer, neighbour);
    assertThat(register.recontactable()).extracting(AttendanceRegister.Entry::beneficiaryId).containsExactly(newcomer);
    assertThat(engine.attendanceRegister(tenant, OutreachEventId.random())).isEmpty();
  }

  @Test
  void answersARetriedCommandWithItsOriginalResultAndWritesNothing() {
    BeneficiaryId id = captured(D);
    Welcome welcome = Welcome.builder().commandId(CommandId.random()).beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build();
    CommandResult first = engine.welcome(tenant, welcome);
    assertAccepted(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(D).orientation(Orientation.DIRECT_REFERRAL).build()));
    String before = StoreSnapshot.of(storage, tenant);

    CommandResult again = engine.welcome(tenant, welcome);

    assertThat(again.replayed()).isTrue();
    assertThat(again.events()).isEqualTo(first.events());
    assertThat(again.pathway()).isEqualTo(first.pathway());
    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);
  }

  @Test
  void recordsARetryThatWouldBeAcceptedAgainOnlyOnce() {
    BeneficiaryId id = welcomed(D);
    RecordSatisfaction answer = RecordSatisfaction.builder().commandId(CommandId.random()).beneficiaryId(id)
        .occurredOn(D).response(SatisfactionResponse.of(true)).expectedVersion(ExpectedVersion.exactly(2)).build();
    CommandResult first = assertAccepted(engine.recordSatisfaction(tenant, answer));
    String before = StoreSnapshot.of(storage, tenant);

    CommandResult again = engine.recordSatisfaction(tenant, answer);

    assertThat(again.replayed()).isTrue();
    assertThat(again.events()).isEqualTo(first.events());
    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);
    assertThat(engine.pathway(tenant, id).orElseThrow().satisfactionResponses()).hasSize(1);
  }

  @Test
  void refusesACommandIdReusedForAnotherPerson() {
    BeneficiaryId first = captured(D);
    BeneficiaryId second = captured(D);
    CommandId reused = CommandId.random();
    assertAccepted(engine.welcome(tenant, Welcome.builder().commandId(reused).beneficiaryId(first).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build()));

    assertThatThrownBy(() -> engine.welcome(tenant, Welcome.builder().commandId(reused).beneficiaryId(second).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reused.toString());
  }

  @Test
  void throwsAVersionConflictWhenThePathwayChangedSinceItWasRead() {
    BeneficiaryId id = captured(D);
    long seen = engine.pathway(tenant, id).orElseThrow().version();
    assertAccepted(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build()));
    String before = StoreSnapshot.of(storage, tenant);

    assertThatThrownBy(() -> engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(D)
            .orientation(Orientation.DIRECT_REFERRAL).expectedVersion(ExpectedVersion.exactly(seen)).build()))
        .isInstanceOfSatisfying(VersionConflict.class, c -> {
          assertThat(c.expectedVersion()).isEqualTo(seen);
          assertThat(c.actualVersion()).isEqualTo(seen + 1);
        });
    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);
  }

  @Test
  void triggersEachRefusalCodeAndLeavesTheStoreUnchanged() {
    BeneficiaryId capturedOnly = captured(D);
    BeneficiaryId welcomed = welcomed(D);
    BeneficiaryId accompanied = accompanied(D);
    assertAccepted(appointment(accompanied, D, AppointmentStatus.PLANNED));
    AppointmentId held = AppointmentId.random();
    assertAccepted(engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(accompanied).occurredOn(D.plusDays(1))
        .appointment(Appointment.of(held, D.plusDays(1), AppointmentStatus.ATTENDED)).build()));
    ReferralId declined = referred(accompanied, D.plusDays(2), Fixtures.YOUTH_GUARANTEE);
    assertAccepted(engine.recordReferralOutcome(tenant, RecordReferralOutcome.builder().beneficiaryId(accompanied)
        .occurredOn(D.plusDays(2)).referralId(declined).status(ReferralStatus.DECLINED).build()));
    BeneficiaryId exited = accompanied(D);
    assertAccepted(exit(exited, D.plusDays(5)));
    OutreachEvent cafe = ProgrammeRecordsContract.recrutCafe(D);
    assertAccepted(engine.recordOutreachEvent(tenant, cafe));
    MobilisationEngine withoutOrientation =
        MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK)
            .pathwayModel(PathwayModel.builder().from(PathwayModel.sipa()).name("no orientation")
                .steps(Map.of(Step.CAPTURE, Stage.CAPTURED, Step.WELCOME, Stage.WELCOMED, Step.EXIT, Stage.EXITED))
                .addTransitions(Transition.of(Stage.WELCOMED, Stage.EXITED)).build())
            .build();

    Map<RefusalCode, Supplier<CommandResult>> attempts = new EnumMap<>(RefusalCode.class);
    attempts.put(RefusalCode.TRANSITION_NOT_ALLOWED,
        () -> engine.refer(tenant, Refer.builder().beneficiaryId(welcomed).occurredOn(D).referralId(ReferralId.random()).schemeId(Fixtures.PES_REGISTRATION).build()));
    attempts.put(RefusalCode.STEP_NOT_IN_MODEL,
        () -> withoutOrientation.orient(tenant, Orient.builder().beneficiaryId(welcomed).occurredOn(D).orientation(Orientation.INFORMATION_ONLY).build()));
    attempts.put(RefusalCode.DATE_BEFORE_PREVIOUS_EVENT,
        () -> engine.orient(tenant, Orient.builder().beneficiaryId(welcomed).occurredOn(D.minusDays(1)).orientation(Orientation.INFORMATION_ONLY).build()));
    attempts.put(RefusalCode.DATE_IN_FUTURE,
        () -> engine.welcome(tenant, Welcome.builder().beneficiaryId(capturedOnly).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(LocalDate.of(2019, 9, 2)).build()));
    attempts.put(RefusalCode.OUTSIDE_PROGRAMME_PERIOD,
        () -> engine.capture(tenant, Fixtures.capture(BeneficiaryId.random(), LocalDate.of(2016, 8, 31))));
    attempts.put(RefusalCode.EXIT_ALREADY_RECORDED, () -> exit(exited, D.plusDays(6)));
    attempts.put(RefusalCode.UNKNOWN_BENEFICIARY,
        () -> engine.welcome(tenant, Welcome.builder().beneficiaryId(BeneficiaryId.random()).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build()));
    attempts.put(RefusalCode.BENEFICIARY_ALREADY_CAPTURED, () -> engine.capture(tenant, Fixtures.capture(capturedOnly, D)));
    attempts.put(RefusalCode.UNKNOWN_SCHEME,
        () -> engine.refer(tenant, Refer.builder().beneficiaryId(accompanied).occurredOn(D.plusDays(3)).referralId(ReferralId.random()).schemeId(SchemeId.of("no-such-scheme")).build()));
    attempts.put(RefusalCode.UNKNOWN_PROGRAMME,
        () -> engine.capture(tenant, Capture.builder().from(Fixtures.capture(BeneficiaryId.random(), D)).programmeId(ProgrammeId.of("no-such-programme")).build()));
    attempts.put(RefusalCode.UNKNOWN_SITE,
        () -> engine.welcome(tenant, Welcome.builder().beneficiaryId(capturedOnly).siteId(SiteId.of("no-such-site")).occurredOn(D).build()));
    attempts.put(RefusalCode.UNKNOWN_PARTNER,
        () -> engine.recordContact(tenant, RecordContact.builder().beneficiaryId(capturedOnly)
            .contact(Contact.builder().from(Fixtures.doorToDoor(D)).channel(CaptureChannel.MEDIATOR_REFERRAL).partner(PartnerId.of("no-such-partner")).build()).build()));
    attempts.put(RefusalCode.UNKNOWN_OUTREACH_EVENT,
        () -> engine.recordContact(tenant, RecordContact.builder().beneficiaryId(capturedOnly)
            .contact(Contact.builder().from(Fixtures.doorToDoor(D)).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(OutreachEventId.random()).build()).build()));
    attempts.put(RefusalCode.UNKNOWN_REFERRAL,
        () -> engine.recordReferralOutcome(tenant, RecordReferralOutcome.builder().beneficiaryId(accompanied).occurredOn(D.plusDays(3)).referralId(ReferralId.random()).status(ReferralStatus.ACCEPTED).build()));
    attempts.put(RefusalCode.REFERRAL_STATUS_NOT_ALLOWED,
        () -> engine.recordReferralOutcome(tenant, RecordReferralOutcome.builder().beneficiaryId(accompanied).occurredOn(D.plusDays(3)).referralId(declined).status(ReferralStatus.STARTED).build()));
    attempts.put(RefusalCode.APPOINTMENT_ALREADY_HELD,
        () -> engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(accompanied).occurredOn(D.plusDays(3))
            .appointment(Appointment.of(held, D.plusDays(1), AppointmentStatus.NO_SHOW)).build()));
    attempts.put(RefusalCode.APPOINTMENT_DATE_INCONSISTENT,
        () -> engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(accompanied).occurredOn(D.plusDays(3))
            .appointment(Appointment.of(AppointmentId.random(), D.plusDays(4), AppointmentStatus.ATTENDED)).build()));
    attempts.put(RefusalCode.RECORD_ALREADY_EXISTS,
        () -> engine.recordOutreachEvent(tenant, OutreachEvent.builder().from(cafe).title("Another title").build()));
    // Entry statuses, follow-ups and indicator reports (issue 3).
    assertAccepted(engine.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(welcomed).occurredOn(D)
        .entryStatus(EntryStatus.of(LabourMarketStatus.UNEMPLOYED)).build()));
    attempts.put(RefusalCode.NOT_YET_WELCOMED,
        () -> engine.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(capturedOnly).occurredOn(D)
            .entryStatus(EntryStatus.of(LabourMarketStatus.INACTIVE)).build()));
    attempts.put(RefusalCode.ENTRY_STATUS_ALREADY_RECORDED,
        () -> engine.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(welcomed).occurredOn(D)
            .entryStatus(EntryStatus.of(LabourMarketStatus.EMPLOYED)).build()));
    attempts.put(RefusalCode.NO_EXIT_RECORDED,
        () -> engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(accompanied)
            .followUp(FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(D.plusDays(3)).build()).build()));
    attempts.put(RefusalCode.FOLLOW_UP_BEFORE_EXIT,
        () -> engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(exited)
            .followUp(FollowUp.builder().moment(FollowUpMoment.WITHIN_FOUR_WEEKS).observedOn(D.plusDays(4)).build()).build()));
    attempts.put(RefusalCode.FOLLOW_UP_OUTSIDE_WINDOW,
        () -> engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(exited)
            .followUp(FollowUp.builder().moment(FollowUpMoment.SIX_MONTHS).observedOn(D.plusDays(10)).build()).build()));
    attempts.put(RefusalCode.PERIOD_ENDS_BEFORE_START,
        () -> reportRefusal(ReportScope.builder().programmeId(Fixtures.SIPA).start(D).end(D.minusDays(1)).build()));
    attempts.put(RefusalCode.CURRENCY_MISMATCH,
        () -> reportRefusal(ReportScope.builder().programmeId(Fixtures.SIPA).budget(Money.of("1000", "CHF")).build()));
    // Corrections (issue 14): version 1 of every pathway is its capture.
    attempts.put(RefusalCode.UNKNOWN_EVENT,
        () -> engine.correctEvent(tenant, CorrectEvent.builder().beneficiaryId(exited).correctedVersion(99)
            .correction(new Correction.OfDay(D)).reason("typed the wrong day").occurredOn(D.plusDays(7))
            .actor(StaffRole.SITE_MANAGER).build()));
    attempts.put(RefusalCode.CORRECTION_NOT_APPLICABLE,
        () -> engine.correctEvent(tenant, CorrectEvent.builder().beneficiaryId(exited).correctedVersion(1)
            .correction(new Correction.OfSite(Fixtures.SITE_AUDINCOURT)).reason("wrong site").occurredOn(D.plusDays(7))
            .actor(StaffRole.SITE_MANAGER).build()));
    attempts.put(RefusalCode.EVENT_NOT_VOIDABLE,
        () -> engine.voidEvent(tenant, VoidEvent.builder().beneficiaryId(exited).voidedVersion(1)
            .reason("never met").occurredOn(D.plusDays(7)).actor(StaffRole.SITE_MANAGER).build()));
    attempts.put(RefusalCode.CONSENT_NOT_IN_FORCE,
        () -> engine.recordFollowUpWithConsent(tenant, RecordFollowUp.builder().beneficiaryId(exited)
            .followUp(FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(D.plusDays(5)).build()).build()));
    // Open declarations (issue 16): SIPA declares no moment, so it observes at the standard three only.
    attempts.put(RefusalCode.FOLLOW_UP_MOMENT_NOT_DECLARED,
        () -> engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(exited)
            .followUp(FollowUp.builder().moment(FollowUpMoment.TWELVE_MONTHS).observedOn(D.plusDays(10)).build()).build()));
    // SIPA asks no question of its own: an answer by code (a misspelt one, say) is refused, not kept uncounted.
    attempts.put(RefusalCode.SITUATION_ANSWER_NOT_DECLARED,
        () -> engine.recordSituation(tenant, RecordSituation.builder().beneficiaryId(welcomed).occurredOn(D.plusDays(1))
            .situation(Situation.builder().putAnswers("holds_driving_licence", true).build()).build()));
    assertThat(attempts.keySet()).as("every refusal code is exercised").isEqualTo(EnumSet.allOf(RefusalCode.class));

    attempts.forEach(
        (code, attempt) -> {
          String before = StoreSnapshot.of(storage, tenant);
          CommandResult result = attempt.get();
          assertThat(result.refusal()).as(code.name()).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.message()).isNotBlank();
            assertThat(r.field()).isNotBlank();
          });
          assertThat(result.events()).isEmpty();
          assertThat(StoreSnapshot.of(storage, tenant)).as("store after " + code).isEqualTo(before);
        });
  }

  /** A report's refusal, shaped as a command's so that it joins the table of refusal codes. */
  private CommandResult reportRefusal(ReportScope scope) {
    ReportResult result = engine.indicatorReport(tenant, scope);
    assertThat(result.report()).as("report for " + scope).isEmpty();
    return CommandResult.refused(Optional.empty(), result.refusal().orElseThrow());
  }

  @Test
  void namesTheBeneficiaryAndTheStageInATransitionRefusal() {
    BeneficiaryId id = welcomed(D);

    CommandResult result = engine.refer(tenant, Refer.builder().beneficiaryId(id).occurredOn(D)
        .referralId(ReferralId.random()).schemeId(Fixtures.PES_REGISTRATION).build());

    assertThat(result.refusal().orElseThrow().message())
        .contains(id.toString())
        .contains("'welcomed'")
        .contains("'oriented', 'accompanied' or 'referred'");
  }

  @Test
  void recordsProgrammeActivitiesIdempotently() {
    CollaborativeAction fair = CollaborativeAction.builder().id(CollaborativeActionId.random()).programmeId(Fixtures.SIPA)
        .title("Reverse job fair").date(D).addPartners(Fixtures.PES).build();
    SiteEvent info = SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA).siteId(Fixtures.SITE_VALENTIGNEY)
        .title("Information on apprenticeships").date(D).build();

    assertThat(engine.recordCollaborativeAction(tenant, fair).accepted()).isTrue();
    assertThat(engine.recordCollaborativeAction(tenant, fair).replayed()).isTrue();
    assertThat(engine.recordSiteEvent(tenant, info).accepted()).isTrue();
    assertThat(engine.registerProgramme(tenant, Fixtures.sipa()).replayed()).isTrue();
    assertThat(engine.recordSiteEvent(tenant, SiteEvent.builder().from(info).id(SiteEventId.random()).siteId(SiteId.of("elsewhere")).build())
            .refusal().orElseThrow().code()).isEqualTo(RefusalCode.UNKNOWN_SITE);
    assertThat(engine.registerProgramme(tenant, Programme.builder().from(Fixtures.sipa()).name("Other").build())
            .refusal().orElseThrow().code()).isEqualTo(RefusalCode.RECORD_ALREADY_EXISTS);

    assertThat(storage.collaborativeActions().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(fair);
    assertThat(storage.siteEvents().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(info);
  }

  @Test
  void recordsManyProgrammeActivitiesAtOnceAnsweringEachAsAlone() {
    SiteEvent info = SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA).siteId(Fixtures.SITE_VALENTIGNEY)
        .title("Information on apprenticeships").date(D).build();
    SiteEvent later = SiteEvent.builder().from(info).id(SiteEventId.random()).date(D.plusDays(7)).build();
    SiteEvent elsewhere = SiteEvent.builder().from(info).id(SiteEventId.random()).siteId(SiteId.of("elsewhere")).build();
    SiteEvent sameIdOtherTitle = SiteEvent.builder().from(info).title("Another title").build();
    assertThat(engine.recordSiteEvent(tenant, info).accepted()).isTrue();

    List<CommandResult> results = engine.recordSiteEvents(tenant, List.of(later, elsewhere, info, sameIdOtherTitle, later));

    assertThat(results.get(0).accepted()).isTrue();
    assertThat(results.get(0).replayed()).isFalse();
    assertThat(results.get(1).refusal().orElseThrow().code()).isEqualTo(RefusalCode.UNKNOWN_SITE);
    assertThat(results.get(2).replayed()).as("the same event again").isTrue();
    assertThat(results.get(3).refusal().orElseThrow().code()).isEqualTo(RefusalCode.RECORD_ALREADY_EXISTS);
    assertThat(results.get(4).replayed()).as("an event twice in the list").isTrue();
    assertThat(storage.siteEvents().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(info, later);

    OutreachEvent cafe = ProgrammeRecordsContract.recrutCafe(D);
    OutreachEvent beforeTheProgramme = ProgrammeRecordsContract.recrutCafe(Fixtures.START.minusDays(1));
    assertThat(engine.recordOutreachEvents(tenant, List.of(beforeTheProgramme, cafe)))
        .extracting(r -> r.refusal().map(Refusal::code).orElse(null))
        .containsExactly(RefusalCode.OUTSIDE_PROGRAMME_PERIOD, null);
    assertThat(storage.outreachEvents().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(cafe);
    CollaborativeAction fair = CollaborativeAction.builder().id(CollaborativeActionId.random()).programmeId(Fixtures.SIPA)
        .title("Reverse job fair").date(D).addPartners(Fixtures.PES).build();
    assertThat(engine.recordCollaborativeActions(tenant, List.of(fair))).allMatch(CommandResult::accepted);
    assertThat(storage.collaborativeActions().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(fair);
    assertThat(engine.recordSiteEvents(tenant, List.of())).isEmpty();
  }

  // ---------------------------------------------------------------- recordAll

  /** {@code command} through its own method, as a host recording commands one by one sends it. */
  protected static CommandResult recordAlone(MobilisationEngine engine, TenantId tenant, PathwayCommand command) {
    if (command instanceof Capture c) {
      return engine.capture(tenant, c);
    } else if (command instanceof RecordContact c) {
      return engine.recordContact(tenant, c);
    } else if (command instanceof Welcome c) {
      return engine.welcome(tenant, c);
    } else if (command instanceof Orient c) {
      return engine.orient(tenant, c);
    } else if (command instanceof StartAccompaniment c) {
      return engine.startAccompaniment(tenant, c);
    } else if (command instanceof RecordAppointment c) {
      return engine.recordAppointment(tenant, c);
    } else if (command instanceof Refer c) {
      return engine.refer(tenant, c);
    } else if (command instanceof RecordReferralOutcome c) {
      return engine.recordReferralOutcome(tenant, c);
    } else if (command instanceof RecordExit c) {
      return engine.recordExit(tenant, c);
    } else if (command instanceof RecordEntryStatus c) {
      return engine.recordEntryStatus(tenant, c);
    } else if (command instanceof RecordFollowUp c) {
      return engine.recordFollowUp(tenant, c);
    } else if (command instanceof RecordLostContact c) {
      return engine.recordLostContact(tenant, c);
    } else if (command instanceof RecordDropOut c) {
      return engine.recordDropOut(tenant, c);
    } else if (command instanceof RecordSatisfaction c) {
      return engine.recordSatisfaction(tenant, c);
    } else if (command instanceof RecordSituation c) {
      return engine.recordSituation(tenant, c);
    } else if (command instanceof UpdateProfile c) {
      return engine.updateProfile(tenant, c);
    }
    throw new IllegalArgumentException("unknown command " + command);
  }

  /**
   * Three people's records, of every kind, interleaved as a day's records are, with refused ones in
   * the middle: a welcome at an unknown site, an orientation of someone not captured yet, a date before
   * the pathway's latest event.
   */
  protected static List<PathwayCommand> mixedBatch(BeneficiaryId amina, BeneficiaryId bruno, BeneficiaryId chloe) {
    ReferralId referral = ReferralId.random();
    Situation atExit = Situation.builder().registeredWithPublicEmploymentService(true).build();
    return List.of(
        Fixtures.capture(amina, D),
        Fixtures.capture(bruno, D),
        Welcome.builder().beneficiaryId(amina).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build(),
        Orient.builder().beneficiaryId(amina).occurredOn(D.plusDays(1)).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build(),
        Welcome.builder().beneficiaryId(bruno).siteId(SiteId.of("nowhere")).occurredOn(D).build(),
        StartAccompaniment.builder().beneficiaryId(amina).occurredOn(D.plusDays(1)).build(),
        RecordAppointment.builder().beneficiaryId(amina).occurredOn(D.plusDays(2))
            .appointment(Appointment.of(AppointmentId.random(), D.plusDays(2), AppointmentStatus.ATTENDED)).build(),
        Refer.builder().beneficiaryId(amina).occurredOn(D.plusDays(3)).referralId(referral).schemeId(Fixtures.PES_REGISTRATION).build(),
        RecordReferralOutcome.builder().beneficiaryId(amina).occurredOn(D.plusDays(4)).referralId(referral)
            .status(ReferralStatus.STARTED).build(),
        Welcome.builder().beneficiaryId(bruno).siteId(Fixtures.SITE_AUDINCOURT).occurredOn(D.plusDays(1)).build(),
        RecordEntryStatus.builder().beneficiaryId(bruno).occurredOn(D.plusDays(1))
            .entryStatus(EntryStatus.builder().labourMarketStatus(LabourMarketStatus.LONG_TERM_UNEMPLOYED).build()).build(),
        Orient.builder().beneficiaryId(chloe).occurredOn(D).orientation(Orientation.INFORMATION_ONLY).build(),
        Capture.builder().from(Fixtures.capture(chloe, D))
            .personalDetails(PersonalDetails.builder().givenName("Chloé").phone("+33 6 00 00 00 00").build()).build(),
        RecordExit.builder().beneficiaryId(amina).occurredOn(D.plusDays(5)).reason(ExitReason.MAINSTREAM_SCHEME)
            .situation(atExit).build(),
        RecordFollowUp.builder().beneficiaryId(amina)
            .followUp(FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(D.plusDays(5)).build()).build(),
        RecordSatisfaction.builder().beneficiaryId(bruno).occurredOn(D.plusDays(2)).response(SatisfactionResponse.of(true, 4)).build(),
        RecordLostContact.builder().beneficiaryId(chloe).occurredOn(D.plusDays(2)).build(),
        RecordContact.builder().beneficiaryId(chloe).contact(Fixtures.doorToDoor(D.plusDays(3))).build(),
        Orient.builder().beneficiaryId(bruno).occurredOn(D).orientation(Orientation.DIRECT_REFERRAL).build(),
        RecordSituation.builder().beneficiaryId(bruno).occurredOn(D.plusDays(3)).situation(atExit).build(),
        UpdateProfile.builder().beneficiaryId(bruno).occurredOn(D.plusDays(3))
            .profile(Profile.builder().from(Fixtures.youngWoman()).longTermUnemployed(true).build()).build(),
        RecordDropOut.builder().beneficiaryId(bruno).occurredOn(D.plusDays(6)).build());
  }

  private TenantId newTenantWithProgramme() {
    TenantId other = Fixtures.newTenant();
    assertThat(engine.registerProgramme(other, Fixtures.sipa()).accepted()).isTrue();
    return other;
  }

  @Test
  void recordsABatchAsItsCommandsOneByOne() {
    List<PathwayCommand> batch = mixedBatch(BeneficiaryId.random(), BeneficiaryId.random(), BeneficiaryId.random());
    TenantId oneByOne = newTenantWithProgramme();
    List<CommandResult> expected = batch.stream().map(c -> recordAlone(engine, oneByOne, c)).toList();

    List<CommandResult> results = engine.recordAll(tenant, batch);

    assertThat(results).isEqualTo(expected);
    assertThat(results).extracting(r -> r.refusal().map(Refusal::code).orElse(null))
        .containsExactly(
            null, null, null, null, RefusalCode.UNKNOWN_SITE, null, null, null, null, null, null,
            RefusalCode.UNKNOWN_BENEFICIARY, null, null, null, null, null, null, RefusalCode.DATE_BEFORE_PREVIOUS_EVENT,
            null, null, null);
    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(StoreSnapshot.of(storage, oneByOne));
    ReportScope scope = ReportScope.builder().programmeId(Fixtures.SIPA).start(Fixtures.START).end(Fixtures.END).build();
    assertThat(engine.indicatorReport(tenant, scope)).isEqualTo(engine.indicatorReport(oneByOne, scope));
  }

  @Test
  void writesNothingForTheRefusedCommandsOfABatchOnly() {
    BeneficiaryId amina = BeneficiaryId.random();
    BeneficiaryId bruno = BeneficiaryId.random();
    List<PathwayCommand> batch =
        List.of(
            Fixtures.capture(amina, D),
            Welcome.builder().beneficiaryId(bruno).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build(),
            Welcome.builder().beneficiaryId(amina).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D.plusDays(2)).build(),
            Orient.builder().beneficiaryId(amina).occurredOn(D.plusDays(1)).orientation(Orientation.DIRECT_REFERRAL).build(),
            Fixtures.capture(bruno, D.plusDays(1)));

    List<CommandResult> results = engine.recordAll(tenant, batch);

    assertThat(results).extracting(r -> r.refusal().map(Refusal::code).orElse(null))
        .containsExactly(null, RefusalCode.UNKNOWN_BENEFICIARY, null, RefusalCode.DATE_BEFORE_PREVIOUS_EVENT, null);
    assertThat(results.get(2).pathway().orElseThrow().version()).isEqualTo(2);
    assertThat(engine.pathway(tenant, amina).orElseThrow().stage()).isEqualTo(Stage.WELCOMED);
    assertThat(engine.pathway(tenant, bruno).orElseThrow().version()).isEqualTo(1);
    assertThat(storage.pathways().eventsOfCommand(tenant, batch.get(1).commandId())).isEmpty();
    assertThat(storage.pathways().eventsOfCommand(tenant, batch.get(3).commandId())).isEmpty();
    assertThat(engine.recordAll(tenant, List.of())).isEmpty();
  }

  @Test
  void answersARetriedBatchAsReplayedAndWritesNothing() {
    List<PathwayCommand> batch = mixedBatch(BeneficiaryId.random(), BeneficiaryId.random(), BeneficiaryId.random());
    List<CommandResult> first = engine.recordAll(tenant, batch);
    String before = StoreSnapshot.of(storage, tenant);

    List<CommandResult> again = engine.recordAll(tenant, batch);

    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);
    assertThat(again).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      if (first.get(i).accepted()) {
        assertThat(again.get(i).replayed()).as("command %s", i).isTrue();
        assertThat(again.get(i).events()).as("command %s", i).isEqualTo(first.get(i).events());
        assertThat(again.get(i).pathway()).as("command %s", i).isEqualTo(first.get(i).pathway());
      } else {
        assertThat(again.get(i).refused()).as("command %s", i).isTrue();
      }
    }
  }

  @Test
  void answersABatchThatAnotherWriterOvertookAsOneByOne() {
    // The batch's engine keeps the pathways it wrote; the contract's engine writes behind its back.
    MobilisationEngine batching =
        MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).pathwayCache(100).build();
    BeneficiaryId moved = BeneficiaryId.random();
    BeneficiaryId welcomedElsewhere = BeneficiaryId.random();
    assertAccepted(batching.capture(tenant, Fixtures.capture(moved, D)));
    assertAccepted(batching.capture(tenant, Fixtures.capture(welcomedElsewhere, D)));
    RecordContact contactElsewhere =
        RecordContact.builder().commandId(CommandId.random()).beneficiaryId(moved).contact(Fixtures.doorToDoor(D)).build();
    assertAccepted(engine.recordContact(tenant, contactElsewhere));
    assertAccepted(engine.welcome(tenant, Welcome.builder().beneficiaryId(welcomedElsewhere).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build()));
    BeneficiaryId newcomer = BeneficiaryId.random();
    List<PathwayCommand> batch =
        List.of(
            Fixtures.capture(newcomer, D),
            // decided on a stale version: the batch's append meets a VersionConflict
            Welcome.builder().beneficiaryId(moved).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D.plusDays(1)).build(),
            // refused on what the engine last saw (captured), accepted on what the store holds (welcomed)
            Orient.builder().beneficiaryId(welcomedElsewhere).occurredOn(D.plusDays(1)).orientation(Orientation.DIRECT_REFERRAL).build(),
            // recorded by the other writer: a retry
            contactElsewhere,
            Welcome.builder().beneficiaryId(newcomer).siteId(Fixtures.SITE_AUDINCOURT).occurredOn(D.plusDays(1)).build());

    List<CommandResult> results = batching.recordAll(tenant, batch);

    assertThat(results).extracting(CommandResult::accepted).containsOnly(true);
    assertThat(results.get(1).pathway().orElseThrow().version()).isEqualTo(3);
    assertThat(results.get(2).pathway().orElseThrow().stage()).isEqualTo(Stage.ORIENTED);
    assertThat(results.get(3).replayed()).isTrue();
    assertThat(results.get(4).pathway().orElseThrow().version()).isEqualTo(2);
    assertThat(engine.pathway(tenant, moved).orElseThrow().stage()).isEqualTo(Stage.WELCOMED);
    assertThat(engine.pathway(tenant, moved).orElseThrow().version()).isEqualTo(3);
    assertThat(storage.pathways().eventsOfCommand(tenant, contactElsewhere.commandId())).hasSize(1);
    // And it knows the pathways as they now are: the next batch is decided on them.
    assertThat(batching.recordAll(tenant, List.of(
            Orient.builder().beneficiaryId(moved).occurredOn(D.plusDays(2)).orientation(Orientation.DIRECT_REFERRAL).build())))
        .singleElement().satisfies(r -> assertThat(r.pathway().orElseThrow().version()).isEqualTo(4));
  }

  @Test
  void refusesInABatchTheCaptureOfSomeoneAnotherWriterCapturedAndRecordsTheRest() {
    // The batch's engine expects anyone it captures to be new, and its store takes them as new without
    // reading them: the other writer's capture must still be found, and nothing of the refused one kept.
    MobilisationEngine batching =
        MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).pathwayCache(100).build();
    BeneficiaryId capturedElsewhere = BeneficiaryId.random();
    assertAccepted(engine.capture(tenant, Fixtures.capture(capturedElsewhere, D)));
    List<PathwayEvent> before = storage.pathways().events(tenant, capturedElsewhere);
    BeneficiaryId newcomer = BeneficiaryId.random();

    List<CommandResult> results = batching.recordAll(tenant, List.of(
        Fixtures.capture(newcomer, D),
        Fixtures.capture(capturedElsewhere, D.plusDays(1)),
        Welcome.builder().beneficiaryId(newcomer).siteId(Fixtures.SITE_AUDINCOURT).occurredOn(D.plusDays(1)).build()));

    assertThat(results.get(0).accepted()).isTrue();
    assertThat(results.get(1).refusal().orElseThrow().code()).isEqualTo(RefusalCode.BENEFICIARY_ALREADY_CAPTURED);
    assertThat(results.get(2).pathway().orElseThrow().version()).isEqualTo(2);
    assertThat(storage.pathways().events(tenant, capturedElsewhere)).isEqualTo(before);
    assertThat(storage.beneficiaries().find(tenant, capturedElsewhere).orElseThrow().version()).isEqualTo(1);
    assertThat(engine.pathway(tenant, newcomer).orElseThrow().stage()).isEqualTo(Stage.WELCOMED);
  }

  @Test
  void recordsABatchNamingACommandTwiceAsALoopWould() {
    BeneficiaryId id = BeneficiaryId.random();
    Capture capture = Fixtures.capture(id, D);
    RecordSatisfaction answer = RecordSatisfaction.builder().commandId(CommandId.random()).beneficiaryId(id)
        .occurredOn(D).response(SatisfactionResponse.of(true)).build();

    List<CommandResult> results = engine.recordAll(tenant, List.of(capture, answer, answer));

    assertThat(results).extracting(CommandResult::accepted).containsExactly(true, true, true);
    assertThat(results.get(2).replayed()).isTrue();
    assertThat(results.get(2).events()).isEqualTo(results.get(1).events());
    assertThat(engine.pathway(tenant, id).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void throwsAVersionConflictForABatchedCommandExpectingAnotherVersionAsALoopWould() {
    BeneficiaryId id = BeneficiaryId.random();
    Capture capture = Fixtures.capture(id, D);
    Welcome welcome = Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).expectedVersion(ExpectedVersion.exactly(1)).build();
    Orient stale = Orient.builder().beneficiaryId(id).occurredOn(D).orientation(Orientation.DIRECT_REFERRAL).expectedVersion(ExpectedVersion.exactly(1)).build();

    assertThatThrownBy(() -> engine.recordAll(tenant, List.of(capture, welcome, stale)))
        .isInstanceOfSatisfying(VersionConflict.class, c -> {
          assertThat(c.expectedVersion()).isEqualTo(1);
          assertThat(c.actualVersion()).isEqualTo(2);
        });
    assertThat(engine.pathway(tenant, id).orElseThrow().stage()).isEqualTo(Stage.WELCOMED);
  }
}
