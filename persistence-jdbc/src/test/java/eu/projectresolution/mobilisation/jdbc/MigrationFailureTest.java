package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/** Why a migration failed, in one line, whatever the driver's failure carries. */
class MigrationFailureTest {
  @Test
  void aFailureWithoutSqlStateIsDescribedRatherThanHidden() {
    FlywayException e = new FlywayException("Unable to obtain connection from database\nmore lines",
        new SQLException("Database connection failed when starting copy"));

    assertThat(MigrationFailure.describe(e, "mobilisation")).isEqualTo(
        "Unable to obtain connection from database: Database connection failed when starting copy (SQL state none)");
  }

  @Test
  void aMissingPrivilegeSaysWhatTheUserNeeds() {
    FlywayException e = new FlywayException("Migration V1 failed", new SQLException("permission denied", "42501"));

    assertThat(MigrationFailure.describe(e, "mobilisation"))
        .startsWith("Migration V1 failed: permission denied (SQL state 42501); the database user needs the right to"
            + " create schema \"mobilisation\"");
  }
}
