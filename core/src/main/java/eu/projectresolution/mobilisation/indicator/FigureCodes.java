package eu.projectresolution.mobilisation.indicator;

import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.privacy.ConsentPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.programme.Measure;

/**
 * The codes of the figures every report carries, whatever rule sets are registered. Rule-set figures
 * have the codes their rules declare ({@code sipa.positive_exits}, {@code fr.iae.dynamic_exit_rate},
 * {@code EECO01}...).
 */
public final class FigureCodes {
  public static final FigureCode FUNNEL_CAPTURED = FigureCode.of("funnel.captured");
  public static final FigureCode FUNNEL_WELCOMED = FigureCode.of("funnel.welcomed");
  public static final FigureCode FUNNEL_ORIENTED = FigureCode.of("funnel.oriented");
  public static final FigureCode FUNNEL_ACCOMPANIED = FigureCode.of("funnel.accompanied");
  public static final FigureCode FUNNEL_EXITED = FigureCode.of("funnel.exited");
  public static final FigureCode CAPTURED_OUTSIDE_SITES = FigureCode.of("captured.outside_sites");
  public static final FigureCode OUTREACH_EVENTS = FigureCode.of("outreach.events");
  public static final FigureCode OUTREACH_ATTENDANCE = FigureCode.of("outreach.attendance");
  public static final FigureCode OUTREACH_ATTENDANCE_AVERAGE = FigureCode.of("outreach.attendance.average");
  public static final FigureCode WELCOMED = FigureCode.of("welcomed");
  public static final FigureCode REFERRALS = FigureCode.of("referrals");
  public static final FigureCode REFERRALS_STARTED = FigureCode.of("referrals.started");
  public static final FigureCode PEOPLE_REFERRED = FigureCode.of("people_referred");
  public static final FigureCode ACCOMPANIED = FigureCode.of("accompanied");
  public static final FigureCode APPOINTMENTS_PER_ACCOMPANIMENT = FigureCode.of("appointments.attended_per_accompaniment");
  public static final FigureCode NO_SHOW_RATE = FigureCode.of("appointments.no_show_rate");
  public static final FigureCode SATISFACTION_RATE = FigureCode.of("satisfaction.rate");
  public static final FigureCode PES_REGISTRATION_AT_ENTRY = FigureCode.of("before_after.pes_registration.at_entry");
  public static final FigureCode PES_REGISTRATION_AFTER_EXIT = FigureCode.of("before_after.pes_registration.after_exit");
  public static final FigureCode NEVER_ACCOMPANIED_BEFORE = FigureCode.of("before_after.never_accompanied_before.at_entry");
  public static final FigureCode ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER_EXIT =
      FigureCode.of("before_after.accompanied_by_another_scheme.after_exit");
  public static final FigureCode ASSOCIATION_MEMBERSHIP_AT_ENTRY = FigureCode.of("before_after.association_membership.at_entry");
  public static final FigureCode ASSOCIATION_MEMBERSHIP_AFTER_EXIT =
      FigureCode.of("before_after.association_membership.after_exit");
  public static final FigureCode COLLABORATIVE_ACTIONS = FigureCode.of("collaborative_actions");
  public static final FigureCode SITE_EVENTS = FigureCode.of("site_events");
  public static final FigureCode COST_PER_PERSON_CAPTURED = FigureCode.of("cost.per_person_captured");
  public static final FigureCode COST_PER_PERSON_WELCOMED = FigureCode.of("cost.per_person_welcomed");
  public static final FigureCode COST_PER_PERSON_ACCOMPANIED = FigureCode.of("cost.per_person_accompanied");
  public static final FigureCode COST_PER_POSITIVE_EXIT = FigureCode.of("cost.per_positive_exit");
  /** SIPA's positive exits, from rule {@code sipa.positive_exit}. */
  public static final FigureCode SIPA_POSITIVE_EXITS = FigureCode.of("sipa.positive_exits");
  public static final FigureCode SIPA_POSITIVE_EXIT_RATE = FigureCode.of("sipa.positive_exit_rate");

  private FigureCodes() {}

  /** People first reached through {@code channel}: {@code captured.channel.door_to_door}... */
  public static FigureCode capturedThrough(CaptureChannel channel) {
    return FigureCode.join("captured.channel", channel.name());
  }

  /** People who entered {@code stage} during the period: {@code stage.welcomed.entered}... */
  public static FigureCode enteredStage(Stage stage) {
    return FigureCode.of("stage." + stage.name() + ".entered");
  }

  /** People at {@code stage} on the period's last day: {@code stage.welcomed.at_end}... */
  public static FigureCode atStageAtEnd(Stage stage) {
    return FigureCode.of("stage." + stage.name() + ".at_end");
  }

  /**
   * Consents given (or withdrawn) during the period to a kind of purpose: {@code
   * consents.given.recontact}, {@code consents.withdrawn.follow_up_after_exit}...
   */
  public static FigureCode consents(ConsentRecord.Change change, ConsentPurpose.Kind purpose) {
    return FigureCode.join("consents", change.name(), purpose.name());
  }

  /** The achieved count against the declared target: {@code target.referrals}... */
  public static FigureCode target(Measure measure) {
    return FigureCode.join("target", measure.name());
  }

  /** The change against the declared baseline: {@code growth.people_welcomed}... */
  public static FigureCode growth(Measure measure) {
    return FigureCode.join("growth", measure.name());
  }

  /** The figure that counts what {@code measure} measures, as achieved in the period. */
  public static FigureCode achieved(Measure measure) {
    return switch (measure) {
      case PEOPLE_CAPTURED_OUTSIDE_SITES -> CAPTURED_OUTSIDE_SITES;
      case PEOPLE_WELCOMED -> WELCOMED;
      case PEOPLE_ACCOMPANIED -> ACCOMPANIED;
      case REFERRALS -> REFERRALS;
      case PEOPLE_REFERRED -> PEOPLE_REFERRED;
      case POSITIVE_EXITS -> SIPA_POSITIVE_EXITS;
      case COLLABORATIVE_ACTIONS -> COLLABORATIVE_ACTIONS;
      case SITE_EVENTS -> SITE_EVENTS;
      case OUTREACH_EVENTS -> OUTREACH_EVENTS;
    };
  }
}
