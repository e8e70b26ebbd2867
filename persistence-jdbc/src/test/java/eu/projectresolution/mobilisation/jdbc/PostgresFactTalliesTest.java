package eu.projectresolution.mobilisation.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresFactTalliesTest extends FactTalliesContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  @Override
  protected TestSchema schema() {
    return SCHEMA;
  }
}
