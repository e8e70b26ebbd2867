package eu.projectresolution.mobilisation.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The databases the tests run on, each started or reached once per test run and shared by every test
 * class (each of which uses its own schema).
 *
 * <p>H2 runs in memory. PostgreSQL is, in this order: the server named by {@code
 * MOBILISATION_TEST_JDBC_URL} (with {@code MOBILISATION_TEST_JDBC_USER} and {@code
 * MOBILISATION_TEST_JDBC_PASSWORD}), and nothing else if that variable is set; else the server on
 * localhost:5432 (database {@code test}, then {@code postgres}, as user {@code postgres}, as on the
 * project's machines and CI); else an embedded PostgreSQL started from the zonky binaries. Never
 * skipped: if none can be had, every PostgreSQL test fails saying what was tried.
 */
final class TestDatabases {
  private static final Logger LOG = LoggerFactory.getLogger(TestDatabases.class);
  private static final String URL_VARIABLE = "MOBILISATION_TEST_JDBC_URL";

  private static TestDatabase h2;
  private static TestDatabase postgres;
  private static IllegalStateException noPostgres;

  private TestDatabases() {}

  static synchronized TestDatabase h2() {
    if (h2 == null) {
      h2 = new TestDatabase("H2 (in memory)", pool("jdbc:h2:mem:mobilisation-tests;DB_CLOSE_DELAY=-1", "sa", ""));
    }
    return h2;
  }

  static synchronized TestDatabase postgres() {
    if (noPostgres != null) {
      throw noPostgres;
    }
    if (postgres == null) {
      try {
        postgres = findPostgres();
        LOG.info("PostgreSQL tests run on {}", postgres.name());
      } catch (IllegalStateException e) {
        noPostgres = e;
        throw e;
      }
    }
    return postgres;
  }

  private static TestDatabase findPostgres() {
    Map<String, String> env = System.getenv();
    String url = env.get(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      // Named on purpose: falling back to another server would test something else without saying so.
      try {
        return reach("PostgreSQL at " + url, url, env.getOrDefault(URL_VARIABLE.replace("URL", "USER"), "postgres"),
            env.getOrDefault(URL_VARIABLE.replace("URL", "PASSWORD"), ""));
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            URL_VARIABLE + " names " + url + " but it cannot be reached (" + e.getMessage()
                + "). Fix the variable (and " + URL_VARIABLE.replace("URL", "USER") + ", "
                + URL_VARIABLE.replace("URL", "PASSWORD") + ") or unset it",
            e);
      }
    }
    List<String> tried = new ArrayList<>();
    for (String database : List.of("test", "postgres")) {
      String local = "jdbc:postgresql://localhost:5432/" + database + "?connectTimeout=5";
      try {
        return reach("PostgreSQL at localhost:5432/" + database, local, "postgres", "");
      } catch (RuntimeException e) {
        tried.add("localhost:5432/" + database + " as postgres: " + e.getMessage());
      }
    }
    try {
      EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
      return reach("embedded PostgreSQL (zonky)", embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
    } catch (IOException | RuntimeException e) {
      tried.add("embedded PostgreSQL (zonky): " + e);
    }
    throw new IllegalStateException(
        "No PostgreSQL for the tests. Tried: " + String.join("; ", tried) + ". Start PostgreSQL 14+ on"
            + " localhost:5432 with database test and user postgres (trust authentication), or set " + URL_VARIABLE
            + ", " + URL_VARIABLE.replace("URL", "USER") + " and " + URL_VARIABLE.replace("URL", "PASSWORD")
            + " (the embedded server cannot run as root)");
  }

  private static TestDatabase reach(String name, String url, String user, String password) {
    HikariDataSource pool = pool(url, user, password);
    try (Connection connection = pool.getConnection()) {
      connection.isValid(5);
    } catch (SQLException | RuntimeException e) {
      pool.close();
      throw new IllegalStateException(e.getMessage(), e);
    }
    return new TestDatabase(name, pool);
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(16);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(10_000);
    // Fail at once, not after the connection time-out, when nothing listens at the address.
    config.setInitializationFailTimeout(1);
    config.setPoolName("tests-" + (url.startsWith("jdbc:h2") ? "h2" : "postgres"));
    HikariDataSource pool = new HikariDataSource(config);
    Runtime.getRuntime().addShutdownHook(new Thread(pool::close));
    return pool;
  }

  private static void closeQuietly(EmbeddedPostgres embedded) {
    try {
      embedded.close();
    } catch (IOException e) {
      LOG.warn("Could not stop the embedded PostgreSQL: {}", e.getMessage());
    }
  }
}
