package eu.projectresolution.mobilisation.engine;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.programme.SituationAnswer;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.PartnerStep;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.PathwayStep;
import eu.projectresolution.mobilisation.pathway.Referral;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.programme.FollowUpWindow;
import eu.projectresolution.mobilisation.programme.Programme;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

// Over 400 lines: every rule by which a pathway command can be refused, in one list that reads top to
// bottom beside Deciders; split by command, the rules several commands share (the day, the model, the
// sites) would have no home of their own.
/**
 * Every rule by which the engine refuses a pathway command, each a named value with its refusal code.
 * Where a rule of the SIPA practice lives: the order of the stages ("a referral needs an orientation
 * first") is the {@link PathwayModel}'s, checked by {@link #MOVE_ALLOWED_BY_THE_MODEL}; everything else
 * a command must respect is here. {@link Deciders} says which rules each command passes, in order.
 */
final class RefusalRules {
  private RefusalRules() {}

  // ---------------------------------------------------------------- whose pathway

  /** A command other than a capture needs the person captured first. */
  static final RefusalRule<PathwayCommand> CAPTURED_FIRST =
      RefusalRule.of("a person is captured before anything else is recorded", RefusalCode.UNKNOWN_BENEFICIARY,
          ctx -> refuseIf(ctx.pathway().isEmpty(), RefusalCode.UNKNOWN_BENEFICIARY,
              () -> "No pathway is recorded for beneficiary " + ctx.beneficiary() + ": capture the person first",
              "beneficiaryId"));

  /** A person is captured once; met again, they get a new contact. */
  static final RefusalRule<Capture> CAPTURED_ONCE =
      RefusalRule.of("a person is captured once", RefusalCode.BENEFICIARY_ALREADY_CAPTURED,
          ctx -> ctx.pathway().map(pathway -> Refusal.of(RefusalCode.BENEFICIARY_ALREADY_CAPTURED,
              "Beneficiary " + ctx.beneficiary() + " is already captured (stage '" + pathway.stage()
                  + "'): record a new contact instead of a new capture",
              "beneficiaryId")));

  /** A capture whose matching key another person holds is that person met again. */
  static final RefusalRule<Capture> ONE_PERSON_PER_MATCHING_KEY =
      RefusalRule.of("one person per matching key", RefusalCode.BENEFICIARY_ALREADY_CAPTURED,
          ctx -> ctx.command().matchingKey()
              .flatMap(key -> ctx.lookups().recognisedBy(ctx.tenant(), key))
              .filter(known -> !known.equals(ctx.beneficiary()))
              .map(known -> alreadyKnown(ctx.command(), known)));

  /** The refusal of {@code capture}, whose matching key {@code known} already holds. */
  static Refusal alreadyKnown(PathwayCommand capture, BeneficiaryId known) {
    return Refusal.of(RefusalCode.BENEFICIARY_ALREADY_CAPTURED,
        "The person captured as beneficiary " + capture.beneficiaryId() + " is already known as beneficiary " + known
            + " (same matching key): record a new contact for " + known + " instead of a new capture",
        "matchingKey");
  }

  /** Records are kept for a registered programme. */
  static final RefusalRule<PathwayCommand> PROGRAMME_REGISTERED =
      RefusalRule.of("the programme is registered", RefusalCode.UNKNOWN_PROGRAMME,
          ctx -> ctx.programmeFound().isPresent() ? Optional.empty()
              : Optional.of(Refusal.of(RefusalCode.UNKNOWN_PROGRAMME,
                  "No programme " + ctx.programmeId() + " is registered: register it before recording beneficiary "
                      + ctx.beneficiary(),
                  "programmeId")));

  // ---------------------------------------------------------------- the day

  /** Nothing is recorded ahead of time. */
  static final RefusalRule<PathwayCommand> NOT_IN_THE_FUTURE =
      RefusalRule.of("nothing is recorded ahead of time", RefusalCode.DATE_IN_FUTURE,
          ctx -> RecordChecks.notInFuture(ctx.command().occurredOn(), ctx.today(), ctx.who(), ctx.dateField()));

  /** What happens in a programme happens during its period. */
  static final RefusalRule<PathwayCommand> WITHIN_THE_PROGRAMME =
      RefusalRule.of("it happens during the programme", RefusalCode.OUTSIDE_PROGRAMME_PERIOD,
          ctx -> RecordChecks.withinProgramme(ctx.programme(), ctx.command().occurredOn(), ctx.who(), ctx.dateField()));

  /** A pathway's events are recorded in the order they happened. */
  static final RefusalRule<PathwayCommand> IN_THE_ORDER_IT_HAPPENED =
      RefusalRule.of("events are recorded in the order they happened", RefusalCode.DATE_BEFORE_PREVIOUS_EVENT,
          ctx -> RecordChecks.notBeforePreviousEvent(
              ctx.command().occurredOn(), ctx.pathway().map(Pathway::lastEventOn), ctx.who(), ctx.dateField()));

  // ---------------------------------------------------------------- contacts and sites

  /** A contact made at an outreach event names an event recorded for the programme. */
  static <C extends PathwayCommand> RefusalRule<C> outreachEventRecorded(Function<C, Contact> contactOf) {
    return RefusalRule.of("a contact's outreach event is recorded for the programme", RefusalCode.UNKNOWN_OUTREACH_EVENT,
        ctx -> {
          Optional<OutreachEventId> event = contactOf.apply(ctx.command()).outreachEvent();
          return refuseIf(
              event.isPresent() && !ctx.lookups().outreachEventOf(ctx.tenant(), ctx.programme().id(), event.get()),
              RefusalCode.UNKNOWN_OUTREACH_EVENT,
              () -> "No outreach event " + event.orElse(null) + " is recorded for programme " + ctx.programme().id()
                  + ": record the event before the contacts made there",
              "contact.outreachEvent");
        });
  }

  /** A contact made at a site names one of the programme's sites. */
  static <C extends PathwayCommand> RefusalRule<C> contactAtAProgrammeSite(Function<C, Contact> contactOf) {
    return RefusalRule.of("a contact's site is one of the programme's", RefusalCode.UNKNOWN_SITE,
        ctx -> contactOf.apply(ctx.command()).site()
            .filter(site -> ctx.programme().site(site).isEmpty())
            .map(site -> Refusal.of(RefusalCode.UNKNOWN_SITE,
                "Programme " + ctx.programme().id() + " has no site " + site, "contact.site")));
  }

  /** A contact made through a partner names one of the programme's partners. */
  static <C extends PathwayCommand> RefusalRule<C> contactThroughAProgrammePartner(Function<C, Contact> contactOf) {
    return RefusalRule.of("a contact's partner is one of the programme's", RefusalCode.UNKNOWN_PARTNER,
        ctx -> RecordChecks.partner(ctx.programme(), contactOf.apply(ctx.command()).partner(), "contact.partner"));
  }

  /** A person is welcomed at one of the programme's sites. */
  static final RefusalRule<Welcome> WELCOMED_AT_A_PROGRAMME_SITE =
      RefusalRule.of("a person is welcomed at one of the programme's sites", RefusalCode.UNKNOWN_SITE,
          ctx -> refuseIf(ctx.programme().site(ctx.command().siteId()).isEmpty(), RefusalCode.UNKNOWN_SITE,
              () -> "Programme " + ctx.programme().id() + " has no site " + ctx.command().siteId()
                  + ": welcome beneficiary " + ctx.beneficiary() + " at one of its sites",
              "siteId"));

  // ---------------------------------------------------------------- moving along the pathway

  /**
   * The pathway model has a stage for the step: a built-in step the model maps, or a partner step it
   * declares (a partner step it does not declare is refused on the command's field {@code step}).
   */
  static final RefusalRule<PathwayCommand> STEP_IN_THE_MODEL =
      RefusalRule.of("the pathway model has a stage for the step", RefusalCode.STEP_NOT_IN_MODEL,
          ctx -> {
            PathwayStep step = ctx.move().orElseThrow();
            PathwayModel model = ctx.model();
            if (model.stageFor(step).isPresent()) {
              return Optional.empty();
            }
            if (step instanceof PartnerStep partner) {
              String declared = model.partnerSteps().isEmpty()
                  ? " (it declares none): declare it in pathwayModel.partnerSteps before recording it for beneficiary "
                      + ctx.beneficiary()
                  : ": record one of its partner steps (" + quotedSteps(model.partnerSteps().keySet())
                      + ") for beneficiary " + ctx.beneficiary() + ", or declare '" + partner
                      + "' in pathwayModel.partnerSteps";
              return Optional.of(Refusal.of(RefusalCode.STEP_NOT_IN_MODEL,
                  "The pathway model '" + model.name() + "' declares no partner step '" + partner + "'" + declared,
                  "step"));
            }
            return Optional.of(Refusal.of(RefusalCode.STEP_NOT_IN_MODEL,
                "The pathway model '" + model.name() + "' has no stage for step " + step
                    + ": beneficiary " + ctx.beneficiary() + " cannot be recorded there",
                "beneficiaryId"));
          });

  /** An exit is recorded once; a re-entry (a new welcome) comes before another exit. */
  static final RefusalRule<PathwayCommand> ONE_EXIT_AT_A_TIME =
      RefusalRule.of("an exit is recorded once until the person re-enters", RefusalCode.EXIT_ALREADY_RECORDED,
          ctx -> {
            Stage from = ctx.stage();
            Stage target = ctx.model().stageFor(ctx.move().orElseThrow()).orElseThrow();
            return refuseIf(
                ctx.move().get() == Step.EXIT && ctx.model().isClosed(from) && from.equals(target),
                RefusalCode.EXIT_ALREADY_RECORDED,
                () -> "Beneficiary " + ctx.beneficiary() + " already exited (stage '" + from + "'): welcome them again "
                    + "(re-entry) before recording another exit",
                "beneficiaryId");
          });

  /**
   * The pathway moves only as the model allows: in SIPA's model, for example, a referral comes after
   * an orientation or during the accompaniment ({@link PathwayModel#sipa()}).
   */
  static final RefusalRule<PathwayCommand> MOVE_ALLOWED_BY_THE_MODEL =
      RefusalRule.of("the pathway moves only as its model allows", RefusalCode.TRANSITION_NOT_ALLOWED,
          ctx -> {
            PathwayModel model = ctx.model();
            Stage from = ctx.stage();
            Stage target = model.stageFor(ctx.move().orElseThrow()).orElseThrow();
            return refuseIf(!model.allows(from, target), RefusalCode.TRANSITION_NOT_ALLOWED,
                () -> "Beneficiary " + ctx.beneficiary() + " is at stage '" + from + "': the " + model.name()
                    + " model allows moving to '" + target + "' only from " + quoted(model.sourcesOf(target)),
                "beneficiaryId");
          });

  /** The rules of a command that moves the pathway by a step, in order. */
  static final List<RefusalRule<PathwayCommand>> MOVE =
      List.of(STEP_IN_THE_MODEL, ONE_EXIT_AT_A_TIME, MOVE_ALLOWED_BY_THE_MODEL);

  /** A partner step taken at a site names one of the programme's sites. */
  static final RefusalRule<RecordPartnerStep> PARTNER_STEP_AT_A_PROGRAMME_SITE =
      RefusalRule.of("a partner step's site is one of the programme's", RefusalCode.UNKNOWN_SITE,
          ctx -> ctx.command().site()
              .filter(site -> ctx.programme().site(site).isEmpty())
              .map(site -> Refusal.of(RefusalCode.UNKNOWN_SITE,
                  "Programme " + ctx.programme().id() + " has no site " + site + ": record the step of beneficiary "
                      + ctx.beneficiary() + " at one of its sites, or without a site",
                  "site")));

  // ---------------------------------------------------------------- appointments

  /** Appointments belong to the stages the model declares for them (the accompaniment, in SIPA). */
  static final RefusalRule<RecordAppointment> APPOINTMENT_AT_AN_APPOINTMENT_STAGE =
      RefusalRule.of("appointments are recorded at the model's appointment stages", RefusalCode.TRANSITION_NOT_ALLOWED,
          ctx -> refuseIf(!ctx.model().appointmentStages().contains(ctx.stage()), RefusalCode.TRANSITION_NOT_ALLOWED,
              () -> "Beneficiary " + ctx.beneficiary() + " is at stage '" + ctx.stage()
                  + "': appointments are recorded only at stage " + quoted(ctx.model().appointmentStages()),
              "appointment"));

  /** An appointment held (attended or missed) is not recorded again. */
  static final RefusalRule<RecordAppointment> APPOINTMENT_HELD_ONCE =
      RefusalRule.of("an appointment is held once", RefusalCode.APPOINTMENT_ALREADY_HELD,
          ctx -> {
            Appointment appointment = ctx.command().appointment();
            return ctx.capturedPathway().appointment(appointment.id())
                .filter(known -> known.status().held())
                .map(known -> Refusal.of(RefusalCode.APPOINTMENT_ALREADY_HELD,
                    "Appointment " + appointment.id() + " of beneficiary " + ctx.beneficiary()
                        + " was already recorded as " + known.status() + "; record a new appointment instead",
                    "appointment.id"));
          });

  /** A held appointment is dated on or before the day it is recorded; a planned one not before. */
  static final RefusalRule<RecordAppointment> APPOINTMENT_DATED_CONSISTENTLY =
      RefusalRule.of("an appointment's day agrees with its status", RefusalCode.APPOINTMENT_DATE_INCONSISTENT,
          ctx -> {
            RecordAppointment command = ctx.command();
            Appointment appointment = command.appointment();
            boolean held = appointment.status().held();
            return refuseIf(
                held && appointment.scheduledOn().isAfter(command.occurredOn())
                    || !held && appointment.scheduledOn().isBefore(command.occurredOn()),
                RefusalCode.APPOINTMENT_DATE_INCONSISTENT,
                () -> "Appointment " + appointment.id() + " of beneficiary " + ctx.beneficiary()
                    + " is scheduled on " + appointment.scheduledOn() + " but recorded as "
                    + appointment.status() + " on " + command.occurredOn()
                    + (held ? ": an appointment is held on or before the day it is recorded"
                        : ": a planned appointment cannot be in the past"),
                "appointment.scheduledOn");
          });

  // ---------------------------------------------------------------- referrals

  /** A person is referred to a scheme one of the programme's partners provides. */
  static final RefusalRule<Refer> SCHEME_OF_A_PARTNER =
      RefusalRule.of("a referral is to a scheme of one of the programme's partners", RefusalCode.UNKNOWN_SCHEME,
          ctx -> refuseIf(ctx.programme().scheme(ctx.command().schemeId()).isEmpty(), RefusalCode.UNKNOWN_SCHEME,
              () -> "No partner of programme " + ctx.programme().id() + " provides scheme " + ctx.command().schemeId()
                  + ": add it to a partner's schemes before referring beneficiary " + ctx.beneficiary(),
              "schemeId"));

  /** Each referral of a person has its own id. */
  static final RefusalRule<Refer> NEW_REFERRAL_ID =
      RefusalRule.of("each referral has its own id", RefusalCode.RECORD_ALREADY_EXISTS,
          ctx -> refuseIf(ctx.capturedPathway().referral(ctx.command().referralId()).isPresent(),
              RefusalCode.RECORD_ALREADY_EXISTS,
              () -> "Beneficiary " + ctx.beneficiary() + " already has a referral " + ctx.command().referralId()
                  + ": give the new referral a new id",
              "referralId"));

  /** An outcome is recorded for a referral the person has. */
  static final RefusalRule<RecordReferralOutcome> REFERRAL_KNOWN =
      RefusalRule.of("an outcome is for a referral the person has", RefusalCode.UNKNOWN_REFERRAL,
          ctx -> refuseIf(ctx.capturedPathway().referral(ctx.command().referralId()).isEmpty(),
              RefusalCode.UNKNOWN_REFERRAL,
              () -> "Beneficiary " + ctx.beneficiary() + " has no referral " + ctx.command().referralId(),
              "referralId"));

  /** A referral's status moves forward only (proposed, then accepted or declined, then started...). */
  static final RefusalRule<RecordReferralOutcome> REFERRAL_STATUS_MOVES_FORWARD =
      RefusalRule.of("a referral's status moves only forward", RefusalCode.REFERRAL_STATUS_NOT_ALLOWED,
          ctx -> {
            RecordReferralOutcome command = ctx.command();
            Referral referral = ctx.capturedPathway().referral(command.referralId()).orElseThrow();
            return refuseIf(!referral.status().canMoveTo(command.status()), RefusalCode.REFERRAL_STATUS_NOT_ALLOWED,
                () -> "Referral " + command.referralId() + " of beneficiary " + ctx.beneficiary() + " is "
                    + referral.status() + ": it cannot become " + command.status(),
                "status");
          });

  // ---------------------------------------------------------------- status at entry

  /** The status at entry is recorded once the person was welcomed. */
  static final RefusalRule<RecordEntryStatus> WELCOMED_BEFORE_ENTRY_STATUS =
      RefusalRule.of("the status at entry follows the welcome", RefusalCode.NOT_YET_WELCOMED,
          ctx -> {
            Optional<Stage> welcomed = ctx.model().stageFor(Step.WELCOME);
            return refuseIf(welcomed.isEmpty() || !ctx.capturedPathway().reached(welcomed.get()),
                RefusalCode.NOT_YET_WELCOMED,
                () -> "Beneficiary " + ctx.beneficiary() + " is at stage '" + ctx.stage()
                    + "' and was never welcomed: record the welcome before the status at entry",
                "beneficiaryId");
          });

  /** A person has exactly one status at entry. */
  static final RefusalRule<RecordEntryStatus> ONE_ENTRY_STATUS =
      RefusalRule.of("a person has one status at entry", RefusalCode.ENTRY_STATUS_ALREADY_RECORDED,
          ctx -> ctx.capturedPathway().entryStatus().map(status -> Refusal.of(RefusalCode.ENTRY_STATUS_ALREADY_RECORDED,
              "Beneficiary " + ctx.beneficiary() + " already has a status at entry ("
                  + status.labourMarketStatus() + "): a person has exactly one entry status",
              "entryStatus")));

  // ---------------------------------------------------------------- situations

  /**
   * A situation answers only the questions the programme declares ({@code Programme.situationAnswers}), so
   * that every answer given can count in the programme's before/after figures.
   */
  static <C extends PathwayCommand> RefusalRule<C> situationAnswersDeclared(
      Function<C, Optional<Situation>> situationOf, String field) {
    return RefusalRule.of("a situation answers the programme's own questions only", RefusalCode.SITUATION_ANSWER_NOT_DECLARED,
        ctx -> {
          Optional<String> unknown = situationOf.apply(ctx.command()).stream()
              .flatMap(situation -> situation.answers().keySet().stream())
              .filter(code -> ctx.programme().situationAnswers().stream().noneMatch(a -> a.code().equals(code)))
              .sorted()
              .findFirst();
          return refuseIf(unknown.isPresent(), RefusalCode.SITUATION_ANSWER_NOT_DECLARED,
              () -> "Programme " + ctx.programme().id() + " asks no question '" + unknown.orElseThrow()
                  + "' (its own questions: " + ctx.programme().situationAnswers().stream().map(SituationAnswer::code)
                      .sorted().collect(Collectors.joining(", ", "[", "]"))
                  + "): correct the answer's code, or declare the question in the programme's situationAnswers",
              field + ".answers");
        });
  }

  // ---------------------------------------------------------------- follow-ups

  /** A follow-up observes an exit: the exit comes first. */
  static final RefusalRule<RecordFollowUp> EXIT_BEFORE_FOLLOW_UP =
      RefusalRule.of("a follow-up comes after an exit", RefusalCode.NO_EXIT_RECORDED,
          ctx -> refuseIf(ctx.capturedPathway().latestExit().isEmpty(), RefusalCode.NO_EXIT_RECORDED,
              () -> "Beneficiary " + ctx.beneficiary() + " is at stage '" + ctx.stage()
                  + "' and has no recorded exit: record the exit before following it up",
              "beneficiaryId"));

  /** A follow-up is observed on or after the exit it follows. */
  static final RefusalRule<RecordFollowUp> FOLLOW_UP_ON_OR_AFTER_EXIT =
      RefusalRule.of("a follow-up is observed on or after the exit", RefusalCode.FOLLOW_UP_BEFORE_EXIT,
          ctx -> {
            LocalDate exitOn = latestExitOn(ctx);
            LocalDate day = ctx.command().followUp().observedOn();
            return refuseIf(day.isBefore(exitOn), RefusalCode.FOLLOW_UP_BEFORE_EXIT,
                () -> "The follow-up of beneficiary " + ctx.beneficiary() + " is dated " + day + ", before their exit on "
                    + exitOn + ": a follow-up is observed on or after the exit",
                "followUp.observedOn");
          });

  /** A follow-up is observed at a moment the programme declares (the standard three if it declares none). */
  static final RefusalRule<RecordFollowUp> FOLLOW_UP_AT_A_DECLARED_MOMENT =
      RefusalRule.of("a follow-up is observed at a moment the programme declares", RefusalCode.FOLLOW_UP_MOMENT_NOT_DECLARED,
          ctx -> {
            FollowUpMoment moment = ctx.command().followUp().moment();
            List<FollowUpWindow> declared = windowsOf(ctx);
            return refuseIf(declared.stream().noneMatch(w -> w.moment().equals(moment.code())),
                RefusalCode.FOLLOW_UP_MOMENT_NOT_DECLARED,
                () -> "Programme " + ctx.programmeId() + " does not declare the follow-up moment " + moment
                    + ": record the follow-up of beneficiary " + ctx.beneficiary() + " at one of its moments ("
                    + declared.stream().map(FollowUpWindow::moment).collect(Collectors.joining(", "))
                    + "), or declare " + moment + " in the programme's followUps",
                "followUp.moment");
          });

  /** A follow-up is observed within its moment's window (four weeks, six months... after the exit), as declared. */
  static final RefusalRule<RecordFollowUp> FOLLOW_UP_WITHIN_ITS_WINDOW =
      RefusalRule.of("a follow-up is observed within its moment's window", RefusalCode.FOLLOW_UP_OUTSIDE_WINDOW,
          ctx -> {
            LocalDate exitOn = latestExitOn(ctx);
            LocalDate day = ctx.command().followUp().observedOn();
            FollowUpMoment moment = ctx.command().followUp().moment();
            Optional<FollowUpWindow> window =
                windowsOf(ctx).stream().filter(w -> w.moment().equals(moment.code())).findFirst();
            return refuseIf(window.isPresent() && !window.get().fits(exitOn, day), RefusalCode.FOLLOW_UP_OUTSIDE_WINDOW,
                () -> "The follow-up of beneficiary " + ctx.beneficiary() + " at moment " + moment + " is dated " + day
                    + ", but for the exit on " + exitOn + " it must be observed from "
                    + window.get().earliest(exitOn) + " to " + window.get().latest(exitOn)
                    + ": correct the date or the moment",
                "followUp.moment");
          });

  /** The follow-up moments of the command's programme: the standard ones if it is not registered (refused elsewhere). */
  private static List<FollowUpWindow> windowsOf(CommandContext<? extends RecordFollowUp> ctx) {
    return ctx.programmeFound().map(Programme::followUpWindowsInForce).orElse(FollowUpWindow.STANDARD);
  }

  private static LocalDate latestExitOn(CommandContext<? extends RecordFollowUp> ctx) {
    return ctx.capturedPathway().latestExit().orElseThrow().on();
  }

  // ---------------------------------------------------------------- helpers

  /** The refusal if {@code broken}; the message is written only then, since most commands keep most rules. */
  private static Optional<Refusal> refuseIf(boolean broken, RefusalCode code, Supplier<String> message, String field) {
    return broken ? Optional.of(Refusal.of(code, message.get(), field)) : Optional.empty();
  }

  static String quoted(Collection<Stage> stages) {
    return quotedNames(stages.stream().map(Stage::name).toList());
  }

  private static String quotedSteps(Collection<PartnerStep> steps) {
    return quotedNames(steps.stream().map(PartnerStep::code).sorted().toList());
  }

  private static String quotedNames(List<String> codes) {
    List<String> names = codes.stream().map(s -> "'" + s + "'").toList();
    if (names.isEmpty()) {
      return "(none)";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }
}
