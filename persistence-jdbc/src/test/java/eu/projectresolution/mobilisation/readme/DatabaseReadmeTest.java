package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring shown in {@code docs/storage-jdbc.md} ("Storing on a database"), run against an H2 file database. */
class DatabaseReadmeTest {
  @TempDir Path directory;

  @Test
  void wiresTheHostsDataSourceInFiveLines() {
    String jdbcUrl = "jdbc:h2:file:" + directory.resolve("mobilisation") + ";WRITE_DELAY=0";
    // README:begin jdbc-wiring
    HikariConfig config = new HikariConfig();             // or any DataSource your platform gives you
    config.setJdbcUrl(jdbcUrl);                           // jdbc:postgresql://db/app, jdbc:h2:file:/srv/app/db;WRITE_DELAY=0
    HikariDataSource dataSource = new HikariDataSource(config);
    JdbcStorage.migrate(dataSource, "mobilisation");      // creates or upgrades the tables, at start-up
    MobilisationEngine engine = MobilisationEngine.builder().storage(JdbcStorage.create(dataSource, "mobilisation")).build();
    // README:end jdbc-wiring

    try (dataSource) {
      TenantId tenant = Fixtures.newTenant();
      MobilisationEngine dated = MobilisationEngine.builder().storage(JdbcStorage.create(dataSource, "mobilisation"))
          .clock(Fixtures.CLOCK).build();
      assertThat(dated.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
      BeneficiaryId amina = BeneficiaryId.random();
      assertThat(dated.capture(tenant, Fixtures.capture(amina, Fixtures.START)).accepted()).isTrue();
      assertThat(engine.pathway(tenant, amina)).as("the snippet's engine reads what the other wrote").isPresent();
    }
  }
}
