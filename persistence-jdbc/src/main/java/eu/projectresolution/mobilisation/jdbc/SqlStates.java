package eu.projectresolution.mobilisation.jdbc;

import java.sql.SQLException;
import java.util.Set;

/**
 * The SQL states the adapters react to, the same on H2 and PostgreSQL where the standard defines them.
 * Drivers are never named: only standard and documented vendor states are read.
 */
final class SqlStates {
  static final String UNIQUE_VIOLATION = "23505";

  /**
   * Failures after which the same transaction, run again, may well succeed: serialisation failures and
   * deadlocks (40001 on both, 40P01 on PostgreSQL), lock time-outs (PostgreSQL 55P03, H2 HYT00) and H2's
   * "concurrent update in another session" (90131).
   */
  private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "55P03", "HYT00", "90131");

  /**
   * The schema or a table is missing: PostgreSQL 42P01 (undefined table) and 3F000 (invalid schema
   * name), H2 42S02/42102 (table not found) and 90079 (schema not found).
   */
  private static final Set<String> MISSING_TABLE = Set.of("42P01", "3F000", "42S02", "42102", "42104", "90079");

  private SqlStates() {}

  static boolean isUniqueViolation(SQLException e) {
    return anyStateIn(e, Set.of(UNIQUE_VIOLATION));
  }

  static boolean isTransient(SQLException e) {
    return anyStateIn(e, TRANSIENT);
  }

  /**
   * Whether a statement sent in auto-commit mode may have committed all the same: the connection failed
   * (class 08), the server shut down (57P01 to 57P03), or the driver gave no state at all. Any other state
   * is the server's answer that it refused the statement, and so rolled it back.
   */
  static boolean isOutcomeUnknown(SQLException e) {
    String state = stateOf(e);
    return state.equals("none") || state.startsWith("08") || state.startsWith("57P");
  }

  /**
   * Whether the server refused a statement for dividing by zero (22012 on PostgreSQL and H2): how a
   * guard of {@link AppendWrites.OneRowEach} fails.
   */
  static boolean isDivisionByZero(SQLException e) {
    return anyStateIn(e, Set.of("22012"));
  }

  /**
   * Whether the server will never allow the statement to this user or on this server, however often it
   * is tried: insufficient privilege (42501), or a read-only transaction or server (25006, e.g. a
   * standby in recovery).
   */
  static boolean isNotAllowed(SQLException e) {
    return anyStateIn(e, Set.of("42501", "25006"));
  }

  static boolean isMissingTable(SQLException e) {
    return anyStateIn(e, MISSING_TABLE);
  }

  /** The first SQL state found in the chain, for messages; "none" if the driver gave none. */
  static String stateOf(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if (next.getSQLState() != null) {
        return next.getSQLState();
      }
    }
    return "none";
  }

  /**
   * What the database said, in one line, for messages: the first line of its message, without the
   * statement H2 appends after "; SQL statement:" (the whole text stays in the exception's cause).
   */
  static String saidBy(SQLException e) {
    String message = e.getMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    String first = message.strip().lines().findFirst().orElse("").strip();
    int statement = first.indexOf("; SQL statement:");
    return statement > 0 ? first.substring(0, statement) : first;
  }

  // A batch failure carries the statement's own failure as its next exception or cause, depending on
  // the driver: look through both.
  private static boolean anyStateIn(SQLException e, Set<String> states) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 10; depth++) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (next.getSQLState() != null && states.contains(next.getSQLState())) {
            return true;
          }
        }
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return false;
  }
}
