package eu.projectresolution.mobilisation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The PostgreSQL JDBC driver's extension interface, {@code org.postgresql.PGConnection}, found by name
 * and called through method handles: the adapters are compiled against {@code java.sql} only and the
 * host brings the driver (and the pool) in the version it has vetted. With another driver, or a pool
 * that hides the extension, nothing is found and the store keeps to plain JDBC.
 */
final class PostgresDriver {
  private static final String EXTENSION = "org.postgresql.PGConnection";

  private PostgresDriver() {}

  /**
   * The extension interface, if {@code connection} is the PostgreSQL driver's (behind any pool's
   * wrapper), looked up in the thread's context class loader, then in the adapters' own.
   */
  static Optional<Class<?>> extensionOf(Connection connection) {
    for (ClassLoader loader : new ClassLoader[] {
        Thread.currentThread().getContextClassLoader(), PostgresDriver.class.getClassLoader()}) {
      try {
        Class<?> extension = Class.forName(EXTENSION, false, loader);
        if (connection.isWrapperFor(extension)) {
          return Optional.of(extension);
        }
      } catch (SQLException | ClassNotFoundException | LinkageError e) {
        // Not this loader's: try the next, else plain JDBC.
      }
    }
    return Optional.empty();
  }

  /** A call into the driver through a method handle. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws Throwable;
  }

  /**
   * Runs {@code call}; what it throws but an {@link SQLException} or an unchecked exception is wrapped
   * in one that says {@code what} the driver was asked.
   */
  static <T> T call(String what, Call<T> call) throws SQLException {
    try {
      return call.call();
    } catch (SQLException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new SQLException("The PostgreSQL driver refused to " + what + ": " + e, e);
    }
  }
}
