package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An immutable fact appended to a beneficiary's pathway by an accepted command. The pathway's state is
 * the fold of its events ({@link Pathway#fold}); events are never changed or removed, which is the
 * audit trail. In JSON each event carries a {@code "type"} naming its kind.
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
  @JsonSubTypes.Type(value = ImmutablePathwayEvents.FollowUpRecorded.class, name = "follow_up_recorded")
})
public interface PathwayEvent {
  EventHeader header();
}
