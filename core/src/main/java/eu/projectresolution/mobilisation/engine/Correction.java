package eu.projectresolution.mobilisation.engine;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.pathway.Corrections;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.ExitCircumstance;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a {@link CorrectEvent} changes in an earlier event: one of the corrections a counsellor may
 * make, each for the kinds of event it names. The corrected event keeps its kind, its version and its
 * stage; everything else it said stays as recorded.
 *
 * <p>In JSON the kind is the {@code "correct"} property: {@code exit}, {@code entry_status}, {@code
 * day}, {@code site}, {@code channel} or {@code referral_outcome}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "correct")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Correction.OfExit.class, name = "exit"),
  @JsonSubTypes.Type(value = Correction.OfEntryStatus.class, name = "entry_status"),
  @JsonSubTypes.Type(value = Correction.OfDay.class, name = "day"),
  @JsonSubTypes.Type(value = Correction.OfSite.class, name = "site"),
  @JsonSubTypes.Type(value = Correction.OfChannel.class, name = "channel"),
  @JsonSubTypes.Type(value = Correction.OfReferralOutcome.class, name = "referral_outcome")
})
public sealed interface Correction {
  /**
   * The event as corrected, or empty if this correction does not apply to the event's kind.
   *
   * @throws IllegalArgumentException if the corrected event would not be valid (a contact at an
   *     outreach event moved to another channel, say)
   */
  Optional<PathwayEvent> applyTo(PathwayEvent original);

  /** The kinds of event it corrects, as a refusal names them. */
  String corrects();

  /** Another reason, situation or circumstance for an exit. */
  record OfExit(ExitReason reason, Situation situation, Optional<ExitCircumstance> circumstance) implements Correction {
    public OfExit {
      requireNonNull(reason, "reason");
      requireNonNull(situation, "situation");
      requireNonNull(circumstance, "circumstance");
    }

    @Override
    public Optional<PathwayEvent> applyTo(PathwayEvent original) {
      return original instanceof PathwayEvents.Exited exited
          ? Optional.of(PathwayEvents.Exited.of(exited.header(), reason, situation, circumstance))
          : Optional.empty();
    }

    @Override
    public String corrects() {
      return "an exit";
    }
  }

  /** Another status at entry. */
  record OfEntryStatus(EntryStatus entryStatus) implements Correction {
    public OfEntryStatus {
      requireNonNull(entryStatus, "entryStatus");
    }

    @Override
    public Optional<PathwayEvent> applyTo(PathwayEvent original) {
      return original instanceof PathwayEvents.EntryStatusRecorded recorded
          ? Optional.of(PathwayEvents.EntryStatusRecorded.of(recorded.header(), entryStatus))
          : Optional.empty();
    }

    @Override
    public String corrects() {
      return "a status at entry";
    }
  }

  /**
   * Another day for the event: it must stay between the days of the events before and after it. An
   * exit that has follow-ups, and a follow-up itself, are not moved: void and record them again.
   */
  record OfDay(LocalDate occurredOn) implements Correction {
    public OfDay {
      requireNonNull(occurredOn, "occurredOn");
    }

    @Override
    public Optional<PathwayEvent> applyTo(PathwayEvent original) {
      if (original instanceof PathwayEvents.FollowUpRecorded || Corrections.isCorrection(original)) {
        return Optional.empty();
      }
      EventHeader header = EventHeader.builder().from(original.header()).occurredOn(occurredOn).build();
      return Optional.of(Corrections.withHeader(original, header));
    }

    @Override
    public String corrects() {
      return "any event but a follow-up";
    }
  }

  /** Another site for a welcome or a partner step. */
  record OfSite(SiteId siteId) implements Correction {
    public OfSite {
      requireNonNull(siteId, "siteId");
    }

    @Override
    public Optional<PathwayEvent> applyTo(PathwayEvent original) {
      if (original instanceof PathwayEvents.Welcomed welcomed) {
        return Optional.of(PathwayEvents.Welcomed.of(welcomed.header(), siteId, welcomed.situation()));
      }
      if (original instanceof PathwayEvents.PartnerStepRecorded step) {
        return Optional.of(PathwayEvents.PartnerStepRecorded.of(step.header(), step.step(), Optional.of(siteId), step.note()));
      }
      return Optional.empty();
    }

    @Override
    public String corrects() {
      return "a welcome or a partner step";
    }
  }

  /** Another capture channel for a capture or a contact. */
  record OfChannel(CaptureChannel channel) implements Correction {
    public OfChannel {
      requireNonNull(channel, "channel");
    }

    @Override
    public Optional<PathwayEvent> applyTo(PathwayEvent original) {
      if (original instanceof PathwayEvents.Captured captured) {
        return Optional.of(PathwayEvents.Captured.of(
            captured.header(), captured.programmeId(), captured.profile(), recast(captured.contact())));
      }
      if (original instanceof PathwayEvents.ContactRecorded recorded) {
        return Optional.of(PathwayEvents.ContactRecorded.of(recorded.header(), recast(recorded.contact())));
      }
      return Optional.empty();
    }

    private Contact recast(Contact contact) {
      return Contact.builder().from(contact).channel(channel).build();
    }

    @Override
    public String corrects() {
      return "a capture or a contact";
    }
  }

  /** Another status for what became of a referral. */
  record OfReferralOutcome(ReferralStatus status) implements Correction {
    public OfReferralOutcome {
      requireNonNull(status, "status");
    }

    @Override
    public Optional<PathwayEvent> applyTo(PathwayEvent original) {
      return original instanceof PathwayEvents.ReferralStatusRecorded recorded
          ? Optional.of(PathwayEvents.ReferralStatusRecorded.of(recorded.header(), recorded.referralId(), status))
          : Optional.empty();
    }

    @Override
    public String corrects() {
      return "a referral's outcome";
    }
  }
}
