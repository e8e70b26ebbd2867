package eu.projectresolution.mobilisation.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.projectresolution.mobilisation.examples.text.Words;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a command keeps the records it writes, and how to describe it to the user. Closing it releases
 * the database connections.
 *
 * <p>On a database each scenario keeps its records in a schema of its own, so that running it again
 * replaces them (the schema is dropped and created again) without touching anything else.
 */
final class Store implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Store.class);

  /** How StoreOptions names the embedded database after its directory, in English. */
  static final String EMBEDDED = " (embedded H2 database)";

  private final MobilisationStorage storage;
  private final String description;
  private final String where;
  private final String schema;
  private final AutoCloseable resources;

  private Store(MobilisationStorage storage, String where, String schema, AutoCloseable resources) {
    this.storage = storage;
    this.where = where;
    this.schema = schema;
    this.description = where == null ? "in memory (nothing is kept after the run)" : "in " + where + ", schema " + schema;
    this.resources = resources;
  }

  /** A store in memory, gone when the program ends. */
  static Store inMemory() {
    return new Store(InMemoryStorage.create(), null, null, () -> {});
  }

  /**
   * The engine's tables in {@code schema} of the database at {@code url}, migrated to the latest
   * version, through a pool of up to {@code connections}; {@code replace} drops the schema first.
   *
   * @param where how to name the database to the user (never with its password)
   * @param words the language of the errors
   */
  static Store database(
      String url, String user, String password, String where, String schema, boolean replace, int connections,
      Words words) {
    HikariDataSource pool = pool(url, user, password, where, connections, words);
    try {
      if (replace) {
        drop(pool, schema, words);
      }
      JdbcStorage.migrate(pool, schema);
      return new Store(JdbcStorage.create(pool, schema), where, schema, pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * The engine's tables in {@code schema} of the database at {@code url}, for a command that reads
   * them: a schema from an earlier version is brought up to date, but a missing one is not created.
   *
   * @param nothingStored what to throw when {@code schema} does not exist
   * @param words the language of the errors
   */
  static Store existing(
      String url, String user, String password, String where, String schema, CommandFailure nothingStored, Words words) {
    HikariDataSource pool = pool(url, user, password, where, 2, words);
    try {
      if (!exists(pool, schema, words)) {
        throw nothingStored;
      }
      JdbcStorage.migrate(pool, schema);
      return new Store(JdbcStorage.create(pool, schema), where, schema, pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static HikariDataSource pool(
      String url, String user, String password, String where, int connections, Words words) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("mobilisation-examples");
    config.setMaximumPoolSize(connections);
    config.setConnectionTimeout(10_000);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new CommandFailure(unreachable(named(where, words), e, words), e);
    }
  }

  private static boolean exists(HikariDataSource pool, String schema, Words words) {
    try (Connection connection = pool.getConnection();
        ResultSet schemas = connection.getMetaData().getSchemas(null, schema)) {
      while (schemas.next()) { // a pattern, in which '_' stands for any character
        if (schemas.getString("TABLE_SCHEM").equals(schema)) {
          return true;
        }
      }
      return false;
    } catch (SQLException e) {
      throw new CommandFailure(words.text("store.schemas_unread", e.getMessage()), e);
    }
  }

  /** Drops the scenario's schema, and with it every record of an earlier run. */
  private static void drop(HikariDataSource pool, String schema, Words words) {
    try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
      // Quoted as Flyway creates it, so that H2 does not fold the name to upper case.
      sql.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
      LOG.debug("Dropped schema {}", schema);
    } catch (SQLException e) {
      throw new CommandFailure(words.text("store.not_replaced", schema, e.getMessage()), e);
    }
  }

  private static String unreachable(String where, RuntimeException e, Words words) {
    Throwable root = Causes.root(e);
    String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
    if (why.contains("No suitable driver") || root instanceof ClassNotFoundException) {
      return words.text("store.no_driver", where);
    }
    if (inUseElsewhere(e)) {
      return words.text("store.in_use", where);
    }
    return words.text("store.unreachable", where, why);
  }

  /**
   * Whether H2 refused to open its file because another program holds it: its error code says so
   * wherever it sits in the causes, whatever the wording of the H2 version ("The file is locked", "may be
   * already in use").
   */
  private static boolean inUseElsewhere(Throwable e) {
    return Causes.any(e, cause -> cause instanceof SQLException refused && refused.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1);
  }

  MobilisationStorage storage() {
    return storage;
  }

  String description() {
    return description;
  }

  /** Where the records are kept, in the words of {@code words}' language. */
  String description(Words words) {
    if (words.english()) {
      return description;
    }
    if (where == null) {
      return words.text("store.in_memory");
    }
    return words.text("store.in", named(where, words), schema);
  }

  /** {@code where} (a URL, or a directory ending with {@link #EMBEDDED}) in the words of {@code words}' language. */
  private static String named(String where, Words words) {
    return where.endsWith(EMBEDDED) ? words.text("store.embedded", where.substring(0, where.length() - EMBEDDED.length())) : where;
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      throw new CommandFailure("Could not close the store " + description + ": " + e.getMessage(), e);
    }
  }
}
