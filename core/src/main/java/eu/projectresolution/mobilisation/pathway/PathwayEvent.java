package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An immutable fact appended to a beneficiary's pathway by an accepted command. The pathway's state is
 * the fold of its events ({@link Pathway#fold}); events are never changed or removed, which is the
 * audit trail. In JSON each event carries a {@code "type"} naming its kind. The kinds are closed (the
 * interface is sealed): see {@link Visitor}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.Captured.class, name = "captured"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.ContactRecorded.class, name = "contact_recorded"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.Welcomed.class, name = "welcomed"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.Oriented.class, name = "oriented"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.AccompanimentStarted.class, name = "accompaniment_started"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.AppointmentRecorded.class, name = "appointment_recorded"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.Referred.class, name = "referred"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.ReferralStatusRecorded.class, name = "referral_status_recorded"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.Exited.class, name = "exited"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.ContactLost.class, name = "contact_lost"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.DroppedOut.class, name = "dropped_out"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.SatisfactionRecorded.class, name = "satisfaction_recorded"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.SituationObserved.class, name = "situation_observed"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.ProfileUpdated.class, name = "profile_updated"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.EntryStatusRecorded.class, name = "entry_status_recorded"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.FollowUpRecorded.class, name = "follow_up_recorded"),
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.PartnerStepRecorded.class, name = "partner_step_recorded"),
  @JsonSubTypes.Type(value = ImmutableCorrections.EventCorrected.class, name = "event_corrected"),
  @JsonSubTypes.Type(value = ImmutableCorrections.EventVoided.class, name = "event_voided")
})
public sealed interface PathwayEvent
    permits PathwayEvents.Captured,
        PathwayEvents.ContactRecorded,
        PathwayEvents.Welcomed,
        PathwayEvents.Oriented,
        PathwayEvents.AccompanimentStarted,
        PathwayEvents.AppointmentRecorded,
        PathwayEvents.Referred,
        PathwayEvents.ReferralStatusRecorded,
        PathwayEvents.Exited,
        PathwayEvents.ContactLost,
        PathwayEvents.DroppedOut,
        PathwayEvents.SatisfactionRecorded,
        PathwayEvents.SituationObserved,
        PathwayEvents.ProfileUpdated,
        PathwayEvents.EntryStatusRecorded,
        PathwayEvents.FollowUpRecorded,
        PathwayEvents.PartnerStepRecorded,
        Corrections.EventCorrected,
        Corrections.EventVoided {
  EventHeader header();

  /** Calls the {@code visitor}'s method for this event's kind. */
  <R> R accept(Visitor<R> visitor);

  /**
   * Something done for each kind of event, as the fold of a pathway does: Java 17's exhaustive form of
   * a {@code switch} over the sealed kinds, so that adding a kind of event fails to compile wherever one
   * is not handled.
   *
   * @param <R> what each method answers
   */
  interface Visitor<R> {
    R visit(PathwayEvents.Captured event);

    R visit(PathwayEvents.ContactRecorded event);

    R visit(PathwayEvents.Welcomed event);

    R visit(PathwayEvents.Oriented event);

    R visit(PathwayEvents.AccompanimentStarted event);

    R visit(PathwayEvents.AppointmentRecorded event);

    R visit(PathwayEvents.Referred event);

    R visit(PathwayEvents.ReferralStatusRecorded event);

    R visit(PathwayEvents.Exited event);

    R visit(PathwayEvents.ContactLost event);

    R visit(PathwayEvents.DroppedOut event);

    R visit(PathwayEvents.SatisfactionRecorded event);

    R visit(PathwayEvents.SituationObserved event);

    R visit(PathwayEvents.ProfileUpdated event);

    R visit(PathwayEvents.EntryStatusRecorded event);

    R visit(PathwayEvents.FollowUpRecorded event);

    R visit(PathwayEvents.PartnerStepRecorded event);

    R visit(Corrections.EventCorrected event);

    R visit(Corrections.EventVoided event);
  }
}
