package eu.projectresolution.mobilisation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows a transaction inserts into the read models, gathered per statement and sent together at the
 * end ({@link #send}) as multi-row inserts ({@link RowsInsert}): the appends of a batch of many people
 * then cost a few round trips to the database, not a few per person.
 *
 * <p>Only inserts of rows that nothing else in the transaction reads or updates may wait here: the
 * projections insert the rows of people they see for the first time, and each person's appends reach
 * them together, once per transaction.
 */
final class Inserts implements AutoCloseable {
  /** How a statement's parameters are set for one row. */
  @FunctionalInterface
  interface Row {
    void bind(Parameters insert) throws SQLException;
  }

  private final Connection connection;
  private final Map<String, RowsInsert> batches = new LinkedHashMap<>();

  Inserts(Connection connection) {
    this.connection = connection;
  }

  /** The transaction's connection, for the statements that cannot wait. */
  Connection connection() {
    return connection;
  }

  /** Adds one row to the rows of {@code sql}, an insert of one row ending with its {@code VALUES (...)}. */
  void add(String sql, Row row) throws SQLException {
    row.bind(batches.computeIfAbsent(sql, RowsInsert::new).add());
  }

  /**
   * Sends every batch, in the order their statements were first used.
   *
   * @throws Database.ConcurrentWrite if a row's key was taken meanwhile by a concurrent writer (the
   *     transaction is then run again, and meets that writer's events)
   */
  void send() throws SQLException {
    try {
      for (RowsInsert rows : batches.values()) {
        rows.send(connection);
      }
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        throw new Database.ConcurrentWrite("a read-model row of the batch was written concurrently", e);
      }
      throw e;
    }
  }

  /** Forgets the rows not sent (a transaction that failed before {@link #send}). */
  @Override
  public void close() {
    batches.clear();
  }
}
