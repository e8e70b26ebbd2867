package eu.projectresolution.mobilisation.port;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a follower of the {@link ChangeFeed} keeps how far it has read: the last position it handled,
 * per tenant and subscriber name. The host chooses the place: beside the view the subscriber keeps up
 * to date is best (module {@code mobilisation-persistence-jdbc} offers a table, {@code
 * JdbcStorage.feedCheckpoints}), so that a restarted subscriber goes on from where its view stands.
 */
public interface FeedCheckpoints {
  /** The longest subscriber name, in characters. */
  int MAX_NAME_LENGTH = 200;

  /** The last position {@code subscriber} handled for {@code tenant}; 0 if it never stored one. */
  long position(TenantId tenant, String subscriber);

  /**
   * Keeps {@code position} as the last one {@code subscriber} handled for {@code tenant}, replacing the
   * one kept; durable when it returns.
   */
  void store(TenantId tenant, String subscriber, long position);

  /** Checkpoints kept in memory only: for tests and for a subscriber that starts from the first event each time. */
  static FeedCheckpoints inMemory() {
    Map<String, Long> positions = new ConcurrentHashMap<>();
    return new FeedCheckpoints() {
      @Override
      public long position(TenantId tenant, String subscriber) {
        checkName(subscriber);
        return positions.getOrDefault(requireNonNull(tenant, "tenant").value() + '\n' + subscriber, 0L);
      }

      @Override
      public void store(TenantId tenant, String subscriber, long position) {
        checkName(subscriber);
        checkPosition(position);
        positions.put(requireNonNull(tenant, "tenant").value() + '\n' + subscriber, position);
      }
    };
  }

  /**
   * Checks a subscriber's name: not blank, at most {@value #MAX_NAME_LENGTH} characters.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static String checkName(String subscriber) {
    requireNonNull(subscriber, "subscriber");
    if (subscriber.isBlank() || subscriber.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("subscriber is '" + subscriber + "': name it with 1 to " + MAX_NAME_LENGTH
          + " characters, not all spaces (e.g. \"case-screens\")");
    }
    return subscriber;
  }

  /**
   * Checks a position to store: 0 or more.
   *
   * @throws IllegalArgumentException if it is negative
   */
  static long checkPosition(long position) {
    if (position < 0) {
      throw new IllegalArgumentException("position is " + position + ": a checkpoint is 0 or a position of the feed");
    }
    return position;
  }
}
