package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A schema of its own for one test class: created and migrated before its first test, dropped after
 * its last. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::h2);
 * }</pre>
 */
final class TestSchema implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<TestDatabase> server;
  private TestDatabase database;
  private String name;
  private JdbcStorage storage;

  private TestSchema(Supplier<TestDatabase> server) {
    this.server = server;
  }

  static TestSchema on(Supplier<TestDatabase> server) {
    return new TestSchema(server);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    database = server.get();
    name = newName();
    JdbcStorage.migrate(database.dataSource(), name);
    storage = JdbcStorage.create(database.dataSource(), name);
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    if (name != null) {
      drop(database.dataSource(), name);
    }
  }

  /** A fresh schema name, never used before. */
  static String newName() {
    return "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  static void drop(DataSource dataSource, String schema) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
  }

  /** Empties one of the engine's tables in this schema, for suites that want an empty store per test. */
  void deleteAllFrom(String table) {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM \"" + name + "\"." + table);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not empty " + table + " in schema " + name, e);
    }
  }

  /**
   * Changes one person's summary row behind the store's back, on a connection of its own, as another
   * process would: {@code change} is an update or a delete of the table {@code %s}, to which the
   * person's key is added as its condition. Fails unless it changed exactly that row.
   */
  void changeSummaryRow(String change, TenantId tenant, BeneficiaryId beneficiary) {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(
            String.format(change, "\"" + name + "\".beneficiaries") + " WHERE tenant_id = ? AND beneficiary_id = ?")) {
      statement.setString(1, tenant.value());
      statement.setObject(2, beneficiary.value());
      if (statement.executeUpdate() != 1) {
        throw new IllegalStateException("No summary row of " + beneficiary + " in schema " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not change the summary row of " + beneficiary + " in schema " + name, e);
    }
  }

  JdbcStorage storage() {
    return storage;
  }

  DataSource dataSource() {
    return database.dataSource();
  }

  TestDatabase database() {
    return database;
  }

  String name() {
    return name;
  }
}
