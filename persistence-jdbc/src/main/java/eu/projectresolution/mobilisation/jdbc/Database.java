package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommitNotConfirmed;
import eu.projectresolution.mobilisation.MobilisationException;
import eu.projectresolution.mobilisation.RetriesExhausted;
import eu.projectresolution.mobilisation.StorageFailure;
import eu.projectresolution.mobilisation.StoreNotReady;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Over 400 lines: every transaction the store runs begins and ends here (its own, with their retries and
// what waits for their commit, a command's one request, and a report's snapshot) or is handed on from here
// (a host's, to HostTransactions), so that how a connection is taken, committed, rolled back and handed
// back reads in one place.
/**
 * The host's connections and the schema holding the engine's tables: runs each port call as one
 * transaction (reads are single statements; on PostgreSQL sent unprepared, see {@link
 * UnpreparedStatements}, or else in a transaction of their own too, see {@link #CUSTOM_PLANS}; a command
 * on its own is one request, see {@link #writeInOneRequest}), runs it again when the database reports a
 * transient conflict with a concurrent writer, and turns every {@link SQLException} into a {@link
 * MobilisationException} saying what could not be done. Its first call refuses a database that would
 * acknowledge a command before it is on disk (see
 * {@link Durability}).
 *
 * <p>One that joins host transactions ({@link JdbcStorage#inHostTransactions}) runs a call that meets a
 * connection with a transaction open (auto-commit off) inside that transaction instead: see {@link
 * HostTransactions}. On a connection in auto-commit mode it runs its own, as by default.
 */
final class Database {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** Attempts of one transaction before giving up on a database that keeps reporting conflicts. */
  static final int MAX_ATTEMPTS = 10;

  private final Connections connections;
  private final String schema;
  /** Null unless the store joins the transactions the host has open on its connections. */
  private final HostTransactions hostTransactions;

  /**
   * Whether the database is PostgreSQL; null until the first connection, which also passes {@link
   * Durability#check} (not checked again).
   */
  private volatile Boolean postgres;

  /**
   * How a read on PostgreSQL runs in one round trip, if the driver allows it; null on H2, or with a
   * driver that does not. Set before {@link #postgres}.
   */
  private volatile UnpreparedStatements unpreparedStatements;

  /**
   * Makes PostgreSQL plan each statement of the transaction on the tables as they are now.
   *
   * <p>Its JDBC driver prepares a statement run often on the server, and after five runs the server
   * may keep one generic plan for it, for as long as the connection lives. A plan chosen while the
   * tables were nearly empty stays chosen when they hold millions of rows, since only statistics
   * gathered by {@code ANALYZE} would make the server plan again, and the engine cannot count on
   * autovacuum running it. Measured: the lookup of a person's summary by its primary key was planned
   * on the index by programme and stage, filtering every row of the tenant, and took four fifths of
   * the SIPA replay's time on PostgreSQL. Planned each time (a few tens of microseconds for these
   * statements), it uses the primary key once the table has grown. {@code SET LOCAL} ends with the
   * transaction, so the host's own statements on the connection keep its settings.
   */
  static final String CUSTOM_PLANS = "SET LOCAL plan_cache_mode = force_custom_plan";

  /**
   * {@link #CUSTOM_PLANS}, and no just-in-time compilation, for a report's snapshot. PostgreSQL compiles
   * the expressions of a statement it expects to be costly (a report's count over a large programme's
   * cells) before running it; at a million people the compilation took 40 to 50 ms of a 550 ms count,
   * which it did not win back: the count took a tenth less without it (measured, five alternated pairs).
   */
  static final String REPORT_SETTINGS = CUSTOM_PLANS + "; SET LOCAL jit = off";

  /**
   * Whether the database is PostgreSQL, as the transaction's connection {@code c} says: what a
   * statement written differently for H2 and PostgreSQL asks.
   */
  boolean isPostgres(Connection c) throws SQLException {
    Boolean known = postgres;
    return known != null ? known : "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
  }

  /** Runs its own transactions on connections of {@code dataSource}: the default. */
  Database(DataSource dataSource, String schema) {
    this(Connections.of(dataSource), schema, false);
  }

  /**
   * @param joinsHostTransactions whether a call on a connection with a transaction open runs inside it
   *     (see {@link HostTransactions}) rather than in a transaction of its own
   */
  Database(Connections connections, String schema, boolean joinsHostTransactions) {
    this.connections = requireNonNull(connections, "connections");
    this.schema = requireNonNull(schema, "schema");
    this.hostTransactions = joinsHostTransactions ? new HostTransactions(this) : null;
  }

  String schema() {
    return schema;
  }

  /**
   * The schema-qualified name of one of the engine's tables. The schema is quoted, as Flyway creates
   * it, so that H2 (which folds unquoted names to upper case) and PostgreSQL (lower case) agree; table
   * names are unquoted, as the migration scripts create them.
   */
  String table(String name) {
    return '"' + schema + "\"." + name;
  }

  /** A unit of work on one connection, inside one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Thrown by a unit of work when a concurrent writer got in first (a unique key it relied on is now
   * taken, a row it updates has moved on): the transaction is rolled back and run again, and this
   * time the work sees what the other writer committed.
   */
  static final class ConcurrentWrite extends StorageFailure {
    private static final long serialVersionUID = 1L;

    ConcurrentWrite(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Runs {@code work}, which only reads, with a single statement: in its own transaction if the
   * connection commits automatically (the usual pool setting), else in one that is rolled back.
   *
   * @param what what the work does, for error messages ("read the pathway of ...")
   */
  <T> T read(Supplier<String> what, Work<T> work) {
    return withRetries(what, () -> once(what, work, Run.READ));
  }

  /**
   * Runs {@code work}, which only reads, with a single statement whose many rows are fetched a batch at
   * a time (see {@link java.sql.Statement#setFetchSize}): always in a transaction, rolled back at the
   * end, since the PostgreSQL driver fetches in batches only then and otherwise holds every row in
   * memory at once.
   *
   * <p>Run once, never again after a transient failure: the work hands rows on to its caller as they
   * come, and a second run would hand them on twice.
   *
   * @param what what the work does, for error messages ("read the event streams of ...")
   */
  <T> T readInBatches(Supplier<String> what, Work<T> work) {
    try {
      return once(what, work, Run.READ_IN_BATCHES);
    } catch (TransientFailure e) {
      throw failure(what.get(), (SQLException) e.getCause());
    }
  }

  /**
   * Runs {@code work} in one transaction and commits it. A transient failure (deadlock, serialisation
   * failure, lock time-out) or a {@link ConcurrentWrite} rolls it back and runs it again, up to {@link
   * #MAX_ATTEMPTS} times; any other exception rolls it back and is thrown, an {@link SQLException}
   * wrapped in a {@link MobilisationException}.
   *
   * @param what what the work does, for error messages ("append events to the pathway of ...")
   */
  <T> T write(Supplier<String> what, Work<T> work) {
    return withRetries(what, () -> once(what, work, Run.WRITE));
  }

  /**
   * Runs {@code work}, which writes a few rows (a command on its own), as {@link #write} does, but on
   * PostgreSQL with its statements sent unprepared ({@link UnpreparedStatements}) rather than after a
   * {@code SET LOCAL}: a round trip less.
   */
  <T> T writeFew(Supplier<String> what, Work<T> work) {
    return withRetries(what, () -> once(what, work, Run.FEW_WRITES));
  }

  /**
   * Runs {@code request}, which sends a command's writes as one request (the statements of one {@code
   * PreparedStatement}, see {@link AppendWrites.Sending#ONE_REQUEST}), in one round trip where it can: on
   * PostgreSQL, on a connection in auto-commit mode, with the statements sent unprepared. The server runs
   * the statements that reach it with one synchronisation as one transaction, committed when the last
   * has run: all of them are kept or none. The request tells it runs so by its connection's auto-commit
   * mode, and must then send nothing else that writes (it may read before it: each read is then a
   * transaction of its own, so what the request's writes depend on the server must check in the request,
   * see {@link AppendWrites.OneRowEach}).
   *
   * @return true if the request was sent and committed; false if nothing was written, because it cannot
   *     go as one request here (H2, a host's transaction, a driver without the setting), or because the
   *     server refused it for a key already taken or a conflict with a concurrent writer (which statement
   *     met it, one request does not say): then the caller writes the usual way, which says which
   * @throws CommitNotConfirmed if the connection failed while the request was out: it may have committed
   */
  boolean writeInOneRequest(Supplier<String> what, Work<?> request) {
    if (snapshot.get() != null || Boolean.FALSE.equals(postgres) || (postgres != null && unpreparedStatements == null)) {
      return false;
    }
    Connection connection = connection(what);
    boolean ended = false;
    boolean sent = false;
    Throwable failure = null;
    try {
      knowDatabase(connection);
      UnpreparedStatements unprepared = unpreparedStatements;
      if (unprepared == null || !connection.getAutoCommit()) {
        ended = true;
        return false;
      }
      sent = true; // from here on, a lost connection may have lost the answer, not the request
      List<Runnable> committed = new ArrayList<>();
      gathering(committed, () -> unprepared.run(connection, request));
      ended = true;
      committed.forEach(Runnable::run);
      return true;
    } catch (SQLException e) {
      if (sent && SqlStates.isOutcomeUnknown(e)) {
        failure = e;
        throw notConfirmed(what, e);
      }
      if (SqlStates.isUniqueViolation(e) || SqlStates.isTransient(e)) {
        ended = true; // the server rolled the request back
        return false;
      }
      failure = e;
      throw failure(what.get(), e);
    } catch (RuntimeException e) {
      if (e instanceof ConcurrentWrite || refusedForAConflict(e)) {
        ended = true; // the server rolled the request back
        return false;
      }
      failure = e;
      throw e;
    } catch (Error e) {
      failure = e;
      throw e;
    } finally {
      closeQuietly(connection, ended, failure, null);
    }
  }

  /** Whether {@code e} comes from the server refusing a statement for a key taken or a transient conflict. */
  private static boolean refusedForAConflict(RuntimeException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return !SqlStates.isOutcomeUnknown(sql) && (SqlStates.isUniqueViolation(sql) || SqlStates.isTransient(sql));
      }
    }
    return false;
  }

  /**
   * Runs {@code work} outside any transaction, on a connection in auto-commit mode, as the database's
   * upkeep statements need ({@code VACUUM} refuses to run in a transaction). Runs nothing and returns
   * false where that is not possible: inside a snapshot or a host's transaction, or on a pool whose
   * connections do not commit automatically. Never run again after a failure.
   *
   * @param what what the work does, for error messages ("vacuum the facts' table")
   */
  boolean outsideTransactions(Supplier<String> what, Work<?> work) {
    if (snapshot.get() != null) {
      return false;
    }
    Connection connection = connection(what);
    Throwable failure = null;
    try {
      knowDatabase(connection);
      if (!connection.getAutoCommit()) {
        return false;
      }
      work.run(connection);
      return true;
    } catch (SQLException e) {
      failure = e;
      throw failure(what.get(), e);
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      closeQuietly(connection, true, failure, null);
    }
  }

  /** What a call does, which decides how its statements are sent. */
  private enum Run {
    READ,
    READ_IN_BATCHES,
    WRITE,
    FEW_WRITES;

    boolean writes() {
      return this == WRITE || this == FEW_WRITES;
    }
  }

  private <T> T withRetries(Supplier<String> what, Supplier<T> attempt) {
    for (int number = 1; ; number++) {
      try {
        return attempt.get();
      } catch (ConcurrentWrite | TransientFailure e) {
        if (number >= MAX_ATTEMPTS) {
          throw new RetriesExhausted(
              "Could not " + what.get() + " in schema \"" + schema + "\": concurrent writers kept getting in first "
                  + "after " + MAX_ATTEMPTS + " attempts; retry later",
              MAX_ATTEMPTS, e.getCause() != null ? e.getCause() : e);
        }
        LOG.debug("Attempt {} to {} met a concurrent writer ({}); running it again", number, what.get(), e.getMessage());
        pause(number, what);
      }
    }
  }

  /**
   * What to do once the write this thread runs commits ({@link #afterCommit}); null outside a write of the
   * store's own.
   */
  private final ThreadLocal<List<Runnable>> onCommit = new ThreadLocal<>();

  /**
   * Runs {@code action} once the transaction of the write this thread is running commits, if it is one of
   * the store's own: for what the store may remember only once it is stored, such as a tally it inserted.
   * It never runs if that transaction rolls back (a run of it that meets a concurrent writer included),
   * nor in a host's transaction, whose commit the store does not see.
   */
  void afterCommit(Runnable action) {
    List<Runnable> actions = onCommit.get();
    if (actions != null) {
      actions.add(action);
    }
  }

  /** Runs {@code work} with {@link #afterCommit} gathering into {@code actions}. */
  private <T> T gathering(List<Runnable> actions, CheckedSupplier<T> work) throws SQLException {
    List<Runnable> outer = onCommit.get();
    onCommit.set(actions);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        onCommit.remove();
      } else {
        onCommit.set(outer);
      }
    }
  }

  @FunctionalInterface
  private interface CheckedSupplier<T> {
    T get() throws SQLException;
  }

  /** The connection of the snapshot this thread reads in, if it is in one (see {@link #inOneSnapshot}). */
  private final ThreadLocal<Connection> snapshot = new ThreadLocal<>();

  /**
   * Runs {@code work} with every read it makes through this database ({@link #read}, {@link
   * #readInBatches}) in one transaction that sees one snapshot of the database (REPEATABLE READ on
   * PostgreSQL, SERIALIZABLE on H2): they all see it as it was at the first one, whatever commits
   * meanwhile. Writes are not allowed inside. Nested calls join the outer
   * snapshot.
   *
   * @param what what the work does, for error messages ("compute the report of ...")
   */
  <T> T inOneSnapshot(Supplier<String> what, Supplier<T> work) {
    if (snapshot.get() != null) {
      return work.get();
    }
    Connection connection = connection(what);
    if (inHostTransaction(connection, what)) {
      return hostTransactions.inSnapshot(what, connection, () -> {
        snapshot.set(connection);
        try {
          return work.get();
        } finally {
          snapshot.remove();
        }
      });
    }
    Throwable failure = null;
    boolean restoreAutoCommit = false;
    int isolation = Connection.TRANSACTION_READ_COMMITTED;
    try {
      knowDatabase(connection);
      isolation = connection.getTransactionIsolation();
      if (connection.getAutoCommit()) {
        connection.setAutoCommit(false);
        restoreAutoCommit = true;
      }
      // PostgreSQL's REPEATABLE READ is a snapshot of the whole database taken at the first read. H2's
      // takes each table's at its first read (a table read later sees commits made meanwhile); its
      // SERIALIZABLE is the whole-database snapshot, and a transaction that only reads never fails it.
      connection.setTransactionIsolation(
          postgres ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_SERIALIZABLE);
      if (postgres) {
        try (Statement settings = connection.createStatement()) {
          settings.execute(REPORT_SETTINGS);
        }
      }
      snapshot.set(connection);
      return work.get();
    } catch (SQLException e) {
      failure = e;
      throw failure(what.get(), e);
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      snapshot.remove();
      try {
        connection.rollback(); // it only read
        connection.setTransactionIsolation(isolation);
        if (restoreAutoCommit) {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        if (failure != null) {
          failure.addSuppressed(e);
        } else {
          LOG.warn("Could not end the snapshot to {} cleanly: {}", what.get(), e.getMessage());
        }
      }
      closeQuietly(connection, true, failure, null);
    }
  }

  private Connection connection(Supplier<String> what) {
    try {
      return connections.get();
    } catch (SQLException e) {
      throw failure("get a connection to " + what.get(), e);
    }
  }

  /** Whether this store joins host transactions and {@code connection} has one open (auto-commit off). */
  private boolean inHostTransaction(Connection connection, Supplier<String> what) {
    if (hostTransactions == null) {
      return false;
    }
    try {
      return !connection.getAutoCommit();
    } catch (SQLException e) {
      closeQuietly(connection, false, e, null);
      throw failure(what.get(), e);
    }
  }

  /** On the first connection: refuses a database that would lose what it acknowledges, and learns which it is. */
  void knowDatabase(Connection connection) throws SQLException {
    if (postgres == null) {
      Durability.check(connection);
      boolean isPostgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
      unpreparedStatements = isPostgres ? UnpreparedStatements.of(connection).orElse(null) : null;
      postgres = isPostgres;
    }
  }

  private <T> T once(Supplier<String> what, Work<T> work, Run run) {
    boolean writes = run.writes();
    Connection shared = snapshot.get();
    if (shared != null) {
      if (writes) {
        throw new IllegalStateException("Cannot " + what.get() + " inside a snapshot, which only reads");
      }
      try {
        return work.run(shared);
      } catch (SQLException e) {
        throw failure(what.get(), e);
      }
    }
    Connection connection = connection(what);
    if (inHostTransaction(connection, what)) {
      return hostTransactions.run(what, connection, work, writes);
    }
    boolean inTransaction = false;
    boolean restoreAutoCommit = false;
    boolean ended = false;
    Throwable failure = null;
    try {
      knowDatabase(connection);
      boolean autoCommit = connection.getAutoCommit();
      UnpreparedStatements unprepared = unpreparedStatements;
      if (run == Run.READ && autoCommit && unprepared != null) {
        T result = unprepared.run(connection, work);
        ended = true;
        return result;
      }
      // Else on PostgreSQL a read runs in a transaction too, for CUSTOM_PLANS to apply to it.
      inTransaction = writes || run == Run.READ_IN_BATCHES || !autoCommit || postgres;
      if (inTransaction && autoCommit) {
        connection.setAutoCommit(false);
        restoreAutoCommit = true;
      }
      boolean unpreparedWrites = run == Run.FEW_WRITES && unprepared != null;
      if (postgres && !unpreparedWrites) {
        try (Statement settings = connection.createStatement()) {
          settings.execute(CUSTOM_PLANS);
        }
      }
      List<Runnable> committed = new ArrayList<>();
      T result = gathering(committed, () -> unpreparedWrites ? unprepared.run(connection, work) : work.run(connection));
      if (writes) {
        commit(connection, what);
      } else if (inTransaction) {
        connection.rollback(); // nothing to keep: ends the read's transaction
      }
      ended = true;
      if (writes) {
        committed.forEach(Runnable::run);
      }
      return result;
    } catch (SQLException e) {
      failure = e;
      if (SqlStates.isTransient(e)) {
        throw new TransientFailure(e);
      }
      throw failure(what.get(), e);
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      finish(connection, inTransaction && !ended, restoreAutoCommit, ended, failure);
    }
  }

  private void commit(Connection connection, Supplier<String> what) throws SQLException {
    try {
      connection.commit();
    } catch (SQLException e) {
      if (SqlStates.isTransient(e)) {
        throw e; // refused at commit (a serialisation failure): rolled back, so safe to run again
      }
      throw notConfirmed(what, e);
    }
  }

  // The server may have committed before the failure reached us: say so, so that the caller retries
  // with the same command id, which is recognised if it went through.
  private CommitNotConfirmed notConfirmed(Supplier<String> what, SQLException e) {
    return new CommitNotConfirmed(
        "Could not confirm the commit to " + what.get() + " in schema \"" + schema + "\" (SQL state "
            + SqlStates.stateOf(e) + ": " + SqlStates.saidBy(e) + "): it may or may not have been recorded; "
            + "read it back, or retry with the same command id, which is recognised if it was",
        e);
  }

  private void finish(
      Connection connection, boolean rollback, boolean restoreAutoCommit, boolean ended, Throwable failure) {
    try {
      if (rollback) {
        try {
          connection.rollback();
        } catch (SQLException e) {
          if (failure != null) {
            failure.addSuppressed(e);
          }
        }
      }
      if (restoreAutoCommit) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      closeQuietly(connection, ended, failure, e);
      return;
    }
    closeQuietly(connection, ended, failure, null);
  }

  // Once committed, the work is durable: a failure to hand the connection back must not make the
  // caller believe it was lost (and retry it as a new command).
  void closeQuietly(Connection connection, boolean ended, Throwable failure, SQLException earlier) {
    SQLException problem = earlier;
    try {
      connections.release(connection);
    } catch (SQLException e) {
      if (problem == null) {
        problem = e;
      } else {
        problem.addSuppressed(e);
      }
    }
    if (problem == null) {
      return;
    }
    if (failure != null) {
      failure.addSuppressed(problem);
    } else {
      LOG.warn(
          "The work was {} but the connection could not be reset or closed (SQL state {}): {}",
          ended ? "done" : "rolled back",
          SqlStates.stateOf(problem),
          problem.getMessage());
    }
  }

  private void pause(int attempt, Supplier<String> what) {
    try {
      // Random, growing pauses keep retrying writers from meeting again in lock step.
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageFailure("Interrupted while waiting to " + what.get() + " again", e);
    }
  }

  /** A failure of {@code what}, with a message saying what to do when the tables are missing. */
  StorageFailure failure(String what, SQLException e) {
    if (SqlStates.isMissingTable(e)) {
      return new StoreNotReady(
          "Could not " + what + ": schema \"" + schema + "\" does not hold the engine's tables (SQL state "
              + SqlStates.stateOf(e) + ": " + SqlStates.saidBy(e) + "); create them with JdbcStorage.migrate(dataSource, \""
              + schema + "\") or apply the scripts in eu/projectresolution/mobilisation/jdbc/migrations",
          e);
    }
    return new StorageFailure(
        "Could not " + what + " in schema \"" + schema + "\" (SQL state " + SqlStates.stateOf(e) + "): "
            + SqlStates.saidBy(e),
        e);
  }

  private static final class TransientFailure extends StorageFailure {
    private static final long serialVersionUID = 1L;

    TransientFailure(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
