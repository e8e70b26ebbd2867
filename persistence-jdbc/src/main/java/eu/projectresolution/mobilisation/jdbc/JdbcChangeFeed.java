package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.ChangeFeed;
import eu.projectresolution.mobilisation.port.FeedEvent;
import eu.projectresolution.mobilisation.port.Pathways.Append;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The change feed, in tables {@code change_feed_heads} (per tenant, the last position given) and
 * {@code change_feed} (per committed batch of appends, its positions and which events they number).
 *
 * <p>Positions are given at the end of each append's transaction, by one statement that adds the
 * batch's event count to the tenant's head row and inserts the batch's row: the head row stays locked
 * until the transaction ends, so the next writer of the tenant is given its positions only after this
 * one has committed (or rolled back, giving its positions back). Positions are therefore in commit
 * order, without gaps: a reader never meets a position committed after a higher one, which a sequence
 * could not promise (a sequence value is taken when the statement runs, and a slow transaction
 * commits its low value after a faster one's higher value was read). The cost: a tenant's appends
 * queue for the head row from their last statement to their commit. See docs/storage-jdbc.md.
 *
 * <p>The events stay where they are ({@code pathway_events}); a batch's row lists its appends as
 * {@code beneficiary first-version last-version} (a person's consecutive appends as one range), in the
 * order the batch gave them, so nothing is added to the events' table or its indexes.
 */
final class JdbcChangeFeed implements ChangeFeed {
  /** The most appends one query of the events asks for. */
  private static final int APPENDS_PER_QUERY = 100;

  private final Database db;
  private final Json json;

  JdbcChangeFeed(Database db, Json json) {
    this.db = db;
    this.json = json;
  }

  /**
   * Numbers the events of {@code batch}, the appends the transaction of {@code writes} writes: the last
   * statement of that transaction ({@link AppendWrites#last}), so that the tenant's head row is locked only
   * until its commit.
   */
  void record(AppendWrites writes, TenantId tenant, List<Append> batch) throws SQLException {
    long events = 0;
    StringBuilder appends = new StringBuilder();
    for (int i = 0; i < batch.size(); i++) {
      Append append = batch.get(i);
      events += append.events().size();
      // A person's consecutive appends (a capture, the welcome, the orientation...) are one line: one range.
      long last = append.lastVersion();
      while (i + 1 < batch.size() && batch.get(i + 1).beneficiary().equals(append.beneficiary())) {
        i++;
        events += batch.get(i).events().size();
        last = batch.get(i).lastVersion();
      }
      appends.append(append.beneficiary().value()).append(' ').append(append.expectedVersion() + 1).append(' ')
          .append(last).append('\n');
    }
    // A unique violation (H2: two first appends of a tenant both inserted its head row) makes the
    // append's transaction run again (AppendWrites#send), and then the loser updates the row.
    long count = events;
    String lines = appends.toString();
    if (db.isPostgres(writes.connection())) {
      writes.last(postgresRecord(), insert -> {
        insert.setString(1, tenant.value());
        insert.setLong(2, count);
        insert.setString(3, tenant.value());
        insert.setLong(4, count);
        insert.setString(5, lines);
      });
    } else {
      writes.last(h2Record(), insert -> {
        insert.setLong(1, count);
        insert.setString(2, lines);
        insert.setString(3, tenant.value());
        insert.setLong(4, count);
      });
    }
  }

  // The head's upsert locks its row until the transaction ends (PostgreSQL waits on ON CONFLICT for a
  // concurrent writer of the row, then updates the row it committed).
  private String postgresRecord() {
    return "WITH head AS (INSERT INTO " + db.table("change_feed_heads") + " AS h (tenant_id, last_position)"
        + " VALUES (?, ?) ON CONFLICT (tenant_id) DO UPDATE SET last_position = h.last_position + EXCLUDED.last_position"
        + " RETURNING last_position)"
        + " INSERT INTO " + db.table("change_feed") + " (tenant_id, first_position, last_position, appends)"
        + " SELECT ?, last_position - ? + 1, last_position, ? FROM head";
  }

  private String h2Record() {
    return "INSERT INTO " + db.table("change_feed") + " (tenant_id, first_position, last_position, appends)"
        + " SELECT tenant_id, last_position - ? + 1, last_position, ? FROM FINAL TABLE ("
        + "MERGE INTO " + db.table("change_feed_heads") + " h USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS BIGINT)))"
        + " s (tenant_id, events) ON h.tenant_id = s.tenant_id"
        + " WHEN MATCHED THEN UPDATE SET last_position = h.last_position + s.events"
        + " WHEN NOT MATCHED THEN INSERT (tenant_id, last_position) VALUES (s.tenant_id, s.events))";
  }

  @Override
  public List<FeedEvent> eventsAfter(TenantId tenant, long position, int limit) {
    ChangeFeed.checkRead(tenant, position, limit);
    return db.read(
        () -> "read the change feed of tenant " + tenant + " after position " + position,
        c -> {
          List<Slot> slots = slots(c, tenant, position, limit);
          Map<EventKey, String> bodies = bodies(c, tenant, slots);
          List<FeedEvent> events = new ArrayList<>(slots.size());
          for (Slot slot : slots) {
            String body = bodies.get(slot.key());
            if (body == null) {
              throw new SQLException("The change feed of tenant " + tenant + " numbers event " + slot.version
                  + " of beneficiary " + slot.beneficiary + " at position " + slot.position
                  + ", which table pathway_events does not hold");
            }
            PathwayEvent event = json.readEvent(body, slot.version + " of beneficiary " + slot.beneficiary);
            events.add(FeedEvent.of(slot.position, event));
          }
          return events;
        });
  }

  /** One position of the feed and the event it numbers. */
  private record Slot(long position, UUID beneficiary, long version) {
    EventKey key() {
      return new EventKey(beneficiary, version);
    }
  }

  /** An event's primary key in its tenant. */
  private record EventKey(UUID beneficiary, long version) {}

  /** The positions after {@code position}, at most {@code limit}, from the batches' rows. */
  private List<Slot> slots(Connection c, TenantId tenant, long position, int limit) throws SQLException {
    List<Slot> slots = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT first_position, appends FROM " + db.table("change_feed")
                + " WHERE tenant_id = ? AND last_position > ? ORDER BY last_position FETCH FIRST ? ROWS ONLY")) {
      select.setString(1, tenant.value());
      select.setLong(2, position);
      select.setInt(3, limit); // each batch numbers one event at least
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next() && slots.size() < limit) {
          long next = rows.getLong(1);
          for (String line : rows.getString(2).split("\n")) {
            String[] parts = line.split(" ");
            UUID beneficiary = UUID.fromString(parts[0]);
            long last = Long.parseLong(parts[2]);
            for (long version = Long.parseLong(parts[1]); version <= last; version++, next++) {
              if (next > position && slots.size() < limit) {
                slots.add(new Slot(next, beneficiary, version));
              }
            }
          }
        }
      }
    }
    return slots;
  }

  /** The events' bodies, by primary key, a hundred appends' worth per query. */
  private Map<EventKey, String> bodies(Connection c, TenantId tenant, List<Slot> slots) throws SQLException {
    // Consecutive slots of one person are one range of versions.
    List<long[]> ranges = new ArrayList<>();
    List<UUID> people = new ArrayList<>();
    for (Slot slot : slots) {
      int last = ranges.size() - 1;
      if (last >= 0 && people.get(last).equals(slot.beneficiary) && ranges.get(last)[1] == slot.version - 1) {
        ranges.get(last)[1] = slot.version;
      } else {
        people.add(slot.beneficiary);
        ranges.add(new long[] {slot.version, slot.version});
      }
    }
    Map<EventKey, String> bodies = new HashMap<>();
    for (int from = 0; from < ranges.size(); from += APPENDS_PER_QUERY) {
      int to = Math.min(ranges.size(), from + APPENDS_PER_QUERY);
      StringBuilder sql = new StringBuilder("SELECT beneficiary_id, version, body FROM ")
          .append(db.table("pathway_events")).append(" WHERE tenant_id = ? AND (");
      for (int i = from; i < to; i++) {
        sql.append(i > from ? " OR " : "").append("(beneficiary_id = ? AND version BETWEEN ? AND ?)");
      }
      try (PreparedStatement select = c.prepareStatement(sql.append(')').toString())) {
        int p = 1;
        select.setString(p++, tenant.value());
        for (int i = from; i < to; i++) {
          select.setObject(p++, people.get(i));
          select.setLong(p++, ranges.get(i)[0]);
          select.setLong(p++, ranges.get(i)[1]);
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            bodies.put(new EventKey(rows.getObject(1, UUID.class), rows.getLong(2)), rows.getString(3));
          }
        }
      }
    }
    return bodies;
  }
}
