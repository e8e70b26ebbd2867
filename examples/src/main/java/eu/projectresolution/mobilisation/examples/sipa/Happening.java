package eu.projectresolution.mobilisation.examples.sipa;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.engine.Capture;
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
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.examples.scenario.SeededIds;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;

/**
 * One thing that happens in a person's pathway, and the engine's command that records it on the day it
 * happens. The command is made when the replay sends it, so that a person's command ids are drawn in the
 * order of their records.
 */
sealed interface Happening {
  /** What it is, about {@code who}, for the message of a refusal. */
  String what(BeneficiaryId who);

  /** The command that records it, on {@code on}. */
  PathwayCommand command(Subject subject, LocalDate on);

  /** Whether it is the exit of an accompaniment (whose day the six-month follow-up counts from). */
  default boolean isExit() {
    return false;
  }

  /**
   * Whom the records are about: the person, in which programme, where they were first met, and the ids
   * of their commands. Those are drawn as the replay makes the commands, from a generator of the person's
   * own, so that they do not depend on which people were replayed before them, or on which thread.
   */
  final class Subject {
    private final ProgrammeId programme;
    private final Person person;
    private final FirstMeeting met;
    private final SeededIds commandIds;

    Subject(ProgrammeId programme, Person person, FirstMeeting met) {
      this.programme = programme;
      this.person = person;
      this.met = met;
      this.commandIds = SeededIds.of(person.id().value());
    }

    ProgrammeId programme() {
      return programme;
    }

    Person person() {
      return person;
    }

    BeneficiaryId id() {
      return person.id();
    }

    FirstMeeting met() {
      return met;
    }

    /** The id of the person's next command. */
    CommandId nextCommandId() {
      return commandIds.command();
    }
  }

  /** First met, in their living place or at a site: the capture, with their profile and the first contact. */
  record Captured() implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the capture of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      Capture.Builder capture =
          Capture.builder()
              .commandId(s.nextCommandId())
              .beneficiaryId(s.id())
              .programmeId(s.programme())
              .profile(s.person().traits().profileOn(on))
              .contact(s.met().contact(s.person().consent()));
      s.person().details().ifPresent(capture::personalDetails);
      return capture.build();
    }
  }

  /** Met a second time outside, at an outreach event or door to door. */
  record MetAgain(Contact contact, CommandId commandId) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "a second contact with beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordContact.builder().commandId(commandId).beneficiaryId(s.id()).contact(contact).build();
    }
  }

  /** Never came to a site, and the counsellors lost sight of them. */
  record LostFromSight(CommandId commandId) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the lost contact with beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordLostContact.builder().commandId(commandId).beneficiaryId(s.id()).occurredOn(on)
          .actor(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build();
    }
  }

  /** Welcomed at the site where they were first met or were sent to, declaring their situation. */
  record WelcomedAtSite(Situation atEntry) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the welcome of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return Welcome.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).siteId(s.met().site()).occurredOn(on)
          .situation(atEntry).build();
    }
  }

  /** Oriented after a talk with a career counsellor. */
  record Oriented(Orientation orientation) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the orientation of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return Orient.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).orientation(orientation).occurredOn(on).build();
    }
  }

  /** Answered the ESF+ questionnaire with the career counsellor. */
  record AnsweredEntryQuestions(EntryStatus entryStatus) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the entry status of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordEntryStatus.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).entryStatus(entryStatus)
          .occurredOn(on).actor(StaffRole.CAREER_COUNSELLOR).build();
    }
  }

  /** Started an adapted accompaniment. */
  record StartedAccompaniment() implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the start of the accompaniment of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return StartAccompaniment.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).occurredOn(on).build();
    }
  }

  /** An appointment of the accompaniment, attended or missed. */
  record HadAppointment(AppointmentId id, AppointmentStatus status) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "an appointment of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordAppointment.builder().commandId(s.nextCommandId()).beneficiaryId(s.id())
          .appointment(Appointment.of(id, on, status)).occurredOn(on).build();
    }
  }

  /** Referred to a mainstream scheme. */
  record Referred(ReferralId referral, SchemeId scheme) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the referral of beneficiary " + who + " to " + scheme;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return Refer.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).referralId(referral).schemeId(scheme)
          .occurredOn(on).build();
    }
  }

  /** News of a referral: accepted, started, declined. */
  record HeardOfReferral(ReferralId referral, ReferralStatus status) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "what became of the referral of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordReferralOutcome.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).referralId(referral)
          .status(status).occurredOn(on).build();
    }
  }

  /** Left the accompaniment with an exit, in the situation the counsellor observed. */
  record Exited(Accompaniment.Exit exit) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the exit of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordExit.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).reason(exit.reason()).situation(exit.after())
          .circumstance(exit.circumstance()).occurredOn(on).build();
    }

    @Override
    public boolean isExit() {
      return true;
    }
  }

  /** What the counsellor recorded at the exit: the contract of a job, a training, a qualification. */
  record FollowedUpAtExit(Accompaniment.Exit exit) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the follow-up at exit of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordFollowUp.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).followUp(exit.followUpOn(on)).build();
    }
  }

  /** Called back six months after the exit. */
  record FollowedUpAfterSixMonths(FollowUp followUp, CommandId commandId) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the six-month follow-up of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordFollowUp.builder().commandId(commandId).beneficiaryId(s.id()).followUp(followUp).build();
    }
  }

  /** Stopped coming to the appointments, and the counsellor recorded the contact as lost. */
  record LostContact() implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the lost contact with beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordLostContact.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).occurredOn(on).build();
    }
  }

  /** Gave up the accompaniment, before or after it started. */
  record DroppedOut() implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the drop-out of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordDropOut.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).occurredOn(on).build();
    }
  }

  /** Answered the satisfaction survey. */
  record AnsweredSurvey(SatisfactionResponse answer) implements Happening {
    @Override
    public String what(BeneficiaryId who) {
      return "the survey answer of beneficiary " + who;
    }

    @Override
    public PathwayCommand command(Subject s, LocalDate on) {
      return RecordSatisfaction.builder().commandId(s.nextCommandId()).beneficiaryId(s.id()).response(answer).occurredOn(on)
          .build();
    }
  }
}
