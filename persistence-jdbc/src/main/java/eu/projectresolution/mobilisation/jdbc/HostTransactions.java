package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.RetriesExhausted;
import eu.projectresolution.mobilisation.StorageFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the store's port calls inside the transaction the host has open on the connection ({@link
 * JdbcStorage#inHostTransactions}, {@link JdbcStorage#inHostTransaction}), so that the host's own
 * writes and the engine's commit or roll back together, when the host says.
 *
 * <ul>
 *   <li>It never commits, never rolls the host's transaction back, never changes the connection's
 *       auto-commit or isolation level, and never closes a connection the host handed over (one from a
 *       {@code DataSource} is handed back with {@code close()}, which for a transaction-bound connection,
 *       such as Spring's {@code TransactionAwareDataSourceProxy} gives, keeps it in the transaction).
 *   <li>A call that writes runs inside a savepoint. If it fails, its own statements are rolled back to
 *       the savepoint and nothing else: the host's statements stand, its transaction goes on (on
 *       PostgreSQL a failed statement would otherwise abort it), and the engine can still read in it,
 *       as it does to answer a command id already recorded with its original result.
 *   <li>It never runs the host's transaction again. A pathway that moved on surfaces as {@link
 *       eu.projectresolution.mobilisation.VersionConflict} for the host to handle. When a concurrent
 *       writer takes a key first, the call's statements are rolled back to the savepoint and run once
 *       more in the same transaction, which at READ COMMITTED sees what that writer committed and so
 *       says what was lost to (a {@code VersionConflict}, or a command already recorded). A deadlock or
 *       a serialisation failure, which only running the whole transaction again can cure, throws {@link
 *       RetriesExhausted} after that one attempt: roll the transaction back and run it again.
 *   <li>A report's reads run in the host's transaction as they come, at its isolation level: they see one
 *       snapshot of the database only if the host opened it REPEATABLE READ or SERIALIZABLE.
 * </ul>
 *
 * <p>On PostgreSQL each call plans its statements as the store's own transactions do ({@link
 * Database#CUSTOM_PLANS}), and then gives the transaction back the {@code plan_cache_mode} it had.
 */
final class HostTransactions {
  private static final Logger LOG = LoggerFactory.getLogger(HostTransactions.class);

  /** Runs of a call's statements when concurrent writers take its keys first: the first, and one to see why. */
  static final int MAX_RUNS = 2;

  private final Database db;

  HostTransactions(Database db) {
    this.db = db;
  }

  /** Runs {@code work} in the host's transaction on {@code connection}, then hands the connection back. */
  <T> T run(Supplier<String> what, Connection connection, Database.Work<T> work, boolean writes) {
    return inTransaction(what, connection, () -> writes ? inSavepoint(what, connection, work) : work.run(connection));
  }

  /** Runs {@code work}, whose reads go to {@code connection}, in the host's transaction. */
  <T> T inSnapshot(Supplier<String> what, Connection connection, Supplier<T> work) {
    return inTransaction(what, connection, work::get);
  }

  private interface Call<T> {
    T run() throws SQLException;
  }

  private <T> T inTransaction(Supplier<String> what, Connection connection, Call<T> call) {
    Throwable failure = null;
    try {
      db.knowDatabase(connection);
      String plans = db.isPostgres(connection) ? customPlans(connection) : null;
      T result;
      try {
        result = call.run();
      } catch (SQLException | RuntimeException | Error e) {
        if (plans != null) {
          try {
            restorePlans(connection, plans);
          } catch (SQLException restore) {
            e.addSuppressed(restore);
          }
        }
        throw e;
      }
      if (plans != null) {
        restorePlans(connection, plans);
      }
      return result;
    } catch (SQLException e) {
      failure = e;
      if (SqlStates.isTransient(e)) {
        throw new RetriesExhausted(
            "Could not " + what.get() + " in schema \"" + db.schema() + "\": the database refused it for a passing"
                + " reason (SQL state " + SqlStates.stateOf(e) + ": " + SqlStates.saidBy(e) + "). The store does not run"
                + " the host's transaction again: roll it back and run it again",
            1, e);
      }
      throw db.failure(what.get(), e);
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      db.closeQuietly(connection, failure == null, failure, null);
    }
  }

  private <T> T inSavepoint(Supplier<String> what, Connection connection, Database.Work<T> work)
      throws SQLException {
    for (int run = 1; ; run++) {
      Savepoint savepoint = connection.setSavepoint();
      try {
        T result = work.run(connection);
        connection.releaseSavepoint(savepoint);
        return result;
      } catch (Database.ConcurrentWrite e) {
        rollBack(connection, savepoint, e);
        if (run >= MAX_RUNS) {
          throw new RetriesExhausted(
              "Could not " + what.get() + " in schema \"" + db.schema() + "\": concurrent writers kept getting in"
                  + " first (" + e.getMessage() + "); roll the host's transaction back and run it again later",
              run, e);
        }
        LOG.debug("A concurrent writer got in first ({}): running the statements to {} once more", e.getMessage(), what.get());
      } catch (SQLException | RuntimeException | Error e) {
        rollBack(connection, savepoint, e);
        throw e;
      }
    }
  }

  /** Undoes the call's statements, and only them; if that fails, the host's transaction cannot go on. */
  private void rollBack(Connection connection, Savepoint savepoint, Throwable failure) {
    try {
      connection.rollback(savepoint);
    } catch (SQLException e) {
      failure.addSuppressed(e);
      throw new StorageFailure(
          "Could not roll back to the savepoint the store set in the host's transaction, in schema \"" + db.schema()
              + "\" (SQL state " + SqlStates.stateOf(e) + "): roll the transaction back",
          failure);
    }
  }

  /** Plans this call's statements on the tables as they are; returns the transaction's setting before. */
  private static String customPlans(Connection connection) throws SQLException {
    String before;
    try (Statement sql = connection.createStatement()) {
      try (ResultSet row = sql.executeQuery("SELECT current_setting('plan_cache_mode')")) {
        row.next();
        before = row.getString(1);
      }
      sql.execute(Database.CUSTOM_PLANS);
    }
    return before;
  }

  private static void restorePlans(Connection connection, String before) throws SQLException {
    try (PreparedStatement set = connection.prepareStatement("SELECT set_config('plan_cache_mode', ?, true)")) {
      set.setString(1, before);
      set.executeQuery().close();
    }
  }
}
