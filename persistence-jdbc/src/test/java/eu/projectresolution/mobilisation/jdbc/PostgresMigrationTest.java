package eu.projectresolution.mobilisation.jdbc;

class PostgresMigrationTest extends MigrationContract {
  @Override
  protected TestDatabase database() {
    return TestDatabases.postgres();
  }
}
