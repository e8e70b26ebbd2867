package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresHostTransactionsTest extends HostTransactionsContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  @Override
  protected TestSchema schema() {
    return SCHEMA;
  }

  /** The store plans its own statements afresh, and gives the host's transaction back its own setting. */
  @Test
  void leavesTheHostsPlanSettingAsItWas() throws SQLException {
    try (Connection connection = SCHEMA.dataSource().getConnection(); Statement sql = connection.createStatement()) {
      connection.setAutoCommit(false);
      sql.execute("SET LOCAL plan_cache_mode = force_generic_plan");
      MobilisationEngine engine = MobilisationEngine.builder()
          .storage(JdbcStorage.inHostTransaction(connection, SCHEMA.name())).clock(Fixtures.CLOCK).build();

      engine.registerProgramme(Fixtures.newTenant(), Fixtures.sipa());
      engine.pathway(Fixtures.newTenant(), BeneficiaryId.random());

      try (ResultSet row = sql.executeQuery("SHOW plan_cache_mode")) {
        row.next();
        assertThat(row.getString(1)).isEqualTo("force_generic_plan");
      }
      connection.rollback();
    }
  }
}
