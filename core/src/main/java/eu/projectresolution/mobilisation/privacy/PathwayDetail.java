package eu.projectresolution.mobilisation.privacy;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.pathway.Corrections;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * What purging a pathway's detail at the end of its retention period (class {@code PATHWAY_DETAIL} of
 * a {@code RetentionPolicy}) leaves of each event: the detail no report counts goes, and what every
 * report counts stays, so the facts, the reports and a later rebuild of the facts are unchanged.
 *
 * <ul>
 *   <li>goes: the free text (a contact's place, a partner step's note, the reason of a correction or a void, which becomes
 *       {@link #PURGED_REASON}), the staff member who acted ({@code EventHeader.author}), and the exact
 *       instant an event was typed ({@code recordedAt}, which becomes midnight UTC of the day it
 *       happened);
 *   <li>stays: the kinds of event, their order and versions, the days they happened on, stages, sites,
 *       channels, situations, referrals, exits, and the staff role.
 * </ul>
 *
 * <p>The business days stay because every figure compares the report's period with them: a coarser day
 * would move people between periods the next time their facts are computed.
 */
public final class PathwayDetail {
  /** What a correction's or a void's reason reads once purged. */
  public static final String PURGED_REASON = "[purged at the end of its retention period]";

  private PathwayDetail() {}

  /** The stream with the detail of each event purged; the same events if there was none left to purge. */
  public static List<PathwayEvent> purged(List<PathwayEvent> stream) {
    return requireNonNull(stream, "stream").stream().map(PathwayDetail::purged).toList();
  }

  /** {@code event} with its detail purged (see the class comment). */
  public static PathwayEvent purged(PathwayEvent event) {
    requireNonNull(event, "event");
    EventHeader header = EventHeader.builder().from(event.header())
        .author(Optional.empty())
        .recordedAt(event.header().occurredOn().atStartOfDay(ZoneOffset.UTC).toInstant())
        .build();
    PathwayEvent withoutText = withoutText(event);
    return Corrections.withHeader(withoutText, header);
  }

  private static PathwayEvent withoutText(PathwayEvent event) {
    if (event instanceof PathwayEvents.Captured captured && captured.contact().place().isPresent()) {
      return PathwayEvents.Captured.of(captured.header(), captured.programmeId(), captured.profile(),
          withoutPlace(captured.contact()));
    }
    if (event instanceof PathwayEvents.ContactRecorded recorded && recorded.contact().place().isPresent()) {
      return PathwayEvents.ContactRecorded.of(recorded.header(), withoutPlace(recorded.contact()));
    }
    if (event instanceof PathwayEvents.PartnerStepRecorded step && step.note().isPresent()) {
      return PathwayEvents.PartnerStepRecorded.of(step.header(), step.step(), step.site(), Optional.empty());
    }
    if (event instanceof Corrections.EventCorrected corrected) {
      return Corrections.EventCorrected.of(corrected.header(), corrected.correctedVersion(),
          purged(corrected.replacement()), PURGED_REASON);
    }
    if (event instanceof Corrections.EventVoided voided) {
      return Corrections.EventVoided.of(voided.header(), voided.voidedVersion(), PURGED_REASON);
    }
    return event;
  }

  private static Contact withoutPlace(Contact contact) {
    return Contact.builder().from(contact).place(Optional.empty()).build();
  }
}
