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
  @JsonSubTypes.Type(value = PathwayEvents.Captured.class, name = "captured"),
  @JsonSubTypes.Type(value = PathwayEvents.ContactRecorded.class, name = "contact_recorded"),
  @JsonSubTypes.Type(value = PathwayEvents.Welcomed.class, name = "welcomed"),
  @JsonSubTypes.Type(value = PathwayEvents.Oriented.class, name = "oriented"),
  @JsonSubTypes.Type(value = PathwayEvents.AccompanimentStarted.class, name = "accompaniment_started"),
  @JsonSubTypes.Type(value = PathwayEvents.AppointmentRecorded.class, name = "appointment_recorded"),
  @JsonSubTypes.Type(value = PathwayEvents.Referred.class, name = "referred"),
  @JsonSubTypes.Type(value = PathwayEvents.ReferralStatusRecorded.class, name = "referral_status_recorded"),
  @JsonSubTypes.Type(value = PathwayEvents.Exited.class, name = "exited"),
  @JsonSubTypes.Type(value = PathwayEvents.ContactLost.class, name = "contact_lost"),
  @JsonSubTypes.Type(value = PathwayEvents.DroppedOut.class, name = "dropped_out"),
  @JsonSubTypes.Type(value = PathwayEvents.SatisfactionRecorded.class, name = "satisfaction_recorded"),
  @JsonSubTypes.Type(value = PathwayEvents.SituationObserved.class, name = "situation_observed"),
  @JsonSubTypes.Type(value = PathwayEvents.ProfileUpdated.class, name = "profile_updated"),
  @JsonSubTypes.Type(value = PathwayEvents.EntryStatusRecorded.class, name = "entry_status_recorded"),
  @JsonSubTypes.Type(value = PathwayEvents.FollowUpRecorded.class, name = "follow_up_recorded")
})
public interface PathwayEvent {
  EventHeader header();
}
