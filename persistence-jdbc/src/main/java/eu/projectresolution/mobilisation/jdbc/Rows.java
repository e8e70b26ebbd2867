package eu.projectresolution.mobilisation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Statement helpers shared by the adapters. */
final class Rows {
  private Rows() {}

  /**
   * Runs an insert that is the whole of its transaction.
   *
   * @return {@code true} if the row was inserted, {@code false} (the transaction rolled back, nothing
   *     written) if its key is already taken
   */
  static boolean insertedOrTaken(Connection connection, PreparedStatement insert) throws SQLException {
    try {
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        // PostgreSQL refuses anything but a rollback after a failed statement: end the transaction here.
        connection.rollback();
        return false;
      }
      throw e;
    }
  }
}
