package eu.projectresolution.mobilisation.examples.http;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.CorrectEvent;
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
import eu.projectresolution.mobilisation.engine.RecordPartnerStep;
import eu.projectresolution.mobilisation.engine.RecordReferralOutcome;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.engine.RecordSituation;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.UpdateProfile;
import eu.projectresolution.mobilisation.engine.VoidEvent;
import eu.projectresolution.mobilisation.engine.Welcome;
import java.util.Arrays;
import java.util.Optional;

/**
 * Each kind of pathway command as the HTTP API names it: {@code POST /api/v1/commands/{name}} reads a
 * body of its {@link #type()}. {@code CommandKindTest} checks that every kind the sealed {@link
 * PathwayCommand} permits has one; {@link #send} routes a command to its engine method through the
 * engine's visitor, which the compiler checks is complete.
 */
public enum CommandKind {
  CAPTURE("capture", Capture.class),
  RECORD_CONTACT("record-contact", RecordContact.class),
  WELCOME("welcome", Welcome.class),
  ORIENT("orient", Orient.class),
  START_ACCOMPANIMENT("start-accompaniment", StartAccompaniment.class),
  RECORD_APPOINTMENT("record-appointment", RecordAppointment.class),
  REFER("refer", Refer.class),
  RECORD_REFERRAL_OUTCOME("record-referral-outcome", RecordReferralOutcome.class),
  RECORD_EXIT("record-exit", RecordExit.class),
  RECORD_ENTRY_STATUS("record-entry-status", RecordEntryStatus.class),
  RECORD_FOLLOW_UP("record-follow-up", RecordFollowUp.class),
  RECORD_LOST_CONTACT("record-lost-contact", RecordLostContact.class),
  RECORD_DROP_OUT("record-drop-out", RecordDropOut.class),
  RECORD_PARTNER_STEP("record-partner-step", RecordPartnerStep.class),
  RECORD_SATISFACTION("record-satisfaction", RecordSatisfaction.class),
  RECORD_SITUATION("record-situation", RecordSituation.class),
  UPDATE_PROFILE("update-profile", UpdateProfile.class),
  CORRECT_EVENT("correct-event", CorrectEvent.class),
  VOID_EVENT("void-event", VoidEvent.class);

  private final String urlName;
  private final Class<? extends PathwayCommand> type;

  CommandKind(String urlName, Class<? extends PathwayCommand> type) {
    this.urlName = urlName;
    this.type = type;
  }

  /** The name in the route and in a batch import's {@code "kind"}, e.g. {@code record-exit}. */
  public String urlName() {
    return urlName;
  }

  /** The engine's type the body is read as. */
  public Class<? extends PathwayCommand> type() {
    return type;
  }

  /** The kind named {@code urlName}, if there is one. */
  public static Optional<CommandKind> named(String urlName) {
    return Arrays.stream(values()).filter(k -> k.urlName.equals(urlName)).findFirst();
  }

  /** The names of every kind, for a message that lists them. */
  static String names() {
    return String.join(", ", Arrays.stream(values()).map(CommandKind::urlName).toList());
  }

  /** Records {@code command} for {@code tenant} through its own engine method. */
  static CommandResult send(MobilisationEngine engine, TenantId tenant, PathwayCommand command) {
    return command.accept(new PathwayCommand.Visitor<CommandResult>() {
      @Override
      public CommandResult visit(Capture c) {
        return engine.capture(tenant, c);
      }

      @Override
      public CommandResult visit(RecordContact c) {
        return engine.recordContact(tenant, c);
      }

      @Override
      public CommandResult visit(Welcome c) {
        return engine.welcome(tenant, c);
      }

      @Override
      public CommandResult visit(Orient c) {
        return engine.orient(tenant, c);
      }

      @Override
      public CommandResult visit(StartAccompaniment c) {
        return engine.startAccompaniment(tenant, c);
      }

      @Override
      public CommandResult visit(RecordAppointment c) {
        return engine.recordAppointment(tenant, c);
      }

      @Override
      public CommandResult visit(Refer c) {
        return engine.refer(tenant, c);
      }

      @Override
      public CommandResult visit(RecordReferralOutcome c) {
        return engine.recordReferralOutcome(tenant, c);
      }

      @Override
      public CommandResult visit(RecordExit c) {
        return engine.recordExit(tenant, c);
      }

      @Override
      public CommandResult visit(RecordEntryStatus c) {
        return engine.recordEntryStatus(tenant, c);
      }

      @Override
      public CommandResult visit(RecordFollowUp c) {
        return engine.recordFollowUp(tenant, c);
      }

      @Override
      public CommandResult visit(RecordLostContact c) {
        return engine.recordLostContact(tenant, c);
      }

      @Override
      public CommandResult visit(RecordDropOut c) {
        return engine.recordDropOut(tenant, c);
      }

      @Override
      public CommandResult visit(RecordPartnerStep c) {
        return engine.recordPartnerStep(tenant, c);
      }

      @Override
      public CommandResult visit(RecordSatisfaction c) {
        return engine.recordSatisfaction(tenant, c);
      }

      @Override
      public CommandResult visit(RecordSituation c) {
        return engine.recordSituation(tenant, c);
      }

      @Override
      public CommandResult visit(UpdateProfile c) {
        return engine.updateProfile(tenant, c);
      }

      @Override
      public CommandResult visit(CorrectEvent c) {
        return engine.correctEvent(tenant, c);
      }

      @Override
      public CommandResult visit(VoidEvent c) {
        return engine.voidEvent(tenant, c);
      }
    });
  }
}
