package eu.projectresolution.mobilisation.examples;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the records go: an embedded H2 database in a directory (the default, nothing to install), a
 * PostgreSQL database, or memory only.
 */
final class StoreOptions {
  @Option(
      names = "--data-dir",
      defaultValue = "mobilisation-data",
      paramLabel = "<dir>",
      description = "Directory of the embedded H2 database that keeps the records (default: ./${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--jdbc-url",
      paramLabel = "<url>",
      description = "Keep the records in this database instead, e.g. jdbc:postgresql://localhost:5432/mobilisation.")
  String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "<user>", defaultValue = "${env:MOBILISATION_JDBC_USER}",
      description = "Database user for --jdbc-url (default: $MOBILISATION_JDBC_USER).")
  String jdbcUser;

  @Option(names = "--jdbc-password", paramLabel = "<password>", defaultValue = "${env:MOBILISATION_JDBC_PASSWORD}",
      description = "Password for --jdbc-url (default: $MOBILISATION_JDBC_PASSWORD, which keeps it out of the process list).")
  String jdbcPassword;

  @Option(names = "--in-memory", description = "Keep the records in memory only, for this run.")
  boolean inMemory;

  /** Opens the store, in the tables of {@code schema}; {@code replace} empties them first. */
  Store open(String schema, boolean replace) {
    return open(schema, replace, 2);
  }

  /**
   * Opens the store, in the tables of {@code schema}, for up to {@code connections} commands at once;
   * {@code replace} empties the tables first.
   */
  Store open(String schema, boolean replace, int connections) {
    if (inMemory) {
      return Store.inMemory();
    }
    if (jdbcUrl != null && !jdbcUrl.isBlank()) {
      return Store.database(jdbcUrl, jdbcUser, jdbcPassword, jdbcUrl, schema, replace, connections);
    }
    Path directory = dataDir.toAbsolutePath().normalize();
    return Store.database("jdbc:h2:file:" + directory.resolve("mobilisation"), "sa", "",
        dataDir + " (embedded H2 database)", schema, replace, connections);
  }
}
