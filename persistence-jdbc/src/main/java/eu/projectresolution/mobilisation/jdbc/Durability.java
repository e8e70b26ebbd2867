package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.StoreNotReady;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Refuses a database that would acknowledge a command before it is on disk.
 *
 * <p>An H2 file database, unless opened with {@code WRITE_DELAY=0}, commits to memory and writes the
 * commit to its file in the background, about half a second later (H2's default {@code WRITE_DELAY}
 * of 500 ms): a process killed in that half second loses commands the engine has already answered
 * {@code accepted}, which a caller has every right to rely on. Killing 16 writing threads after
 * about 1,500 acknowledgements lost 45 to 77 of them.
 *
 * <p>It refuses rather than warns: the loss is silent and permanent, a log line is easily missed in a
 * host's start-up noise, and the fix is one URL parameter. An in-memory H2 database is not checked
 * (everything in it goes with the process anyway), nor is PostgreSQL, which is durable as installed.
 */
final class Durability {
  /** What a host adds to an H2 file URL to make it durable. */
  static final String H2_DURABLE = ";WRITE_DELAY=0";

  private Durability() {}

  /**
   * Throws if {@code connection} is to an H2 file database that writes its commits in the background.
   *
   * @throws StoreNotReady saying how to open the database durably
   * @throws SQLException if the database cannot say how it writes
   */
  static void check(Connection connection) throws SQLException {
    if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
      return;
    }
    String path;
    int delay = 0;
    try (Statement sql = connection.createStatement()) {
      try (ResultSet row = sql.executeQuery("SELECT DATABASE_PATH()")) {
        path = row.next() ? row.getString(1) : null;
      }
      if (path == null) {
        return; // in memory
      }
      // Two rows once the setting has been changed: the stored one and the one in force; both must be 0.
      try (ResultSet rows = sql.executeQuery(
          "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
        while (rows.next()) {
          delay = Math.max(delay, Integer.parseInt(rows.getString(1).trim()));
        }
      }
    }
    if (delay > 0) {
      throw new StoreNotReady(
          "The H2 database " + path + " writes its commits to disk in the background (WRITE_DELAY " + delay
              + " ms): a command acknowledged as recorded would be lost if the process stopped within that delay."
              + " Add " + H2_DURABLE + " to its URL (e.g. jdbc:h2:file:" + path + H2_DURABLE + ")");
    }
  }
}
