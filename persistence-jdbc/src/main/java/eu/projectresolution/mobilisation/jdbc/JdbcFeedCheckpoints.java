package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.port.FeedCheckpoints;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Feed subscribers' checkpoints in table {@code change_feed_checkpoints}, one row per tenant and subscriber. */
final class JdbcFeedCheckpoints implements FeedCheckpoints {
  private final Database db;

  JdbcFeedCheckpoints(Database db) {
    this.db = db;
  }

  @Override
  public long position(TenantId tenant, String subscriber) {
    java.util.Objects.requireNonNull(tenant, "tenant");
    FeedCheckpoints.checkName(subscriber);
    return db.read(
        () -> "read the checkpoint of feed subscriber '" + subscriber + "' of tenant " + tenant,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT last_position FROM " + db.table("change_feed_checkpoints")
                      + " WHERE tenant_id = ? AND subscriber = ?")) {
            select.setString(1, tenant.value());
            select.setString(2, subscriber);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next() ? rows.getLong(1) : 0L;
            }
          }
        });
  }

  @Override
  public void store(TenantId tenant, String subscriber, long position) {
    java.util.Objects.requireNonNull(tenant, "tenant");
    FeedCheckpoints.checkName(subscriber);
    FeedCheckpoints.checkPosition(position);
    db.write(
        () -> "store the checkpoint of feed subscriber '" + subscriber + "' of tenant " + tenant,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE " + db.table("change_feed_checkpoints")
                      + " SET last_position = ? WHERE tenant_id = ? AND subscriber = ?")) {
            update.setLong(1, position);
            update.setString(2, tenant.value());
            update.setString(3, subscriber);
            if (update.executeUpdate() == 1) {
              return null;
            }
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO " + db.table("change_feed_checkpoints")
                      + " (tenant_id, subscriber, last_position) VALUES (?, ?, ?)")) {
            insert.setString(1, tenant.value());
            insert.setString(2, subscriber);
            insert.setLong(3, position);
            insert.executeUpdate();
          } catch (java.sql.SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
              throw new Database.ConcurrentWrite("the checkpoint of '" + subscriber + "' was first stored concurrently", e);
            }
            throw e;
          }
          return null;
        });
  }
}
