package eu.projectresolution.mobilisation.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A new, empty, migrated database schema for one benchmark trial, reached through a connection pool as
 * a host would reach it, and removed again by {@link #close}.
 *
 * <ul>
 *   <li>{@code h2-file}: an embedded H2 database in a new temporary directory, opened with {@code
 *       ;WRITE_DELAY=0} (every commit written to the file before it returns), the durable set-up the
 *       project requires of H2 files: {@link JdbcStorage} refuses a file URL without it. A file rather
 *       than an in-memory database, because that is where a host keeps its records: an in-memory
 *       database would leave out a cost both sides of a comparison pay, and so make the engine's own
 *       work weigh more in the ratio than it does for a host.
 *   <li>{@code h2-memory}: an in-memory H2 database, for a comparison without any file I/O.
 *   <li>{@code postgresql}: a new schema in the PostgreSQL database named by the environment variable
 *       {@code MOBILISATION_BENCH_JDBC_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}),
 *       as user {@code MOBILISATION_BENCH_JDBC_USER} (default {@code postgres}) with password {@code
 *       MOBILISATION_BENCH_JDBC_PASSWORD} (default none). Environment variables, not system
 *       properties, because JMH's forked JVMs inherit the environment.
 * </ul>
 */
final class BenchmarkDatabase implements AutoCloseable {
  private final DataSource dataSource;
  private final String schema;
  private final Runnable cleanUp;

  private BenchmarkDatabase(DataSource dataSource, String schema, Runnable cleanUp) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.cleanUp = cleanUp;
  }

  /** A new database of that kind ({@code h2-file}, {@code h2-memory} or {@code postgresql}), migrated. */
  static BenchmarkDatabase open(String kind) {
    BenchmarkDatabase database;
    switch (kind) {
      case "h2-file": {
        Path directory = temporaryDirectory();
        JdbcConnectionPool pool =
            JdbcConnectionPool.create("jdbc:h2:file:" + directory.resolve("bench") + ";WRITE_DELAY=0", "sa", "");
        database = new BenchmarkDatabase(pool, "mobilisation", () -> {
          pool.dispose();
          delete(directory);
        });
        break;
      }
      case "h2-memory": {
        JdbcConnectionPool pool =
            JdbcConnectionPool.create("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        database = new BenchmarkDatabase(pool, "mobilisation", () -> {
          execute(pool, "SHUTDOWN");
          pool.dispose();
        });
        break;
      }
      case "postgresql": {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(environment("MOBILISATION_BENCH_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        config.setUsername(environment("MOBILISATION_BENCH_JDBC_USER", "postgres"));
        config.setPassword(environment("MOBILISATION_BENCH_JDBC_PASSWORD", ""));
        config.setMaximumPoolSize(2);
        HikariDataSource pool = new HikariDataSource(config);
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        database = new BenchmarkDatabase(pool, schema, () -> {
          execute(pool, "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
          pool.close();
        });
        break;
      }
      default:
        throw new IllegalArgumentException("unknown database " + kind + ": use h2-file, h2-memory or postgresql");
    }
    JdbcStorage.migrate(database.dataSource, database.schema);
    return database;
  }

  DataSource dataSource() {
    return dataSource;
  }

  String schema() {
    return schema;
  }

  /** The engine's stores on this database. */
  JdbcStorage storage() {
    return JdbcStorage.create(dataSource, schema);
  }

  /** {@code name}, a table of the engine's schema, as the engine's own SQL names it. */
  String table(String name) {
    return '"' + schema + "\"." + name;
  }

  /** Drops the schema (PostgreSQL) or deletes the files (H2), and closes the pool. */
  @Override
  public void close() {
    cleanUp.run();
  }

  private static String environment(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? otherwise : value;
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql + ": " + e.getMessage(), e);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("mobilisation-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
