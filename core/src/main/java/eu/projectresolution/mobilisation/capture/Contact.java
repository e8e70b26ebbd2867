package eu.projectresolution.mobilisation.capture;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One meeting with a person: when, through which channel, where, by which staff role, with which
 * partner, and whether the person agreed to be contacted again.
 *
 * <pre>{@code
 * Contact atRecrutCafe = Contact.builder()
 *     .on(LocalDate.of(2017, 3, 14))
 *     .channel(CaptureChannel.OUTREACH_EVENT)
 *     .outreachEvent(recrutCafe.id())
 *     .place("Hall B, Petite Hollande")
 *     .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR)
 *     .consentToRecontact(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
public interface Contact {
  LocalDate on();

  CaptureChannel channel();

  /** Where the person was met, in words that identify nobody (e.g. "Market, place Denfert"). At most 200 characters. */
  Optional<String> place();

  StaffRole staffRole();

  /** The partner involved, if any (the mediator's organisation, the referring partner). */
  Optional<PartnerId> partner();

  /** The outreach event, for a contact made at one; required with {@link CaptureChannel#OUTREACH_EVENT}. */
  Optional<OutreachEventId> outreachEvent();

  /** The site, for a walk-in or an event at a site. */
  Optional<SiteId> site();

  /** Whether the person agreed to be contacted again with a proposal. */
  @Value.Default
  default boolean consentToRecontact() {
    return false;
  }

  @Value.Check
  default void check() {
    Checks.checkText(place(), "contact.place", Checks.NAME);
    checkArgument(
        channel() != CaptureChannel.OUTREACH_EVENT || outreachEvent().isPresent(),
        "contact.outreachEvent is missing: a contact through channel OUTREACH_EVENT must name its outreach event");
    checkArgument(
        outreachEvent().isEmpty() || channel() == CaptureChannel.OUTREACH_EVENT,
        "contact.outreachEvent is set but contact.channel is %s: use channel OUTREACH_EVENT",
        channel());
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableContact.Builder {}
}
