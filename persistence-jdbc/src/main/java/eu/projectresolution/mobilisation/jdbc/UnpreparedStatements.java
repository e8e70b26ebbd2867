package eu.projectresolution.mobilisation.jdbc;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Runs a PostgreSQL read, or a write of a few rows, with its statements planned for their values, through
 * the PostgreSQL JDBC driver's own setting for it rather than a {@code SET LOCAL} round trip.
 *
 * <p>Why: a statement must not run on a generic plan chosen while the tables were nearly empty (see
 * {@link Database#CUSTOM_PLANS}). {@code SET LOCAL} prevents that only inside a transaction, and costs a
 * round trip of its own. A read cost three: the setting (with {@code BEGIN}), the query, and {@code
 * ROLLBACK}. A command that reads its programme, its person's events and their special-category answers
 * before it appends paid six round trips more than its reads needed, and its write one more.
 *
 * <p>How: the driver sends a statement unprepared (parsed anew, and so planned for the values bound to
 * it) when its connection's {@code prepareThreshold} is 0. {@link #run} sets it to 0 and sets it back
 * to what the host had, so the host's own statements on the connection are prepared as before. A read
 * runs in the connection's auto-commit mode; a command's write in its transaction, or as one request
 * ({@link Database#writeInOneRequest}). The statements are parsed each time, which costs the server a few
 * tens of microseconds, as {@code force_custom_plan} already planned them each time. A bulk batch keeps
 * {@code SET LOCAL}: sent unprepared, each of its JDBC batch's statements would be parsed again.
 *
 * <p>The driver's extension interface is looked up by name ({@link PostgresDriver}). With another
 * driver, or a pool that hides the extension, {@link #of} finds nothing and every statement keeps its
 * transaction and {@code SET LOCAL}.
 */
final class UnpreparedStatements {
  private static final String CHANGE = "change its prepareThreshold";

  private final Class<?> extension;
  private final MethodHandle threshold;
  private final MethodHandle setThreshold;

  private UnpreparedStatements(Class<?> extension, MethodHandle threshold, MethodHandle setThreshold) {
    this.extension = extension;
    this.threshold = threshold;
    this.setThreshold = setThreshold;
  }

  /** The driver's setting, if {@code connection} is the PostgreSQL driver's (behind any pool's wrapper). */
  static Optional<UnpreparedStatements> of(Connection connection) {
    return PostgresDriver.extensionOf(connection).flatMap(extension -> {
      try {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        return Optional.of(new UnpreparedStatements(
            extension,
            lookup.findVirtual(extension, "getPrepareThreshold", MethodType.methodType(int.class)),
            lookup.findVirtual(extension, "setPrepareThreshold", MethodType.methodType(void.class, int.class))));
      } catch (ReflectiveOperationException e) {
        return Optional.empty(); // not the driver we know: keep the transaction
      }
    });
  }

  /**
   * Runs {@code work} on {@code connection}, in the connection's transaction mode, with every statement
   * it prepares sent unprepared; the connection's threshold is set back afterwards, whatever happens.
   */
  <T> T run(Connection connection, Database.Work<T> work) throws SQLException {
    Object driver = connection.unwrap(extension);
    int before = PostgresDriver.call(CHANGE, () -> (int) threshold.invoke(driver));
    PostgresDriver.call(CHANGE, () -> {
      setThreshold.invoke(driver, 0);
      return null;
    });
    try {
      return work.run(connection);
    } finally {
      PostgresDriver.call(CHANGE, () -> {
        setThreshold.invoke(driver, before);
        return null;
      });
    }
  }
}
