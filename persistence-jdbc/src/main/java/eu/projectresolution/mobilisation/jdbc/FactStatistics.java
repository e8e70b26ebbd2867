package eu.projectresolution.mobilisation.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The statistics PostgreSQL plans a report's aggregation on: kept fresh by the store, since autovacuum may not run. */
final class FactStatistics {
  private static final Logger LOG = LoggerFactory.getLogger(FactStatistics.class);

  private final Database db;

  FactStatistics(Database db) {
    this.db = db;
  }

  /**
   * On PostgreSQL, refreshes the statistics of table {@code fact_cells} when it has changed a lot since
   * they were last gathered, as autovacuum would if it ran: the engine cannot count on it. Planned on
   * the statistics of an empty table, a report walks the programme's index over every cell and sorts
   * them on disk (2.8 s at a million people, measured); planned on fresh ones, it scans the table in
   * parallel and counts with a hash table (1.1 s). Gathering them samples the table (half a second at a
   * million people) and happens again only after another tenth of the table has changed.
   *
   * <p>A database user not allowed to gather them gets a warning, once, and the reports go on.
   */
  void refreshIfStale() {
    if (statisticsRefused) {
      return;
    }
    boolean stale = db.read(() -> "check the statistics of the facts' table", c -> {
      if (!db.isPostgres(c)) {
        return false;
      }
      long changed;
      double rows;
      try (PreparedStatement select = c.prepareStatement(
          "SELECT s.n_mod_since_analyze, c.reltuples FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid"
              + " WHERE s.schemaname = ? AND s.relname = 'fact_cells'")) {
        select.setString(1, db.schema());
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return false;
          }
          changed = row.getLong(1);
          rows = Math.max(0, row.getDouble(2));
        }
      }
      return changed > STALE_AFTER_CHANGES && changed > rows / 10;
    });
    if (stale) {
      analyze(); // once the check's connection is back in the pool
    }
  }

  /** Changes to the table below which its statistics are never gathered again: a small table is scanned fast. */
  private static final long STALE_AFTER_CHANGES = 10_000;

  private volatile boolean statisticsRefused;

  private void analyze() {
    try {
      db.write(() -> "gather the statistics of the facts' table", c -> {
        try (java.sql.Statement analyze = c.createStatement()) {
          analyze.execute("ANALYZE " + db.table("fact_cells"));
        }
        return null;
      });
    } catch (eu.projectresolution.mobilisation.MobilisationException e) {
      statisticsRefused = true;
      LOG.warn("Could not gather the statistics of table {} ({}): reports on large programmes may be slow until"
          + " ANALYZE runs on it; grant the engine's database user ownership of its tables, or run ANALYZE"
          + " regularly", db.table("fact_cells"), e.getMessage());
    }
  }
}
