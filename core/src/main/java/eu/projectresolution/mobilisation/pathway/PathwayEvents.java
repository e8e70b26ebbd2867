package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

// Over 400 lines: the seventeen kinds of event a pathway command records, each a small value with its
// javadoc and its visitor hook; one enclosing class, so that the event family reads in one place and
// Immutables generates it as one ImmutablePathwayEvents. Corrections are apart, in Corrections.
/**
 * The kinds of {@link PathwayEvent}. Each is created by the engine when it accepts a command and
 * stored as it is; storage adapters persist them as JSON with {@link
 * eu.projectresolution.mobilisation.json.MobilisationJson}.
 */
@Value.Enclosing
public final class PathwayEvents {
  private PathwayEvents() {}

  /** The pathway starts: a person was met for the first time, for a programme. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.Captured.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.Captured.class)
  public non-sealed interface Captured extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    ProgrammeId programmeId();

    @Value.Parameter
    Profile profile();

    @Value.Parameter
    Contact contact();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static Captured of(EventHeader header, ProgrammeId programmeId, Profile profile, Contact contact) {
      return ImmutablePathwayEvents.Captured.of(header, programmeId, profile, contact);
    }
  }

  /** Another contact with a person already known, e.g. at a second Recrut'Café. The stage does not change. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.ContactRecorded.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.ContactRecorded.class)
  public non-sealed interface ContactRecorded extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    Contact contact();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static ContactRecorded of(EventHeader header, Contact contact) {
      return ImmutablePathwayEvents.ContactRecorded.of(header, contact);
    }
  }

  /** The person was welcomed at a site (first reception), or re-entered after an exit. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.Welcomed.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.Welcomed.class)
  public non-sealed interface Welcomed extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    SiteId siteId();

    /** The situation observed at entry, if it was asked. */
    @Value.Parameter
    Optional<Situation> situation();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static Welcomed of(EventHeader header, SiteId siteId, Optional<Situation> situation) {
      return ImmutablePathwayEvents.Welcomed.of(header, siteId, situation);
    }
  }

  /** The counsellor and the person agreed what comes next. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.Oriented.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.Oriented.class)
  public non-sealed interface Oriented extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    Orientation orientation();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static Oriented of(EventHeader header, Orientation orientation) {
      return ImmutablePathwayEvents.Oriented.of(header, orientation);
    }
  }

  /** The short adapted accompaniment started. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.AccompanimentStarted.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.AccompanimentStarted.class)
  public non-sealed interface AccompanimentStarted extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static AccompanimentStarted of(EventHeader header) {
      return ImmutablePathwayEvents.AccompanimentStarted.of(header);
    }
  }

  /** An appointment of the accompaniment was planned, attended or missed. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.AppointmentRecorded.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.AppointmentRecorded.class)
  public non-sealed interface AppointmentRecorded extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    Appointment appointment();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static AppointmentRecorded of(EventHeader header, Appointment appointment) {
      return ImmutablePathwayEvents.AppointmentRecorded.of(header, appointment);
    }
  }

  /** The person was referred to a mainstream scheme. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.Referred.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.Referred.class)
  public non-sealed interface Referred extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    ReferralId referralId();

    @Value.Parameter
    SchemeId schemeId();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static Referred of(EventHeader header, ReferralId referralId, SchemeId schemeId) {
      return ImmutablePathwayEvents.Referred.of(header, referralId, schemeId);
    }
  }

  /** What became of a referral: accepted, started or declined. The stage does not change. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.ReferralStatusRecorded.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.ReferralStatusRecorded.class)
  public non-sealed interface ReferralStatusRecorded extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    ReferralId referralId();

    @Value.Parameter
    ReferralStatus status();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static ReferralStatusRecorded of(EventHeader header, ReferralId referralId, ReferralStatus status) {
      return ImmutablePathwayEvents.ReferralStatusRecorded.of(header, referralId, status);
    }
  }

  /** The person left the programme; the situation observed at exit is recorded. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.Exited.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.Exited.class)
  public non-sealed interface Exited extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    ExitReason reason();

    @Value.Parameter
    Situation situation();

    /** A circumstance that withdraws the exit from funders' rates, if any. */
    Optional<ExitCircumstance> circumstance();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static Exited of(EventHeader header, ExitReason reason, Situation situation) {
      return ImmutablePathwayEvents.Exited.of(header, reason, situation);
    }

    static Exited of(
        EventHeader header, ExitReason reason, Situation situation, Optional<ExitCircumstance> circumstance) {
      return ImmutablePathwayEvents.Exited.builder()
          .header(header)
          .reason(reason)
          .situation(situation)
          .circumstance(circumstance)
          .build();
    }
  }

  /** The programme could no longer reach the person. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.ContactLost.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.ContactLost.class)
  public non-sealed interface ContactLost extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static ContactLost of(EventHeader header) {
      return ImmutablePathwayEvents.ContactLost.of(header);
    }
  }

  /** The person gave up. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.DroppedOut.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.DroppedOut.class)
  public non-sealed interface DroppedOut extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static DroppedOut of(EventHeader header) {
      return ImmutablePathwayEvents.DroppedOut.of(header);
    }
  }

  /** The person answered the satisfaction survey. The stage does not change. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.SatisfactionRecorded.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.SatisfactionRecorded.class)
  public non-sealed interface SatisfactionRecorded extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    SatisfactionResponse response();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static SatisfactionRecorded of(EventHeader header, SatisfactionResponse response) {
      return ImmutablePathwayEvents.SatisfactionRecorded.of(header, response);
    }
  }

  /** The person's situation was observed (e.g. at a follow-up). The stage does not change. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.SituationObserved.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.SituationObserved.class)
  public non-sealed interface SituationObserved extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    Situation situation();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static SituationObserved of(EventHeader header, Situation situation) {
      return ImmutablePathwayEvents.SituationObserved.of(header, situation);
    }
  }

  /** The person's profile was corrected or completed. The stage does not change. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.ProfileUpdated.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.ProfileUpdated.class)
  public non-sealed interface ProfileUpdated extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    Profile profile();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static ProfileUpdated of(EventHeader header, Profile profile) {
      return ImmutablePathwayEvents.ProfileUpdated.of(header, profile);
    }
  }

  /**
   * The participant's status at entry (labour-market status, education level, special categories) was
   * recorded. The stage does not change.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.EntryStatusRecorded.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.EntryStatusRecorded.class)
  public non-sealed interface EntryStatusRecorded extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    EntryStatus entryStatus();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static EntryStatusRecorded of(EventHeader header, EntryStatus entryStatus) {
      return ImmutablePathwayEvents.EntryStatusRecorded.of(header, entryStatus);
    }
  }

  /**
   * A follow-up observation of the exit on {@link #exitOn()} was recorded; the header's day is the day it
   * was observed. The stage does not change.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.FollowUpRecorded.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.FollowUpRecorded.class)
  public non-sealed interface FollowUpRecorded extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    /** The day of the exit the observation follows. */
    @Value.Parameter
    LocalDate exitOn();

    @Value.Parameter
    FollowUp followUp();

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static FollowUpRecorded of(EventHeader header, LocalDate exitOn, FollowUp followUp) {
      return ImmutablePathwayEvents.FollowUpRecorded.of(header, exitOn, followUp);
    }
  }

  /**
   * The person took one of the partner's own steps ({@link PartnerStep}: a job club, driving lessons,
   * mentoring), which the pathway model declares with the stage it leads to: the header's stage.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePathwayEvents.PartnerStepRecorded.class)
  @JsonDeserialize(as = ImmutablePathwayEvents.PartnerStepRecorded.class)
  public non-sealed interface PartnerStepRecorded extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    PartnerStep step();

    /** The programme's site where it took place, if it took place at one. */
    @Value.Parameter
    Optional<SiteId> site();

    /** A short note in words that identify nobody (e.g. "Tuesday group"). At most 200 characters. */
    @Value.Parameter
    Optional<String> note();

    @Value.Check
    default void check() {
      Checks.checkText(note(), "partnerStepRecorded.note", Checks.NAME);
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static PartnerStepRecorded of(EventHeader header, PartnerStep step, Optional<SiteId> site, Optional<String> note) {
      return ImmutablePathwayEvents.PartnerStepRecorded.of(header, step, site, note);
    }
  }
}
