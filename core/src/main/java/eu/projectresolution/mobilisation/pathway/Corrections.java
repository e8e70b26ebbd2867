package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Corrections of a pathway: an event recorded by mistake is never changed or removed (the stream is the
 * audit trail), but a later {@link EventCorrected} replaces what it says, or an {@link EventVoided}
 * cancels it. A pathway, its facts and every report read the <em>effective</em> history ({@link
 * #effective}): each event as last corrected, without the voided ones. So a correction counts exactly
 * as if the corrected history had been recorded in the first place, and the stream keeps both the
 * original and who corrected it, when and why.
 */
@Value.Enclosing
public final class Corrections {
  /** The longest reason a correction may give. */
  public static final int MAX_REASON_LENGTH = 1_000;

  private Corrections() {}

  /**
   * An earlier event, at {@link #correctedVersion()}, is replaced by {@link #replacement()}: the same
   * kind of event, with the same version, saying what should have been recorded (another exit reason,
   * another day, another site...). The stage does not change.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableCorrections.EventCorrected.class)
  @JsonDeserialize(as = ImmutableCorrections.EventCorrected.class)
  public non-sealed interface EventCorrected extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    long correctedVersion();

    @Value.Parameter
    PathwayEvent replacement();

    /** Why, in the counsellor's words. */
    @Value.Parameter
    String reason();

    @Value.Check
    default void check() {
      Checks.checkNotBlankText(reason(), "eventCorrected.reason", MAX_REASON_LENGTH);
      com.google.common.base.Preconditions.checkArgument(
          replacement().header().version() == correctedVersion() && correctedVersion() < header().version(),
          "eventCorrected.replacement must carry the corrected version %s, earlier than the correction's %s",
          correctedVersion(), header().version());
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static EventCorrected of(EventHeader header, long correctedVersion, PathwayEvent replacement, String reason) {
      return ImmutableCorrections.EventCorrected.of(header, correctedVersion, replacement, reason);
    }
  }

  /**
   * An earlier event, at {@link #voidedVersion()}, should never have been recorded: the pathway reads
   * as if it had not been. The header's stage is the stage the pathway is in without it.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableCorrections.EventVoided.class)
  @JsonDeserialize(as = ImmutableCorrections.EventVoided.class)
  public non-sealed interface EventVoided extends PathwayEvent {
    @Override
    @Value.Parameter
    EventHeader header();

    @Value.Parameter
    long voidedVersion();

    /** Why, in the counsellor's words. */
    @Value.Parameter
    String reason();

    @Value.Check
    default void check() {
      Checks.checkNotBlankText(reason(), "eventVoided.reason", MAX_REASON_LENGTH);
      com.google.common.base.Preconditions.checkArgument(voidedVersion() >= 1 && voidedVersion() < header().version(),
          "eventVoided.voidedVersion must be an earlier version than the void's %s (was %s)",
          header().version(), voidedVersion());
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    static EventVoided of(EventHeader header, long voidedVersion, String reason) {
      return ImmutableCorrections.EventVoided.of(header, voidedVersion, reason);
    }
  }

  /** Whether {@code event} corrects or voids another (and so is not itself part of the effective history). */
  public static boolean isCorrection(PathwayEvent event) {
    return event instanceof EventCorrected || event instanceof EventVoided;
  }

  /**
   * The effective history of a stream, in version order: each event as its latest correction says,
   * without the voided events and without the corrections themselves. The versions are the stream's
   * own, so they may skip.
   */
  public static List<PathwayEvent> effective(List<? extends PathwayEvent> stream) {
    Map<Long, PathwayEvent> replaced = new HashMap<>();
    Set<Long> voided = new HashSet<>();
    boolean any = false;
    for (PathwayEvent event : stream) {
      if (event instanceof EventCorrected corrected) {
        replaced.put(corrected.correctedVersion(), corrected.replacement());
        any = true;
      } else if (event instanceof EventVoided voidedEvent) {
        voided.add(voidedEvent.voidedVersion());
        any = true;
      }
    }
    if (!any) {
      return Collections.unmodifiableList(stream);
    }
    List<PathwayEvent> effective = new ArrayList<>(stream.size());
    for (PathwayEvent event : stream) {
      long version = event.header().version();
      if (!isCorrection(event) && !voided.contains(version)) {
        effective.add(replaced.getOrDefault(version, event));
      }
    }
    return effective;
  }

  /** {@code event} with another header (another day, another version), the rest unchanged. */
  public static PathwayEvent withHeader(PathwayEvent event, EventHeader header) {
    return event.accept(
        new PathwayEvent.Visitor<PathwayEvent>() {
        @Override
        public PathwayEvent visit(PathwayEvents.Captured event) {
          return ((ImmutablePathwayEvents.Captured) ImmutablePathwayEvents.Captured.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.ContactRecorded event) {
          return ((ImmutablePathwayEvents.ContactRecorded) ImmutablePathwayEvents.ContactRecorded.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.Welcomed event) {
          return ((ImmutablePathwayEvents.Welcomed) ImmutablePathwayEvents.Welcomed.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.Oriented event) {
          return ((ImmutablePathwayEvents.Oriented) ImmutablePathwayEvents.Oriented.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.AccompanimentStarted event) {
          return ((ImmutablePathwayEvents.AccompanimentStarted) ImmutablePathwayEvents.AccompanimentStarted.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.AppointmentRecorded event) {
          return ((ImmutablePathwayEvents.AppointmentRecorded) ImmutablePathwayEvents.AppointmentRecorded.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.Referred event) {
          return ((ImmutablePathwayEvents.Referred) ImmutablePathwayEvents.Referred.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.ReferralStatusRecorded event) {
          return ((ImmutablePathwayEvents.ReferralStatusRecorded) ImmutablePathwayEvents.ReferralStatusRecorded.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.Exited event) {
          return ((ImmutablePathwayEvents.Exited) ImmutablePathwayEvents.Exited.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.ContactLost event) {
          return ((ImmutablePathwayEvents.ContactLost) ImmutablePathwayEvents.ContactLost.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.DroppedOut event) {
          return ((ImmutablePathwayEvents.DroppedOut) ImmutablePathwayEvents.DroppedOut.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.SatisfactionRecorded event) {
          return ((ImmutablePathwayEvents.SatisfactionRecorded) ImmutablePathwayEvents.SatisfactionRecorded.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.SituationObserved event) {
          return ((ImmutablePathwayEvents.SituationObserved) ImmutablePathwayEvents.SituationObserved.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.ProfileUpdated event) {
          return ((ImmutablePathwayEvents.ProfileUpdated) ImmutablePathwayEvents.ProfileUpdated.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.EntryStatusRecorded event) {
          return ((ImmutablePathwayEvents.EntryStatusRecorded) ImmutablePathwayEvents.EntryStatusRecorded.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.FollowUpRecorded event) {
          return ((ImmutablePathwayEvents.FollowUpRecorded) ImmutablePathwayEvents.FollowUpRecorded.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(PathwayEvents.PartnerStepRecorded event) {
          return ((ImmutablePathwayEvents.PartnerStepRecorded) ImmutablePathwayEvents.PartnerStepRecorded.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(EventCorrected event) {
          return ((ImmutableCorrections.EventCorrected) ImmutableCorrections.EventCorrected.copyOf(event)).withHeader(header);
        }

        @Override
        public PathwayEvent visit(EventVoided event) {
          return ((ImmutableCorrections.EventVoided) ImmutableCorrections.EventVoided.copyOf(event)).withHeader(header);
        }
      });
  }
}
