package eu.projectresolution.mobilisation.engine;

import static eu.projectresolution.mobilisation.engine.RefusalRules.APPOINTMENT_AT_AN_APPOINTMENT_STAGE;
import static eu.projectresolution.mobilisation.engine.RefusalRules.APPOINTMENT_DATED_CONSISTENTLY;
import static eu.projectresolution.mobilisation.engine.RefusalRules.APPOINTMENT_HELD_ONCE;
import static eu.projectresolution.mobilisation.engine.RefusalRules.CAPTURED_ONCE;
import static eu.projectresolution.mobilisation.engine.RefusalRules.EXIT_BEFORE_FOLLOW_UP;
import static eu.projectresolution.mobilisation.engine.RefusalRules.FOLLOW_UP_AT_A_DECLARED_MOMENT;
import static eu.projectresolution.mobilisation.engine.RefusalRules.FOLLOW_UP_ON_OR_AFTER_EXIT;
import static eu.projectresolution.mobilisation.engine.RefusalRules.FOLLOW_UP_WITHIN_ITS_WINDOW;
import static eu.projectresolution.mobilisation.engine.RefusalRules.IN_THE_ORDER_IT_HAPPENED;
import static eu.projectresolution.mobilisation.engine.RefusalRules.NEW_REFERRAL_ID;
import static eu.projectresolution.mobilisation.engine.RefusalRules.NOT_IN_THE_FUTURE;
import static eu.projectresolution.mobilisation.engine.RefusalRules.ONE_ENTRY_STATUS;
import static eu.projectresolution.mobilisation.engine.RefusalRules.ONE_PERSON_PER_MATCHING_KEY;
import static eu.projectresolution.mobilisation.engine.RefusalRules.PARTNER_STEP_AT_A_PROGRAMME_SITE;
import static eu.projectresolution.mobilisation.engine.RefusalRules.REFERRAL_KNOWN;
import static eu.projectresolution.mobilisation.engine.RefusalRules.REFERRAL_STATUS_MOVES_FORWARD;
import static eu.projectresolution.mobilisation.engine.RefusalRules.SCHEME_OF_A_PARTNER;
import static eu.projectresolution.mobilisation.engine.RefusalRules.WELCOMED_AT_A_PROGRAMME_SITE;
import static eu.projectresolution.mobilisation.engine.RefusalRules.WELCOMED_BEFORE_ENTRY_STATUS;
import static eu.projectresolution.mobilisation.engine.RefusalRules.contactAtAProgrammeSite;
import static eu.projectresolution.mobilisation.engine.RefusalRules.contactThroughAProgrammePartner;
import static eu.projectresolution.mobilisation.engine.RefusalRules.outreachEventRecorded;
import static eu.projectresolution.mobilisation.engine.RefusalRules.situationAnswersDeclared;

import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.pathway.Corrections;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.privacy.SpecialCategoriesApart;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decider of each kind of pathway command: which rules it passes and which event it records. Read
 * one constant to know everything the engine checks for that command; the rules themselves are in
 * {@link RefusalRules}, the pipeline that runs them in {@link CommandPipeline}.
 */
final class Deciders {
  private Deciders() {}

  static final Decider<Capture> CAPTURE =
      Decider.<Capture>named("capture")
          .startsPathwayFor(Capture::programmeId, CAPTURED_ONCE, ONE_PERSON_PER_MATCHING_KEY)
          .datedBy("contact.on")
          .refusedBy(outreachEventRecorded(Capture::contact), contactAtAProgrammeSite(Capture::contact),
              contactThroughAProgrammePartner(Capture::contact))
          .matchingKey(Capture::matchingKey)
          .appendedAs((command, version, events) -> command.personalDetails().isPresent()
              ? Pathways.Append.capture(command.beneficiaryId(), events, command.personalDetails().get(), command.matchingKey())
              : Pathways.Append.of(command.beneficiaryId(), ExpectedVersion.atVersion(version), events))
          .records((h, c) -> PathwayEvents.Captured.of(h, c.programmeId(), c.profile(), c.contact()));

  static final Decider<RecordContact> RECORD_CONTACT =
      Decider.<RecordContact>named("recordContact")
          .datedBy("contact.on")
          .refusedBy(outreachEventRecorded(RecordContact::contact), contactAtAProgrammeSite(RecordContact::contact),
              contactThroughAProgrammePartner(RecordContact::contact))
          .records((h, c) -> PathwayEvents.ContactRecorded.of(h, c.contact()));

  static final Decider<Welcome> WELCOME =
      Decider.<Welcome>named("welcome")
          .refusedBy(WELCOMED_AT_A_PROGRAMME_SITE, situationAnswersDeclared(Welcome::situation, "situation"))
          .moves(Step.WELCOME)
          .records((h, c) -> PathwayEvents.Welcomed.of(h, c.siteId(), c.situation()));

  static final Decider<Orient> ORIENT =
      Decider.<Orient>named("orient")
          .moves(Step.ORIENTATION)
          .records((h, c) -> PathwayEvents.Oriented.of(h, c.orientation()));

  static final Decider<StartAccompaniment> START_ACCOMPANIMENT =
      Decider.<StartAccompaniment>named("startAccompaniment")
          .moves(Step.ACCOMPANIMENT)
          .records((h, c) -> PathwayEvents.AccompanimentStarted.of(h));

  static final Decider<RecordAppointment> RECORD_APPOINTMENT =
      Decider.<RecordAppointment>named("recordAppointment")
          .refusedBy(APPOINTMENT_AT_AN_APPOINTMENT_STAGE, APPOINTMENT_HELD_ONCE, APPOINTMENT_DATED_CONSISTENTLY)
          .records((h, c) -> PathwayEvents.AppointmentRecorded.of(h, c.appointment()));

  static final Decider<Refer> REFER =
      Decider.<Refer>named("refer")
          .refusedBy(SCHEME_OF_A_PARTNER, NEW_REFERRAL_ID)
          .moves(Step.REFERRAL)
          .records((h, c) -> PathwayEvents.Referred.of(h, c.referralId(), c.schemeId()));

  static final Decider<RecordReferralOutcome> RECORD_REFERRAL_OUTCOME =
      Decider.<RecordReferralOutcome>named("recordReferralOutcome")
          .refusedBy(REFERRAL_KNOWN, REFERRAL_STATUS_MOVES_FORWARD)
          .records((h, c) -> PathwayEvents.ReferralStatusRecorded.of(h, c.referralId(), c.status()));

  static final Decider<RecordExit> RECORD_EXIT =
      Decider.<RecordExit>named("recordExit")
          .refusedBy(situationAnswersDeclared(c -> Optional.of(c.situation()), "situation"))
          .moves(Step.EXIT)
          .records((h, c) -> PathwayEvents.Exited.of(h, c.reason(), c.situation(), c.circumstance()));

  static final Decider<RecordEntryStatus> RECORD_ENTRY_STATUS =
      Decider.<RecordEntryStatus>named("recordEntryStatus")
          .refusedBy(WELCOMED_BEFORE_ENTRY_STATUS, ONE_ENTRY_STATUS)
          .records((h, c) -> PathwayEvents.EntryStatusRecorded.of(h, c.entryStatus()));

  /**
   * Follow-ups are observed after the exit, often after the programme has ended: their own window
   * replaces the programme's period.
   */
  static final Decider<RecordFollowUp> RECORD_FOLLOW_UP =
      Decider.<RecordFollowUp>named("recordFollowUp")
          .datedBy("followUp.observedOn")
          .dayRules(EXIT_BEFORE_FOLLOW_UP, FOLLOW_UP_ON_OR_AFTER_EXIT, FOLLOW_UP_AT_A_DECLARED_MOMENT,
              FOLLOW_UP_WITHIN_ITS_WINDOW,
              NOT_IN_THE_FUTURE, IN_THE_ORDER_IT_HAPPENED)
          .recordsAfter((h, ctx) -> PathwayEvents.FollowUpRecorded.of(
              h, ctx.capturedPathway().latestExit().orElseThrow().on(), ctx.command().followUp()));

  static final Decider<RecordLostContact> RECORD_LOST_CONTACT =
      Decider.<RecordLostContact>named("recordLostContact")
          .moves(Step.LOST_CONTACT)
          .records((h, c) -> PathwayEvents.ContactLost.of(h));

  static final Decider<RecordDropOut> RECORD_DROP_OUT =
      Decider.<RecordDropOut>named("recordDropOut")
          .moves(Step.DROP_OUT)
          .records((h, c) -> PathwayEvents.DroppedOut.of(h));

  /** A partner's own step moves the pathway to the stage the model declares for it. */
  static final Decider<RecordPartnerStep> RECORD_PARTNER_STEP =
      Decider.<RecordPartnerStep>named("recordPartnerStep")
          .refusedBy(PARTNER_STEP_AT_A_PROGRAMME_SITE)
          .movesBy(RecordPartnerStep::step)
          .records((h, c) -> PathwayEvents.PartnerStepRecorded.of(h, c.step(), c.site(), c.note()));

  static final Decider<RecordSatisfaction> RECORD_SATISFACTION =
      Decider.<RecordSatisfaction>named("recordSatisfaction")
          .records((h, c) -> PathwayEvents.SatisfactionRecorded.of(h, c.response()));

  static final Decider<RecordSituation> RECORD_SITUATION =
      Decider.<RecordSituation>named("recordSituation")
          .refusedBy(situationAnswersDeclared(c -> Optional.of(c.situation()), "situation"))
          .records((h, c) -> PathwayEvents.SituationObserved.of(h, c.situation()));

  static final Decider<UpdateProfile> UPDATE_PROFILE =
      Decider.<UpdateProfile>named("updateProfile")
          .records((h, c) -> PathwayEvents.ProfileUpdated.of(h, c.profile()));

  /**
   * Corrections are made after the fact, often after the programme has ended: their own day is not
   * checked against the programme's period (the corrected day is).
   */
  static final Decider<CorrectEvent> CORRECT_EVENT =
      Decider.<CorrectEvent>named("correctEvent")
          .dayRules(NOT_IN_THE_FUTURE, IN_THE_ORDER_IT_HAPPENED)
          .refusedBy(CorrectionRules.EVENT_TO_CORRECT_RECORDED, CorrectionRules.CORRECTION_OF_THE_RIGHT_KIND,
              CorrectionRules.CORRECTED_DAY_IN_ORDER, CorrectionRules.CORRECTED_SITE_OF_THE_PROGRAMME,
              CorrectionRules.CORRECTED_OUTCOME_FOLLOWS_THE_REFERRAL)
          .recordsAfter((h, ctx) -> Corrections.EventCorrected.of(h, ctx.command().correctedVersion(),
              ctx.command().correction().applyTo(CorrectionRules.original(ctx)).orElseThrow(), ctx.command().reason()));

  static final Decider<VoidEvent> VOID_EVENT =
      Decider.<VoidEvent>named("voidEvent")
          .dayRules(NOT_IN_THE_FUTURE, IN_THE_ORDER_IT_HAPPENED)
          .refusedBy(CorrectionRules.EVENT_TO_VOID_RECORDED, CorrectionRules.VOIDABLE)
          .stageAfter(CorrectionRules::stageWithout)
          .recordsAfter((h, ctx) -> Corrections.EventVoided.of(h, ctx.command().voidedVersion(), ctx.command().reason()));

  /** {@code command} with its kind's decider. */
  static Bound<?> of(PathwayCommand command) {
    return command.accept(BIND);
  }

  /** A command with the decider of its kind. */
  record Bound<C extends PathwayCommand>(Decider<C> decider, C command) {
    boolean startsPathway() {
      return decider.startsPathway();
    }

    /** The programme the command names (a capture's), before any pathway is read; empty for the others. */
    Optional<ProgrammeId> programmeNamed() {
      return decider.programmeOf(command, Optional.empty());
    }

    Optional<MatchingKey> matchingKey() {
      return decider.matchingKey(command);
    }

    /**
     * The append of the decided events, as they are stored: without their special-category answers,
     * which go with it to the personal-data store.
     */
    Pathways.Append append(long version, List<PathwayEvent> events) {
      Pathways.Append append = decider.append(command, version, events);
      List<PathwayEvent> stored = new ArrayList<>(events.size());
      List<SpecialCategoryAnswer> answers = new ArrayList<>();
      for (PathwayEvent event : events) {
        SpecialCategoriesApart.Split split = SpecialCategoriesApart.split(event);
        stored.add(split.event());
        answers.addAll(split.answers());
      }
      return answers.isEmpty() ? append : append.withAnswersApart(stored, answers);
    }
  }

  private static final PathwayCommand.Visitor<Bound<?>> BIND =
      new PathwayCommand.Visitor<>() {
        @Override
        public Bound<?> visit(Capture command) {
          return new Bound<>(CAPTURE, command);
        }

        @Override
        public Bound<?> visit(RecordContact command) {
          return new Bound<>(RECORD_CONTACT, command);
        }

        @Override
        public Bound<?> visit(Welcome command) {
          return new Bound<>(WELCOME, command);
        }

        @Override
        public Bound<?> visit(Orient command) {
          return new Bound<>(ORIENT, command);
        }

        @Override
        public Bound<?> visit(StartAccompaniment command) {
          return new Bound<>(START_ACCOMPANIMENT, command);
        }

        @Override
        public Bound<?> visit(RecordAppointment command) {
          return new Bound<>(RECORD_APPOINTMENT, command);
        }

        @Override
        public Bound<?> visit(Refer command) {
          return new Bound<>(REFER, command);
        }

        @Override
        public Bound<?> visit(RecordReferralOutcome command) {
          return new Bound<>(RECORD_REFERRAL_OUTCOME, command);
        }

        @Override
        public Bound<?> visit(RecordExit command) {
          return new Bound<>(RECORD_EXIT, command);
        }

        @Override
        public Bound<?> visit(RecordEntryStatus command) {
          return new Bound<>(RECORD_ENTRY_STATUS, command);
        }

        @Override
        public Bound<?> visit(RecordFollowUp command) {
          return new Bound<>(RECORD_FOLLOW_UP, command);
        }

        @Override
        public Bound<?> visit(RecordLostContact command) {
          return new Bound<>(RECORD_LOST_CONTACT, command);
        }

        @Override
        public Bound<?> visit(RecordDropOut command) {
          return new Bound<>(RECORD_DROP_OUT, command);
        }

        @Override
        public Bound<?> visit(RecordPartnerStep command) {
          return new Bound<>(RECORD_PARTNER_STEP, command);
        }

        @Override
        public Bound<?> visit(RecordSatisfaction command) {
          return new Bound<>(RECORD_SATISFACTION, command);
        }

        @Override
        public Bound<?> visit(RecordSituation command) {
          return new Bound<>(RECORD_SITUATION, command);
        }

        @Override
        public Bound<?> visit(UpdateProfile command) {
          return new Bound<>(UPDATE_PROFILE, command);
        }

        @Override
        public Bound<?> visit(CorrectEvent command) {
          return new Bound<>(CORRECT_EVENT, command);
        }

        @Override
        public Bound<?> visit(VoidEvent command) {
          return new Bound<>(VOID_EVENT, command);
        }
      };
}
