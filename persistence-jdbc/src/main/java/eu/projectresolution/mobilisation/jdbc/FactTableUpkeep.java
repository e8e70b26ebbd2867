package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.MobilisationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps table {@code fact_cells} fit for a report's scan on PostgreSQL, as autovacuum would if it ran:
 * the engine cannot count on it (it is off on the project's machines). Checked before each report, from
 * the server's own counters of the table's changes.
 *
 * <ul>
 *   <li><b>Statistics.</b> Planned on the statistics of an empty table, a report walks the programme's
 *       index over every cell and sorts them on disk (2.8 s at a million people, measured); planned on
 *       fresh ones, it scans the table in parallel and counts with a hash table (1.1 s). They are
 *       gathered ({@code ANALYZE}, which samples the table: half a second at a million people) once a
 *       tenth of the table has changed since they were last.
 *   <li><b>Vacuum.</b> Where autovacuum does not run (off on the server, or for this table), the same
 *       tenth of the table inserted or deleted since the last {@code VACUUM} makes the store run one
 *       ({@code VACUUM (ANALYZE)}, outside any transaction). It removes the cells replaced by later
 *       commands, which a scan would otherwise read for ever (a command on its own replaces all its
 *       person's cells), and marks the pages whose rows every transaction sees, which a scan then
 *       reads without checking each row: a fifth of the scan at a million people, measured.
 * </ul>
 *
 * <p>A table changed by less than {@value #STALE_AFTER_CHANGES} rows is left as it is: a small table is
 * scanned fast. A database user not allowed to do either (only the table's owner may) gets a warning,
 * once, and the reports go on without the upkeep. A failure that may pass (a connection lost, a
 * statement cancelled) is tried again before a later report, and taken as a refusal only after {@value
 * #ATTEMPTS} in a row: left off for good after one, the table would go back to being scanned row by row
 * until the host restarted, with nothing but an old log line to say why.
 */
final class FactTableUpkeep {
  private static final Logger LOG = LoggerFactory.getLogger(FactTableUpkeep.class);

  private final Database db;

  FactTableUpkeep(Database db) {
    this.db = db;
  }

  /** What the server counts of the table's changes. */
  private record Changes(long sinceAnalyze, long sinceVacuum, double rows, boolean autovacuumRuns) {
    boolean many(long changed) {
      return changed > STALE_AFTER_CHANGES && changed > rows / 10;
    }
  }

  /** Gathers the statistics of the facts' table, or vacuums it, if it has changed enough to need it. */
  void beforeReport() {
    if (refused) {
      return;
    }
    Optional<Changes> changes = db.read(() -> "check the upkeep of the facts' table", c -> {
      if (!db.isPostgres(c)) {
        return Optional.<Changes>empty();
      }
      try (PreparedStatement select = c.prepareStatement(
          "SELECT s.n_mod_since_analyze, s.n_ins_since_vacuum + s.n_dead_tup, c.reltuples,"
              + " current_setting('autovacuum') = 'on' AND current_setting('track_counts') = 'on'"
              + " AND NOT EXISTS (SELECT 1 FROM unnest(c.reloptions) o WHERE lower(o) IN " + AUTOVACUUM_DISABLED + ")"
              + " FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid"
              + " WHERE s.schemaname = ? AND s.relname = 'fact_cells'")) {
        select.setString(1, db.schema());
        try (ResultSet row = select.executeQuery()) {
          return row.next()
              ? Optional.of(new Changes(row.getLong(1), row.getLong(2), Math.max(0, row.getDouble(3)), row.getBoolean(4)))
              : Optional.<Changes>empty();
        }
      }
    });
    // Run once the check's connection is back in the pool.
    if (changes.isEmpty()) {
      return;
    }
    if (!changes.get().autovacuumRuns() && changes.get().many(changes.get().sinceVacuum()) && vacuum()) {
      return;
    }
    if (changes.get().many(changes.get().sinceAnalyze())) {
      analyze();
    }
  }

  /** The ways of writing that autovacuum is off for one table, as {@code pg_class.reloptions} keeps them. */
  private static final String AUTOVACUUM_DISABLED =
      "('autovacuum_enabled=false', 'autovacuum_enabled=off', 'autovacuum_enabled=no', 'autovacuum_enabled=0',"
          + " 'autovacuum_enabled=f', 'autovacuum_enabled=n', 'autovacuum_enabled=of')";

  /** Changes to the table below which nothing is done: a small table is scanned fast. */
  static final long STALE_AFTER_CHANGES = 10_000;

  private volatile boolean refused;

  /** Returns whether the vacuum ran: not on a pool whose connections do not commit automatically. */
  private boolean vacuum() {
    try {
      return db.outsideTransactions(() -> "vacuum the facts' table",
          c -> runAsOwner(c, "VACUUM (ANALYZE) ", "vacuum"));
    } catch (MobilisationException e) {
      failed("vacuum", e);
      return true;
    }
  }

  private void analyze() {
    try {
      db.write(() -> "gather the statistics of the facts' table", c -> runAsOwner(c, "ANALYZE ", "gather the statistics of"));
    } catch (MobilisationException e) {
      failed("gather the statistics of", e);
    }
  }

  /**
   * Runs {@code command} (an upkeep statement, {@code what} it does) on the facts' table, and returns
   * null. PostgreSQL does not refuse one run by a user other than the table's owner: it skips the table
   * with a warning, which is taken here as a refusal.
   */
  private Void runAsOwner(Connection c, String command, String what) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.execute(command + db.table("fact_cells"));
      SQLWarning warning = statement.getWarnings();
      if (warning != null) {
        refuse(what, warning.getMessage());
      } else {
        failedInARow.set(0);
      }
    }
    return null;
  }

  /** Failed attempts in a row after which the upkeep is taken as refused. */
  static final int ATTEMPTS = 3;

  private final AtomicInteger failedInARow = new AtomicInteger();

  /** Refuses for good what the database will never allow; anything else, after {@value #ATTEMPTS} in a row. */
  private void failed(String what, MobilisationException e) {
    if (e.getCause() instanceof SQLException cause && SqlStates.isNotAllowed(cause)) {
      refuse(what, e.getMessage());
      return;
    }
    int failures = failedInARow.incrementAndGet();
    if (failures >= ATTEMPTS) {
      refused = true;
      LOG.warn("Could not {} table {} ({}), {} times in a row: it is no longer tried until the store is created"
          + " again, and reports on large programmes may be slow; run VACUUM ANALYZE on it regularly (or let"
          + " autovacuum run)", what, db.table("fact_cells"), e.getMessage(), failures);
    } else {
      LOG.warn("Could not {} table {} ({}): it will be tried again before a later report", what,
          db.table("fact_cells"), e.getMessage());
    }
  }

  private void refuse(String what, String why) {
    refused = true;
    LOG.warn("Could not {} table {} ({}): reports on large programmes may be slow until it is done; grant the"
        + " engine's database user ownership of its tables, or run VACUUM ANALYZE on it regularly (or let"
        + " autovacuum run)", what, db.table("fact_cells"), why);
  }
}
