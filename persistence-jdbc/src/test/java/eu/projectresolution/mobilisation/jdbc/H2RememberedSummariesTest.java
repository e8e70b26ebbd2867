package eu.projectresolution.mobilisation.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class H2RememberedSummariesTest extends RememberedSummariesContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::h2);

  @Override
  protected TestSchema schema() {
    return SCHEMA;
  }
}
