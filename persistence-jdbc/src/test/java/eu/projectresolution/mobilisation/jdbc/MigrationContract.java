package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.MobilisationException;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Creating and upgrading the engine's tables, with Flyway or with a host's own tool. */
abstract class MigrationContract {
  /** The migration scripts, in version order. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__create_mobilisation_tables.sql",
          "V2__create_practice_sheet_tables.sql",
          "V3__create_indicator_tables.sql");

  protected abstract TestDatabase database();

  private static void exercise(JdbcStorage storage) {
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    assertThat(engine.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(engine.capture(tenant, Fixtures.capture(id, Fixtures.START)).accepted()).isTrue();
    assertThat(engine.pathway(tenant, id)).isPresent();
  }

  @Test
  void createsAMissingSchemaAndMigratingAgainChangesNothing() throws SQLException {
    DataSource dataSource = database().dataSource();
    String schema = TestSchema.newName();
    try {
      JdbcStorage.migrate(dataSource, schema);
      exercise(JdbcStorage.create(dataSource, schema));
      JdbcStorage.migrate(dataSource, schema);

      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT \"version\", \"success\" FROM \"" + schema + "\".\"mobilisation_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
        List<String> applied = new ArrayList<>();
        while (rows.next()) {
          assertThat(rows.getBoolean(2)).as("version %s succeeded", rows.getString(1)).isTrue();
          applied.add(rows.getString(1));
        }
        assertThat(applied).as("each script applied once, in order").containsExactly("1", "2", "3");
      }
    } finally {
      TestSchema.drop(dataSource, schema);
    }
  }

  @Test
  void saysToMigrateWhenTheTablesAreMissing() {
    String schema = TestSchema.newName();
    JdbcStorage storage = JdbcStorage.create(database().dataSource(), schema);

    assertThatThrownBy(() -> storage.programmes().list(Fixtures.newTenant()))
        .isInstanceOf(MobilisationException.class)
        .hasMessageContaining("JdbcStorage.migrate(dataSource, \"" + schema + "\")")
        .hasMessageContaining("eu/projectresolution/mobilisation/jdbc/migrations")
        .hasCauseInstanceOf(SQLException.class);
  }

  /** A host that applies the scripts with its own tool (Liquibase, psql, a DBA) gets the same tables. */
  @Test
  void theScriptsRunAsTheyAreWithoutFlyway() throws IOException, SQLException {
    DataSource dataSource = database().dataSource();
    String schema = TestSchema.newName();
    try {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        String previous = connection.getSchema();
        statement.execute("CREATE SCHEMA \"" + schema + "\"");
        connection.setSchema(schema);
        for (String script : SCRIPTS) {
          for (String sql : statements(script)) {
            statement.execute(sql);
          }
        }
        connection.setSchema(previous);
      }

      exercise(JdbcStorage.create(dataSource, schema));
    } finally {
      TestSchema.drop(dataSource, schema);
    }
  }

  private static List<String> statements(String script) throws IOException {
    try (InputStream in = JdbcStorage.class.getClassLoader().getResourceAsStream(JdbcStorage.MIGRATIONS + "/" + script)) {
      assertThat(in).as(script).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String withoutComments = text.lines().filter(line -> !line.trim().startsWith("--")).collect(Collectors.joining("\n"));
      return Arrays.stream(withoutComments.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
  }
}
