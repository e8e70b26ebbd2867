package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.StorageFailure;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Flyway run behind {@link JdbcStorage#migrate}: the engine's scripts, in a history of their own. */
final class Migrations {
  /** Logged under {@link JdbcStorage}'s name, where a host configured it before this class existed. */
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

  /** The table in which Flyway records the versions applied, in the engine's schema. */
  private static final String HISTORY_TABLE = "mobilisation_schema_history";

  /**
   * The version recorded when the engine's tables join a schema that already holds others: below the
   * first script's, so that they all apply.
   */
  private static final String BASELINE_VERSION = "0";

  private Migrations() {}

  /** Brings the tables of {@code schema} (a name already checked) to the latest version. */
  static void apply(DataSource dataSource, String schema) {
    try {
      MigrateResult result =
          Flyway.configure(JdbcStorage.class.getClassLoader())
              .dataSource(dataSource)
              .schemas(schema)
              .defaultSchema(schema)
              .createSchemas(true)
              .table(HISTORY_TABLE)
              // A schema that already holds the host's tables (and perhaps its own Flyway history) is
              // baselined at version 0, before the engine's first script: every script then applies.
              .baselineOnMigrate(true)
              .baselineVersion(BASELINE_VERSION)
              .baselineDescription("engine tables join a schema holding others")
              .locations("classpath:" + JdbcStorage.MIGRATIONS)
              .javaMigrations(new RetiredIndicatorBackfill())
              .failOnMissingLocations(true)
              .load()
              .migrate();
      LOG.info(
          "Schema \"{}\" is at version {} ({} migration(s) applied now)",
          schema,
          result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new StorageFailure("Could not migrate the engine's tables in schema \"" + schema + "\": "
          + MigrationFailure.describe(e, schema), e);
    }
  }
}
