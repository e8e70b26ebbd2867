package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Where the store's connections come from, and what it does with one when a port call is done with it. */
interface Connections {
  Connection get() throws SQLException;

  void release(Connection connection) throws SQLException;

  /** A connection of the host's pool for each call, closed (handed back) after it. */
  static Connections of(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    return new Connections() {
      @Override
      public Connection get() throws SQLException {
        return dataSource.getConnection();
      }

      @Override
      public void release(Connection connection) throws SQLException {
        connection.close();
      }
    };
  }

  /** One connection the host holds, used by every call and never closed: the host closes it. */
  static Connections of(Connection connection) {
    requireNonNull(connection, "connection");
    return new Connections() {
      @Override
      public Connection get() {
        return connection;
      }

      @Override
      public void release(Connection released) {
        // The host's: it stays open.
      }
    };
  }
}
