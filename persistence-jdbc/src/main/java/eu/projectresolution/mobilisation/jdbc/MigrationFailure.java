package eu.projectresolution.mobilisation.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.FlywayException;

/** Why {@link JdbcStorage#migrate} failed, in one line: Flyway's own message runs over a dozen lines of a table. */
final class MigrationFailure {
  /** SQL states of a missing privilege: PostgreSQL's, H2's. */
  private static final Set<String> INSUFFICIENT_PRIVILEGE = Set.of("42501", "90096");

  private MigrationFailure() {}

  /**
   * Flyway's first line (which script), then what the database said and its SQL state; for a missing
   * privilege, what the user needs on {@code schema}.
   */
  static String describe(FlywayException e, String schema) {
    String flyway = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("").strip();
    Optional<SQLException> refused = firstSqlCause(e);
    if (refused.isEmpty()) {
      return flyway;
    }
    SQLException database = refused.get();
    String said = SqlStates.saidBy(database);
    // A driver's own failure (a connection lost) may carry no SQL state: "none" then.
    String state = SqlStates.stateOf(database);
    String failure = (flyway.equals(said) ? said : flyway + ": " + said) + " (SQL state " + state + ")";
    if (INSUFFICIENT_PRIVILEGE.contains(state)) {
      return failure + "; the database user needs the right to create schema \"" + schema + "\" and tables in it "
          + "(on PostgreSQL: GRANT CREATE ON DATABASE <database> TO <user>), or a schema created beforehand that it owns";
    }
    return failure;
  }

  /** The database's own failure among the causes; a few levels down at most, and never round a loop. */
  private static Optional<SQLException> firstSqlCause(Throwable e) {
    int depth = 0;
    for (Throwable cause = e; cause != null && depth < 10; cause = cause.getCause(), depth++) {
      if (cause instanceof SQLException sql) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }
}
