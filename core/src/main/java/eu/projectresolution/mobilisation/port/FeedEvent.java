package eu.projectresolution.mobilisation.port;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.pathway.PathwayEvent;

/**
 * One event of the {@link ChangeFeed}, with its position there.
 *
 * @param position the event's position in its tenant's feed, from 1
 * @param event the event as its pathway holds it (its header names the person and the version)
 */
public record FeedEvent(long position, PathwayEvent event) {
  public FeedEvent {
    if (position < 1) {
      throw new IllegalArgumentException("position is " + position + ": positions start at 1");
    }
    requireNonNull(event, "event");
  }
}
