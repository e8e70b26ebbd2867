package eu.projectresolution.mobilisation.jdbc;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration 3.1, retired. It filled the indicator read models of V3 from the events stored
 * before them; V5 replaced those tables with each person's facts, which only core can compute (they
 * depend on the registered rule sets), so it now does nothing. It stays registered because Flyway
 * refuses to migrate a schema whose history names a migration it cannot find.
 */
final class RetiredIndicatorBackfill implements JavaMigration {
  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("3.1");
  }

  @Override
  public String getDescription() {
    return "fill indicator tables";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) {
    // Nothing left to fill: V5 drops the tables and marks every person's facts out of date.
  }
}
