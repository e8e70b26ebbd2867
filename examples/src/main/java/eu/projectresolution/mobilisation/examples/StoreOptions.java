package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.IOException;
import java.nio.file.Files;
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

  /**
   * The settings of the embedded H2 database, on every URL the program opens it with.
   *
   * <ul>
   *   <li>{@code WRITE_DELAY=0}: a command is on disk when the engine acknowledges it (by default H2
   *       writes it half a second later, lost if the program is stopped meanwhile; the JDBC module
   *       refuses such a database);
   *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}: when the program is asked to stop (Ctrl-C, {@code kill}, a
   *       time limit), H2's own shutdown hook would otherwise close the database under the command
   *       still running, whose next statement then fails with "The database is open in exclusive mode"
   *       (SQL state 90135), reported as if the database had failed. Nothing needs that hook: the store
   *       closes the database when the command ends, and what was acknowledged is already on disk.
   * </ul>
   */
  static final String H2_SETTINGS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

  /** The file of the embedded database in {@code --data-dir}. */
  private static final String H2_FILE = "mobilisation";

  /**
   * Opens the store, in the tables of {@code schema}; {@code replace} empties them first. Its errors
   * are in the language of {@code words}.
   */
  Store open(String schema, boolean replace, Words words) {
    return open(schema, replace, 2, words);
  }

  /**
   * Opens the store, in the tables of {@code schema}, for up to {@code connections} commands at once;
   * {@code replace} empties the tables first. Creates the database and the tables if they do not exist.
   * Its errors (a database that cannot be reached, or that another program holds) are in the language
   * of {@code words}.
   */
  Store open(String schema, boolean replace, int connections, Words words) {
    if (inMemory) {
      return Store.inMemory();
    }
    if (jdbcUrl != null && !jdbcUrl.isBlank()) {
      return Store.database(jdbcUrl, jdbcUser, jdbcPassword, jdbcUrl, schema, replace, connections, words);
    }
    createDataDirectory(words);
    return Store.database(h2Url(""), "sa", "", h2Where(), schema, replace, connections, words);
  }

  /**
   * Creates {@code --data-dir} if it is missing. H2 would create it too, but when it cannot (the path
   * is a file, or under one, or in a place the user may not write) it prints its own stack trace and
   * fails with a message about connecting; the user needs to hear about the option instead.
   */
  private void createDataDirectory(Words words) {
    Path directory = h2Directory();
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new CommandFailure(words.text("store.data_dir_is_file", dataDir));
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
      throw new CommandFailure(words.text("store.data_dir_unusable", dataDir, why), e);
    }
    if (!Files.isWritable(directory)) {
      throw new CommandFailure(words.text("store.data_dir_unusable", dataDir, "not writable"));
    }
  }

  /**
   * Opens the records {@code scenario} stored, for a command that only reads them: creates nothing, no
   * directory, no database, no schema.
   *
   * @throws CommandFailure if nothing of {@code scenario} is stored there, saying which command stores it
   */
  Store openExisting(Scenario scenario) {
    return openExisting(scenario, Words.ENGLISH);
  }

  /** As {@link #openExisting(Scenario)}, saying what is missing, or what failed, in the language of {@code words}. */
  Store openExisting(Scenario scenario, Words words) {
    if (inMemory) {
      return Store.inMemory();
    }
    boolean server = jdbcUrl != null && !jdbcUrl.isBlank();
    String where = server ? jdbcUrl : dataDir.toString();
    CommandFailure nothingStored = new CommandFailure(
        words.text("store.nothing_stored", scenario.name(), where, server ? "--jdbc-url" : "--data-dir"));
    if (server) {
      return Store.existing(jdbcUrl, jdbcUser, jdbcPassword, jdbcUrl, scenario.schema(), nothingStored, words);
    }
    if (!Files.isRegularFile(h2Directory().resolve(H2_FILE + ".mv.db"))) {
      throw nothingStored;
    }
    // IFEXISTS: should the file go between the check and the connection, H2 refuses rather than creates.
    return Store.existing(h2Url(";IFEXISTS=TRUE"), "sa", "", h2Where(), scenario.schema(), nothingStored, words);
  }

  private Path h2Directory() {
    return dataDir.toAbsolutePath().normalize();
  }

  private String h2Url(String more) {
    return "jdbc:h2:file:" + h2Directory().resolve(H2_FILE) + H2_SETTINGS + more;
  }

  private String h2Where() {
    return dataDir + Store.EMBEDDED;
  }
}
