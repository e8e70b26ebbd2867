package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On PostgreSQL a command's write takes few round trips: after its command record and its events, the
 * rest of what it writes (the person's summary, their facts, their personal details, the change feed's
 * row) goes as one request, the statements of one {@code PreparedStatement} that the driver sends with
 * one synchronisation. What is sent is taken from the JDBC calls the store makes, not from timings.
 */
class PostgresRequestsTest {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  @Test
  void aCaptureSendsItsSummaryFactsDetailsAndChangeFeedRowInOneRequest() {
    FailingDataSource watched = new FailingDataSource(SCHEMA.dataSource());
    MobilisationEngine engine =
        MobilisationEngine.builder().storage(JdbcStorage.create(watched, SCHEMA.name())).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    assertThat(engine.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
    BeneficiaryId id = BeneficiaryId.random();
    Capture capture = Capture.builder().from(Fixtures.capture(id, LocalDate.of(2017, 3, 14)))
        .personalDetails(PersonalDetails.builder().givenName("Amina").build()).build();
    int before = watched.executed().size();

    assertThat(engine.capture(tenant, capture).accepted()).isTrue();

    List<String> writes = watched.executed().subList(before, watched.executed().size()).stream()
        .filter(sql -> !sql.startsWith("SELECT"))
        .toList();
    assertThat(writes).hasSize(3);
    assertThat(writes.get(0)).startsWith("INSERT INTO").contains(".pathway_commands ");
    assertThat(writes.get(1)).startsWith("INSERT INTO").contains(".pathway_events ");
    assertThat(writes.get(2))
        .contains(".beneficiaries ", ".fact_cells ", ".personal_data ", ".change_feed ")
        .endsWith(" FROM head");
  }
}
