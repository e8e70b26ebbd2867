package eu.projectresolution.mobilisation.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRememberedSummariesTest extends RememberedSummariesContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  @Override
  protected TestSchema schema() {
    return SCHEMA;
  }
}
