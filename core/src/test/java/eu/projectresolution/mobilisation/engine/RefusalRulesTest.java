package eu.projectresolution.mobilisation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.PartnerPathwayContract;
import eu.projectresolution.mobilisation.contract.ProgrammeRecordsContract;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.PartnerStep;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.pathway.Transition;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each refusal rule on its own: a situation that breaks it, with the code, field and message it
 * gives, and the nearest situation that keeps it. The situations are real pathways, recorded through
 * an engine on the in-memory store; the rule is then tried alone on a context built from them.
 */
class RefusalRulesTest {
  private static final LocalDate D = LocalDate.of(2017, 3, 1);
  private static final LocalDate TODAY = LocalDate.now(Fixtures.CLOCK);

  private InMemoryStorage storage;
  private MobilisationEngine engine;
  private TenantId tenant;

  @BeforeEach
  void sipaIsRegistered() {
    storage = InMemoryStorage.create();
    engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    tenant = Fixtures.newTenant();
    accepted(engine.registerProgramme(tenant, Fixtures.sipa()));
  }

  // ---------------------------------------------------------------- whose pathway

  @Test
  void aPersonIsCapturedBeforeAnythingElseIsRecorded() {
    Welcome stranger = welcome(BeneficiaryId.random(), D);
    assertRefuses(RefusalRules.CAPTURED_FIRST, contextOf(Deciders.WELCOME, stranger), RefusalCode.UNKNOWN_BENEFICIARY,
        "beneficiaryId", "capture the person first");

    assertKeeps(RefusalRules.CAPTURED_FIRST, contextOf(Deciders.WELCOME, welcome(captured(D), D)));
  }

  @Test
  void aPersonIsCapturedOnce() {
    BeneficiaryId known = captured(D);
    assertRefuses(RefusalRules.CAPTURED_ONCE, contextOf(Deciders.CAPTURE, Fixtures.capture(known, D)),
        RefusalCode.BENEFICIARY_ALREADY_CAPTURED, "beneficiaryId", "record a new contact instead");

    assertKeeps(RefusalRules.CAPTURED_ONCE, contextOf(Deciders.CAPTURE, Fixtures.capture(BeneficiaryId.random(), D)));
  }

  @Test
  void onePersonPerMatchingKey() {
    PersonalDetails details = PersonalDetails.builder().givenName("Amina").phone("+33 6 12 34 56 78").build();
    MatchingKey key = IdentityMatcher.withSecret(new byte[32]).keyOf(details).orElseThrow();
    BeneficiaryId amina = BeneficiaryId.random();
    accepted(engine.capture(tenant, withKey(Fixtures.capture(amina, D), details, key)));

    BeneficiaryId again = BeneficiaryId.random();
    Refusal refusal = assertRefuses(RefusalRules.ONE_PERSON_PER_MATCHING_KEY,
        contextOf(Deciders.CAPTURE, withKey(Fixtures.capture(again, D), details, key)),
        RefusalCode.BENEFICIARY_ALREADY_CAPTURED, "matchingKey", "already known as beneficiary " + amina);
    assertThat(refusal.message()).contains(again.toString());

    PersonalDetails someoneElse = PersonalDetails.builder().givenName("Bruno").phone("+33 6 98 76 54 32").build();
    MatchingKey otherKey = IdentityMatcher.withSecret(new byte[32]).keyOf(someoneElse).orElseThrow();
    assertKeeps(RefusalRules.ONE_PERSON_PER_MATCHING_KEY,
        contextOf(Deciders.CAPTURE, withKey(Fixtures.capture(again, D), someoneElse, otherKey)));
    assertKeeps(RefusalRules.ONE_PERSON_PER_MATCHING_KEY, contextOf(Deciders.CAPTURE, Fixtures.capture(again, D)));
  }

  @Test
  void theProgrammeIsRegistered() {
    Capture elsewhere = Capture.builder().from(Fixtures.capture(BeneficiaryId.random(), D))
        .programmeId(ProgrammeId.of("not-registered")).build();
    assertRefuses(RefusalRules.PROGRAMME_REGISTERED, contextOf(Deciders.CAPTURE, elsewhere),
        RefusalCode.UNKNOWN_PROGRAMME, "programmeId", "No programme not-registered is registered");

    assertKeeps(RefusalRules.PROGRAMME_REGISTERED, contextOf(Deciders.CAPTURE, Fixtures.capture(BeneficiaryId.random(), D)));
  }

  // ---------------------------------------------------------------- the day

  @Test
  void nothingIsRecordedAheadOfTime() {
    BeneficiaryId id = captured(D);
    assertRefuses(RefusalRules.NOT_IN_THE_FUTURE, contextOf(Deciders.WELCOME, welcome(id, TODAY.plusDays(1))),
        RefusalCode.DATE_IN_FUTURE, "occurredOn", "is in the future (today is " + TODAY + ")");

    assertKeeps(RefusalRules.NOT_IN_THE_FUTURE, contextOf(Deciders.WELCOME, welcome(id, TODAY)));
  }

  @Test
  void itHappensDuringTheProgramme() {
    Capture tooEarly = Fixtures.capture(BeneficiaryId.random(), Fixtures.START.minusDays(1));
    assertRefuses(RefusalRules.WITHIN_THE_PROGRAMME, contextOf(Deciders.CAPTURE, tooEarly),
        RefusalCode.OUTSIDE_PROGRAMME_PERIOD, "contact.on", "is outside programme sipa-montbeliard");

    assertKeeps(RefusalRules.WITHIN_THE_PROGRAMME, contextOf(Deciders.CAPTURE, Fixtures.capture(BeneficiaryId.random(), Fixtures.START)));
  }

  @Test
  void eventsAreRecordedInTheOrderTheyHappened() {
    BeneficiaryId id = captured(D);
    assertRefuses(RefusalRules.IN_THE_ORDER_IT_HAPPENED, contextOf(Deciders.WELCOME, welcome(id, D.minusDays(1))),
        RefusalCode.DATE_BEFORE_PREVIOUS_EVENT, "occurredOn", "before the pathway's latest event, on " + D);

    assertKeeps(RefusalRules.IN_THE_ORDER_IT_HAPPENED, contextOf(Deciders.WELCOME, welcome(id, D)));
  }

  // ---------------------------------------------------------------- contacts and sites

  @Test
  void aContactsOutreachEventIsRecordedForTheProgramme() {
    BeneficiaryId id = captured(D);
    RefusalRule<RecordContact> rule = RefusalRules.outreachEventRecorded(RecordContact::contact);
    OutreachEventId unrecorded = OutreachEventId.random();
    assertRefuses(rule, contextOf(Deciders.RECORD_CONTACT, contact(id, Contact.builder().from(Fixtures.doorToDoor(D))
            .channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(unrecorded).build())),
        RefusalCode.UNKNOWN_OUTREACH_EVENT, "contact.outreachEvent", "No outreach event " + unrecorded);

    OutreachEvent cafe = ProgrammeRecordsContract.recrutCafe(D);
    accepted(engine.recordOutreachEvent(tenant, cafe));
    assertKeeps(rule, contextOf(Deciders.RECORD_CONTACT,
        contact(id, Contact.builder().from(Fixtures.doorToDoor(D)).channel(CaptureChannel.OUTREACH_EVENT)
            .outreachEvent(cafe.id()).build())));
  }

  @Test
  void aContactsSiteIsOneOfTheProgrammes() {
    BeneficiaryId id = captured(D);
    RefusalRule<RecordContact> rule = RefusalRules.contactAtAProgrammeSite(RecordContact::contact);
    assertRefuses(rule, contextOf(Deciders.RECORD_CONTACT,
            contact(id, Contact.builder().from(Fixtures.doorToDoor(D)).site(SiteId.of("elsewhere")).build())),
        RefusalCode.UNKNOWN_SITE, "contact.site", "has no site elsewhere");

    assertKeeps(rule, contextOf(Deciders.RECORD_CONTACT,
        contact(id, Contact.builder().from(Fixtures.doorToDoor(D)).site(Fixtures.SITE_AUDINCOURT).build())));
  }

  @Test
  void aContactsPartnerIsOneOfTheProgrammes() {
    RefusalRule<Capture> rule = RefusalRules.contactThroughAProgrammePartner(Capture::contact);
    Capture throughAStranger = Capture.builder().from(Fixtures.capture(BeneficiaryId.random(), D))
        .contact(Contact.builder().from(Fixtures.doorToDoor(D)).partner(PartnerId.of("unknown-partner")).build()).build();
    assertRefuses(rule, contextOf(Deciders.CAPTURE, throughAStranger),
        RefusalCode.UNKNOWN_PARTNER, "contact.partner", "has no partner unknown-partner");

    Capture throughThePes = Capture.builder().from(throughAStranger)
        .contact(Contact.builder().from(Fixtures.doorToDoor(D)).partner(Fixtures.PES).build()).build();
    assertKeeps(rule, contextOf(Deciders.CAPTURE, throughThePes));
  }

  @Test
  void aPersonIsWelcomedAtOneOfTheProgrammesSites() {
    BeneficiaryId id = captured(D);
    Welcome elsewhere = Welcome.builder().from(welcome(id, D)).siteId(SiteId.of("elsewhere")).build();
    assertRefuses(RefusalRules.WELCOMED_AT_A_PROGRAMME_SITE, contextOf(Deciders.WELCOME, elsewhere),
        RefusalCode.UNKNOWN_SITE, "siteId", "has no site elsewhere");

    assertKeeps(RefusalRules.WELCOMED_AT_A_PROGRAMME_SITE, contextOf(Deciders.WELCOME, welcome(id, D)));
  }

  // ---------------------------------------------------------------- moving along the pathway

  @Test
  void thePathwayModelHasAStageForTheStep() {
    BeneficiaryId id = welcomed(D);
    PathwayModel withoutOrientation = PathwayModel.builder().from(PathwayModel.sipa()).name("no orientation")
        .steps(Map.of(Step.CAPTURE, Stage.CAPTURED, Step.WELCOME, Stage.WELCOMED, Step.EXIT, Stage.EXITED))
        .addTransitions(Transition.of(Stage.WELCOMED, Stage.EXITED)).build();
    Orient orient = orient(id, D);
    assertRefuses(RefusalRules.STEP_IN_THE_MODEL, contextOf(Deciders.ORIENT, orient, withoutOrientation),
        RefusalCode.STEP_NOT_IN_MODEL, "beneficiaryId", "has no stage for step ORIENTATION");

    assertKeeps(RefusalRules.STEP_IN_THE_MODEL, contextOf(Deciders.ORIENT, orient));
  }

  @Test
  void aPartnerStepIsOneTheModelDeclaresTakenAtOneOfTheProgrammesSites() {
    BeneficiaryId id = accompanied(D);
    PathwayModel partner = PartnerPathwayContract.partnerModel();
    RecordPartnerStep yoga = RecordPartnerStep.builder().beneficiaryId(id).occurredOn(D).step(PartnerStep.of("yoga")).build();
    assertRefuses(RefusalRules.STEP_IN_THE_MODEL, contextOf(Deciders.RECORD_PARTNER_STEP, yoga, partner),
        RefusalCode.STEP_NOT_IN_MODEL, "step", "declares no partner step 'yoga': record one of its partner steps");
    RecordPartnerStep jobClub = RecordPartnerStep.builder().from(yoga).step(PartnerPathwayContract.JOB_CLUB_STEP).build();
    assertKeeps(RefusalRules.STEP_IN_THE_MODEL, contextOf(Deciders.RECORD_PARTNER_STEP, jobClub, partner));

    RecordPartnerStep elsewhere = RecordPartnerStep.builder().from(jobClub).site(SiteId.of("site-belfort")).build();
    assertRefuses(RefusalRules.PARTNER_STEP_AT_A_PROGRAMME_SITE, contextOf(Deciders.RECORD_PARTNER_STEP, elsewhere, partner),
        RefusalCode.UNKNOWN_SITE, "site", "has no site site-belfort");
    assertKeeps(RefusalRules.PARTNER_STEP_AT_A_PROGRAMME_SITE, contextOf(Deciders.RECORD_PARTNER_STEP,
        RecordPartnerStep.builder().from(jobClub).site(Fixtures.SITE_AUDINCOURT).build(), partner));
  }

  @Test
  void anExitIsRecordedOnceUntilThePersonReEnters() {
    BeneficiaryId id = accompanied(D);
    assertKeeps(RefusalRules.ONE_EXIT_AT_A_TIME, contextOf(Deciders.RECORD_EXIT, exit(id, D)));

    accepted(engine.recordExit(tenant, exit(id, D)));
    assertRefuses(RefusalRules.ONE_EXIT_AT_A_TIME, contextOf(Deciders.RECORD_EXIT, exit(id, D.plusDays(1))),
        RefusalCode.EXIT_ALREADY_RECORDED, "beneficiaryId", "welcome them again (re-entry)");
  }

  @Test
  void aReferralNeedsAnOrientationFirst() {
    BeneficiaryId id = welcomed(D);
    Refer refer = refer(id, D, Fixtures.PES_REGISTRATION);
    assertRefuses(RefusalRules.MOVE_ALLOWED_BY_THE_MODEL, contextOf(Deciders.REFER, refer),
        RefusalCode.TRANSITION_NOT_ALLOWED, "beneficiaryId", "is at stage 'welcomed'");

    accepted(engine.orient(tenant, orient(id, D)));
    assertKeeps(RefusalRules.MOVE_ALLOWED_BY_THE_MODEL, contextOf(Deciders.REFER, refer));
  }

  // ---------------------------------------------------------------- appointments

  @Test
  void appointmentsAreRecordedAtTheModelsAppointmentStages() {
    BeneficiaryId id = welcomed(D);
    assertRefuses(RefusalRules.APPOINTMENT_AT_AN_APPOINTMENT_STAGE,
        contextOf(Deciders.RECORD_APPOINTMENT, appointment(id, D, AppointmentId.random(), AppointmentStatus.ATTENDED)),
        RefusalCode.TRANSITION_NOT_ALLOWED, "appointment", "appointments are recorded only at stage");

    BeneficiaryId accompanied = accompanied(D);
    assertKeeps(RefusalRules.APPOINTMENT_AT_AN_APPOINTMENT_STAGE,
        contextOf(Deciders.RECORD_APPOINTMENT, appointment(accompanied, D, AppointmentId.random(), AppointmentStatus.ATTENDED)));
  }

  @Test
  void anAppointmentIsHeldOnce() {
    BeneficiaryId id = accompanied(D);
    AppointmentId held = AppointmentId.random();
    accepted(engine.recordAppointment(tenant, appointment(id, D, held, AppointmentStatus.ATTENDED)));
    assertRefuses(RefusalRules.APPOINTMENT_HELD_ONCE,
        contextOf(Deciders.RECORD_APPOINTMENT, appointment(id, D, held, AppointmentStatus.NO_SHOW)),
        RefusalCode.APPOINTMENT_ALREADY_HELD, "appointment.id", "was already recorded as ATTENDED");

    AppointmentId planned = AppointmentId.random();
    accepted(engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(id).occurredOn(D)
        .appointment(Appointment.of(planned, D.plusDays(7), AppointmentStatus.PLANNED)).build()));
    assertKeeps(RefusalRules.APPOINTMENT_HELD_ONCE,
        contextOf(Deciders.RECORD_APPOINTMENT, appointment(id, D.plusDays(7), planned, AppointmentStatus.ATTENDED)));
  }

  @Test
  void anAppointmentsDayAgreesWithItsStatus() {
    BeneficiaryId id = accompanied(D);
    RecordAppointment heldLater = RecordAppointment.builder().beneficiaryId(id).occurredOn(D)
        .appointment(Appointment.of(AppointmentId.random(), D.plusDays(1), AppointmentStatus.ATTENDED)).build();
    assertRefuses(RefusalRules.APPOINTMENT_DATED_CONSISTENTLY, contextOf(Deciders.RECORD_APPOINTMENT, heldLater),
        RefusalCode.APPOINTMENT_DATE_INCONSISTENT, "appointment.scheduledOn", "held on or before the day it is recorded");
    RecordAppointment plannedInThePast = RecordAppointment.builder().beneficiaryId(id).occurredOn(D.plusDays(1))
        .appointment(Appointment.of(AppointmentId.random(), D, AppointmentStatus.PLANNED)).build();
    assertRefuses(RefusalRules.APPOINTMENT_DATED_CONSISTENTLY, contextOf(Deciders.RECORD_APPOINTMENT, plannedInThePast),
        RefusalCode.APPOINTMENT_DATE_INCONSISTENT, "appointment.scheduledOn", "a planned appointment cannot be in the past");

    assertKeeps(RefusalRules.APPOINTMENT_DATED_CONSISTENTLY,
        contextOf(Deciders.RECORD_APPOINTMENT, appointment(id, D, AppointmentId.random(), AppointmentStatus.ATTENDED)));
  }

  // ---------------------------------------------------------------- referrals

  @Test
  void aReferralIsToASchemeOfOneOfTheProgrammesPartners() {
    BeneficiaryId id = accompanied(D);
    assertRefuses(RefusalRules.SCHEME_OF_A_PARTNER, contextOf(Deciders.REFER, refer(id, D, SchemeId.of("no-such-scheme"))),
        RefusalCode.UNKNOWN_SCHEME, "schemeId", "provides scheme no-such-scheme");

    assertKeeps(RefusalRules.SCHEME_OF_A_PARTNER, contextOf(Deciders.REFER, refer(id, D, Fixtures.TEMP_JOBS)));
  }

  @Test
  void eachReferralHasItsOwnId() {
    BeneficiaryId id = accompanied(D);
    Refer first = refer(id, D, Fixtures.TEMP_JOBS);
    accepted(engine.refer(tenant, first));
    Refer sameId = Refer.builder().from(refer(id, D, Fixtures.QUALIFYING_TRAINING)).referralId(first.referralId()).build();
    assertRefuses(RefusalRules.NEW_REFERRAL_ID, contextOf(Deciders.REFER, sameId),
        RefusalCode.RECORD_ALREADY_EXISTS, "referralId", "give the new referral a new id");

    assertKeeps(RefusalRules.NEW_REFERRAL_ID, contextOf(Deciders.REFER, refer(id, D, Fixtures.QUALIFYING_TRAINING)));
  }

  @Test
  void anOutcomeIsForAReferralThePersonHas() {
    BeneficiaryId id = accompanied(D);
    Refer refer = refer(id, D, Fixtures.TEMP_JOBS);
    assertRefuses(RefusalRules.REFERRAL_KNOWN,
        contextOf(Deciders.RECORD_REFERRAL_OUTCOME, outcome(id, D, refer.referralId(), ReferralStatus.ACCEPTED)),
        RefusalCode.UNKNOWN_REFERRAL, "referralId", "has no referral " + refer.referralId());

    accepted(engine.refer(tenant, refer));
    assertKeeps(RefusalRules.REFERRAL_KNOWN,
        contextOf(Deciders.RECORD_REFERRAL_OUTCOME, outcome(id, D, refer.referralId(), ReferralStatus.ACCEPTED)));
  }

  @Test
  void aReferralsStatusMovesOnlyForward() {
    BeneficiaryId id = accompanied(D);
    Refer refer = refer(id, D, Fixtures.TEMP_JOBS);
    accepted(engine.refer(tenant, refer));
    accepted(engine.recordReferralOutcome(tenant, outcome(id, D, refer.referralId(), ReferralStatus.DECLINED)));
    assertRefuses(RefusalRules.REFERRAL_STATUS_MOVES_FORWARD,
        contextOf(Deciders.RECORD_REFERRAL_OUTCOME, outcome(id, D, refer.referralId(), ReferralStatus.STARTED)),
        RefusalCode.REFERRAL_STATUS_NOT_ALLOWED, "status", "is DECLINED: it cannot become STARTED");

    Refer second = refer(id, D, Fixtures.QUALIFYING_TRAINING);
    accepted(engine.refer(tenant, second));
    assertKeeps(RefusalRules.REFERRAL_STATUS_MOVES_FORWARD,
        contextOf(Deciders.RECORD_REFERRAL_OUTCOME, outcome(id, D, second.referralId(), ReferralStatus.STARTED)));
  }

  // ---------------------------------------------------------------- status at entry

  @Test
  void theStatusAtEntryFollowsTheWelcome() {
    BeneficiaryId id = captured(D);
    assertRefuses(RefusalRules.WELCOMED_BEFORE_ENTRY_STATUS, contextOf(Deciders.RECORD_ENTRY_STATUS, entryStatus(id, D)),
        RefusalCode.NOT_YET_WELCOMED, "beneficiaryId", "record the welcome before the status at entry");

    accepted(engine.welcome(tenant, welcome(id, D)));
    assertKeeps(RefusalRules.WELCOMED_BEFORE_ENTRY_STATUS, contextOf(Deciders.RECORD_ENTRY_STATUS, entryStatus(id, D)));
  }

  @Test
  void aPersonHasOneStatusAtEntry() {
    BeneficiaryId id = welcomed(D);
    assertKeeps(RefusalRules.ONE_ENTRY_STATUS, contextOf(Deciders.RECORD_ENTRY_STATUS, entryStatus(id, D)));

    accepted(engine.recordEntryStatus(tenant, entryStatus(id, D)));
    assertRefuses(RefusalRules.ONE_ENTRY_STATUS, contextOf(Deciders.RECORD_ENTRY_STATUS, entryStatus(id, D)),
        RefusalCode.ENTRY_STATUS_ALREADY_RECORDED, "entryStatus", "a person has exactly one entry status");
  }

  // ---------------------------------------------------------------- follow-ups

  @Test
  void aFollowUpComesAfterAnExit() {
    BeneficiaryId id = accompanied(D);
    assertRefuses(RefusalRules.EXIT_BEFORE_FOLLOW_UP,
        contextOf(Deciders.RECORD_FOLLOW_UP, followUp(id, FollowUpMoment.AT_EXIT, D)),
        RefusalCode.NO_EXIT_RECORDED, "beneficiaryId", "record the exit before following it up");

    accepted(engine.recordExit(tenant, exit(id, D)));
    assertKeeps(RefusalRules.EXIT_BEFORE_FOLLOW_UP, contextOf(Deciders.RECORD_FOLLOW_UP, followUp(id, FollowUpMoment.AT_EXIT, D)));
  }

  @Test
  void aFollowUpIsObservedOnOrAfterTheExit() {
    BeneficiaryId id = accompanied(D);
    accepted(engine.recordExit(tenant, exit(id, D.plusDays(3))));
    assertRefuses(RefusalRules.FOLLOW_UP_ON_OR_AFTER_EXIT,
        contextOf(Deciders.RECORD_FOLLOW_UP, followUp(id, FollowUpMoment.WITHIN_FOUR_WEEKS, D.plusDays(2))),
        RefusalCode.FOLLOW_UP_BEFORE_EXIT, "followUp.observedOn", "before their exit on " + D.plusDays(3));

    assertKeeps(RefusalRules.FOLLOW_UP_ON_OR_AFTER_EXIT,
        contextOf(Deciders.RECORD_FOLLOW_UP, followUp(id, FollowUpMoment.WITHIN_FOUR_WEEKS, D.plusDays(3))));
  }

  @Test
  void aFollowUpIsObservedWithinItsMomentsWindow() {
    BeneficiaryId id = accompanied(D);
    accepted(engine.recordExit(tenant, exit(id, D)));
    assertRefuses(RefusalRules.FOLLOW_UP_WITHIN_ITS_WINDOW,
        contextOf(Deciders.RECORD_FOLLOW_UP, followUp(id, FollowUpMoment.SIX_MONTHS, D.plusMonths(2))),
        RefusalCode.FOLLOW_UP_OUTSIDE_WINDOW, "followUp.moment",
        "must be observed from " + D.plusMonths(6) + " to " + D.plusMonths(7));

    assertKeeps(RefusalRules.FOLLOW_UP_WITHIN_ITS_WINDOW,
        contextOf(Deciders.RECORD_FOLLOW_UP, followUp(id, FollowUpMoment.SIX_MONTHS, D.plusMonths(6))));
  }

  @Test
  void everyRefusalOfAPathwayCommandIsANamedRule() throws IllegalAccessException {
    Set<RefusalCode> byRules = EnumSet.noneOf(RefusalCode.class);
    Set<String> names = new HashSet<>();
    List<RefusalRule<?>> rules = new ArrayList<>(List.of(
        RefusalRules.outreachEventRecorded(Capture::contact), RefusalRules.contactAtAProgrammeSite(Capture::contact),
        RefusalRules.contactThroughAProgrammePartner(Capture::contact),
        RefusalRules.<RecordSituation>situationAnswersDeclared(c -> Optional.of(c.situation()), "situation")));
    for (Class<?> holder : List.of(RefusalRules.class, CorrectionRules.class)) {
      for (Field field : holder.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == RefusalRule.class) {
          rules.add((RefusalRule<?>) field.get(null));
        }
      }
    }
    for (RefusalRule<?> rule : rules) {
      byRules.add(rule.code());
      assertThat(names.add(rule.name())).as("a second rule named '%s'", rule.name()).isTrue();
    }

    // The others are refusals of indicator reports, and of the personal-data lifecycle's commands
    // (PersonalDataRecords), not of pathway commands.
    assertThat(byRules).isEqualTo(EnumSet.complementOf(EnumSet.of(RefusalCode.PERIOD_ENDS_BEFORE_START, RefusalCode.CURRENCY_MISMATCH,
        RefusalCode.CONSENT_NOT_IN_FORCE)));
  }

  // ---------------------------------------------------------------- the situations

  private <C extends PathwayCommand> CommandContext<C> contextOf(Decider<C> decider, C command) {
    return contextOf(decider, command, engine.pathwayModel());
  }

  /** The context the pipeline would give {@code decider}'s rules for {@code command}, now. */
  private <C extends PathwayCommand> CommandContext<C> contextOf(Decider<C> decider, C command, PathwayModel model) {
    Optional<Pathway> pathway = engine.pathway(tenant, command.beneficiaryId());
    Optional<ProgrammeId> programmeId = decider.programmeOf(command, pathway);
    Optional<Programme> programme = programmeId.flatMap(id -> engine.programme(tenant, id));
    return new CommandContext<>(tenant, command, storage.pathways().events(tenant, command.beneficiaryId()), pathway,
        programmeId, programme, model, TODAY,
        CommandContext.Lookups.of(storage), decider.dateField(), decider.move(command));
  }

  private static <C extends PathwayCommand> Refusal assertRefuses(
      RefusalRule<? super C> rule, CommandContext<C> context, RefusalCode code, String field, String saying) {
    assertThat(rule.code()).as("the rule's declared code").isEqualTo(code);
    Refusal refusal = rule.check(context).orElseThrow(() -> new AssertionError(rule + " kept " + context.command()));
    assertThat(refusal.code()).isEqualTo(code);
    assertThat(refusal.field()).isEqualTo(field);
    assertThat(refusal.message()).contains(saying);
    return refusal;
  }

  private static <C extends PathwayCommand> void assertKeeps(RefusalRule<? super C> rule, CommandContext<C> context) {
    assertThat(rule.check(context)).as("%s on %s", rule, context.command()).isEmpty();
  }

  private static void accepted(CommandResult result) {
    assertThat(result.refusal()).as("the refusal of a step that sets the situation up").isEmpty();
  }

  private BeneficiaryId captured(LocalDate on) {
    BeneficiaryId id = BeneficiaryId.random();
    accepted(engine.capture(tenant, Fixtures.capture(id, on)));
    return id;
  }

  private BeneficiaryId welcomed(LocalDate on) {
    BeneficiaryId id = captured(on);
    accepted(engine.welcome(tenant, welcome(id, on)));
    return id;
  }

  private BeneficiaryId accompanied(LocalDate on) {
    BeneficiaryId id = welcomed(on);
    accepted(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(on).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build()));
    accepted(engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(id).occurredOn(on).build()));
    return id;
  }

  private static Capture withKey(Capture capture, PersonalDetails details, MatchingKey key) {
    return Capture.builder().from(capture).personalDetails(details).matchingKey(key).build();
  }

  private static Welcome welcome(BeneficiaryId id, LocalDate on) {
    return Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(on).build();
  }

  private static RecordContact contact(BeneficiaryId id, Contact contact) {
    return RecordContact.builder().beneficiaryId(id).contact(contact).build();
  }

  private static Orient orient(BeneficiaryId id, LocalDate on) {
    return Orient.builder().beneficiaryId(id).occurredOn(on).orientation(Orientation.DIRECT_REFERRAL).build();
  }

  private static Refer refer(BeneficiaryId id, LocalDate on, SchemeId scheme) {
    return Refer.builder().commandId(CommandId.random()).beneficiaryId(id).occurredOn(on).referralId(ReferralId.random())
        .schemeId(scheme).build();
  }

  private static RecordReferralOutcome outcome(BeneficiaryId id, LocalDate on, ReferralId referral, ReferralStatus status) {
    return RecordReferralOutcome.builder().beneficiaryId(id).occurredOn(on).referralId(referral).status(status).build();
  }

  private static RecordAppointment appointment(BeneficiaryId id, LocalDate on, AppointmentId appointment, AppointmentStatus status) {
    return RecordAppointment.builder().beneficiaryId(id).occurredOn(on).appointment(Appointment.of(appointment, on, status)).build();
  }

  private static RecordExit exit(BeneficiaryId id, LocalDate on) {
    return RecordExit.builder().beneficiaryId(id).occurredOn(on).reason(ExitReason.MAINSTREAM_SCHEME)
        .situation(Situation.builder().registeredWithPublicEmploymentService(true).build()).build();
  }

  private static RecordEntryStatus entryStatus(BeneficiaryId id, LocalDate on) {
    return RecordEntryStatus.builder().beneficiaryId(id).occurredOn(on)
        .entryStatus(EntryStatus.builder().labourMarketStatus(LabourMarketStatus.LONG_TERM_UNEMPLOYED).build()).build();
  }

  private static RecordFollowUp followUp(BeneficiaryId id, FollowUpMoment moment, LocalDate on) {
    return RecordFollowUp.builder().beneficiaryId(id)
        .followUp(FollowUp.builder().moment(moment).observedOn(on).inEducationOrTraining(true).build()).build();
  }
}
