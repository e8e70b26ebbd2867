package eu.projectresolution.mobilisation.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import org.immutables.value.Value;

/** One event of the {@link ChangeFeed}, with its position there. */
@Value.Immutable
@JsonSerialize(as = ImmutableFeedEvent.class)
@JsonDeserialize(as = ImmutableFeedEvent.class)
public interface FeedEvent {
  /** The event's position in its tenant's feed, from 1. */
  @Value.Parameter
  long position();

  /** The event as its pathway holds it (its header names the person and the version). */
  @Value.Parameter
  PathwayEvent event();

  static FeedEvent of(long position, PathwayEvent event) {
    return ImmutableFeedEvent.of(position, event);
  }

  @Value.Check
  default void check() {
    checkArgument(position() >= 1, "position is %s: positions start at 1", position());
  }
}
