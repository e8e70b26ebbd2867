package eu.projectresolution.mobilisation.jdbc;

class H2MigrationTest extends MigrationContract {
  @Override
  protected TestDatabase database() {
    return TestDatabases.h2();
  }
}
