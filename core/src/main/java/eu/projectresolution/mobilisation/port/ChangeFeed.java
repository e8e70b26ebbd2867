package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import java.util.List;

/**
 * Every pathway event a tenant's appends committed, in one order a host can follow: to keep its own
 * screens, search index or data warehouse up to date without reading every pathway again.
 *
 * <p>Each event has a <em>position</em>, from 1, consecutive, with no gap: the store numbers the events
 * of an append when it commits, after every append committed before it, so a reader that has seen the
 * events up to a position will never meet an event at or below it later (an append committed late by
 * a slow transaction is numbered when it commits, not when it began). A person's events come in their
 * versions' order. {@link eu.projectresolution.mobilisation.engine.FeedSubscription} follows the feed
 * for a host, keeping its checkpoint.
 */
public interface ChangeFeed {
  /** The most events one call answers. */
  int MAX_LIMIT = 10_000;

  /**
   * The tenant's events at positions after {@code position}, in position order, at most {@code limit}
   * of them; fewer (or none) when the feed has no more yet.
   *
   * @param position the last position the reader has handled, 0 to read from the first event
   * @param limit how many events at most, from 1 to {@link #MAX_LIMIT}
   * @throws IllegalArgumentException if {@code position} is negative or {@code limit} out of range
   */
  List<FeedEvent> eventsAfter(TenantId tenant, long position, int limit);

  /**
   * Checks the arguments of {@link #eventsAfter} as it documents them; adapters call it first.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static void checkRead(TenantId tenant, long position, int limit) {
    java.util.Objects.requireNonNull(tenant, "tenant");
    if (position < 0) {
      throw new IllegalArgumentException("position is " + position + ": give 0 to read from the first event, or the"
          + " last position handled");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit is " + limit + ": give from 1 to " + MAX_LIMIT + " events per read");
    }
  }
}
