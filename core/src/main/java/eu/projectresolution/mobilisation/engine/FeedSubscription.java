package eu.projectresolution.mobilisation.engine;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.port.ChangeFeed;
import eu.projectresolution.mobilisation.port.FeedCheckpoints;
import eu.projectresolution.mobilisation.port.FeedEvent;
import java.util.List;

/**
 * Follows a tenant's {@link ChangeFeed} for a host: reads the events after the subscriber's checkpoint,
 * hands them to the host's {@link Handler} a batch at a time, and stores the checkpoint once the
 * handler has returned. Each event is handed on <em>at least once</em>: if the handler throws, or the
 * process stops before the checkpoint is stored, the same events come again from the last checkpoint
 * stored. A handler that keeps its view idempotent by position (skip an event at or below the position
 * its view already reflects), or that stores the checkpoint in the same transaction as its view, sees
 * each event's effect once.
 *
 * <pre>{@code
 * FeedSubscription screens = FeedSubscription.of(storage.changeFeed(), tenant, "case-screens",
 *     checkpoints, events -> events.forEach(view::apply));
 * screens.catchUp();   // from the host's scheduler, every few seconds
 * }</pre>
 *
 * <p>It runs on the caller's thread, when called: the host chooses when (a scheduler, after its own
 * commands, at start-up). One subscriber name is followed by one thread at a time; two subscriptions
 * with different names are independent.
 */
public final class FeedSubscription {
  /** The number of events handed on at once unless {@link #batchSize} says otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  /** What the host does with the events, a batch at a time, in position order. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Handles {@code events}, a non-empty batch in position order. Throwing leaves the checkpoint where
     * it was: the batch comes again on the next read.
     */
    void handle(List<FeedEvent> events);
  }

  private final ChangeFeed feed;
  private final TenantId tenant;
  private final String subscriber;
  private final FeedCheckpoints checkpoints;
  private final Handler handler;
  private final int batchSize;

  private FeedSubscription(
      ChangeFeed feed, TenantId tenant, String subscriber, FeedCheckpoints checkpoints, Handler handler, int batchSize) {
    this.feed = requireNonNull(feed, "feed");
    this.tenant = requireNonNull(tenant, "tenant");
    this.subscriber = FeedCheckpoints.checkName(subscriber);
    this.checkpoints = requireNonNull(checkpoints, "checkpoints");
    this.handler = requireNonNull(handler, "handler");
    if (batchSize < 1 || batchSize > ChangeFeed.MAX_LIMIT) {
      throw new IllegalArgumentException("batchSize is " + batchSize + ": give from 1 to " + ChangeFeed.MAX_LIMIT);
    }
    this.batchSize = batchSize;
  }

  /**
   * A subscription of {@code subscriber} to {@code tenant}'s feed, from the checkpoint {@code
   * checkpoints} keeps for it (from the first event if none), in batches of {@value #DEFAULT_BATCH_SIZE}.
   *
   * @param subscriber the name the checkpoint is kept under, 1 to 200 characters
   */
  public static FeedSubscription of(
      ChangeFeed feed, TenantId tenant, String subscriber, FeedCheckpoints checkpoints, Handler handler) {
    return new FeedSubscription(feed, tenant, subscriber, checkpoints, handler, DEFAULT_BATCH_SIZE);
  }

  /** This subscription, handing on at most {@code size} events at once (1 to {@link ChangeFeed#MAX_LIMIT}). */
  public FeedSubscription batchSize(int size) {
    return new FeedSubscription(feed, tenant, subscriber, checkpoints, handler, size);
  }

  /** The last position handled, as the checkpoint store keeps it. */
  public long checkpoint() {
    return checkpoints.position(tenant, subscriber);
  }

  /**
   * Reads one batch after the checkpoint, hands it to the handler and stores the checkpoint at its last
   * event.
   *
   * @return how many events were handed on; 0 when the subscriber is up to date
   * @throws IllegalStateException if the feed skipped a position (a broken store adapter): nothing handed on
   */
  public int pollOnce() {
    long from = checkpoint();
    List<FeedEvent> events = feed.eventsAfter(tenant, from, batchSize);
    if (events.isEmpty()) {
      return 0;
    }
    long expected = from + 1;
    for (FeedEvent event : events) {
      if (event.position() != expected) {
        throw new IllegalStateException("The change feed of tenant " + tenant + " answered position " + event.position()
            + " where " + expected + " was due, after checkpoint " + from + " of subscriber '" + subscriber
            + "': its store numbers events with gaps or out of order; check the store adapter against ChangeFeedContract");
      }
      expected++;
    }
    handler.handle(events);
    checkpoints.store(tenant, subscriber, events.get(events.size() - 1).position());
    return events.size();
  }

  /**
   * Polls until the subscriber has handled every event committed when the last read ran.
   *
   * @return how many events were handed on
   */
  public long catchUp() {
    long handled = 0;
    while (true) {
      int batch = pollOnce();
      handled += batch;
      if (batch < batchSize) {
        return handled; // the feed had no more when it was read
      }
    }
  }

  @Override
  public String toString() {
    return "FeedSubscription[" + subscriber + " of tenant " + tenant + "]";
  }
}
