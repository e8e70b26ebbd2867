package eu.projectresolution.mobilisation.jdbc;

import javax.sql.DataSource;

/**
 * A database server the tests run on, through a connection pool shared by every test class of the
 * run; each class works in its own schema ({@link TestSchema}).
 *
 * @param name what it is, for messages: "H2 (in memory)", "PostgreSQL at localhost:5432/test"...
 */
record TestDatabase(String name, DataSource dataSource) {
  @Override
  public String toString() {
    return name;
  }
}
