package eu.projectresolution.mobilisation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a transaction inserts, gathered per statement and sent together at the end ({@link #send})
 * as multi-row inserts ({@link RowsInsert}), then the statements that must come last ({@link #last}):
 * the appends of a batch of many people then cost a few round trips to the database, not a few per
 * person.
 *
 * <p>On PostgreSQL ({@code together}) a few rows go in one request: the driver sends the statements of
 * one {@code PreparedStatement} separated by semicolons with one synchronisation, so a command on its own
 * writes its summary, facts, details, answers and change feed row in one round trip. Many rows (a
 * statement of {@value RowsInsert#ROWS_PER_STATEMENT} rows or more) go statement by statement: the
 * driver then reuses the statements it prepared for the earlier batches, which a request whose text
 * changes with every batch would prevent, and a batch's round trips are few anyway. H2 runs them one by
 * one, in the same order.
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

  /** A statement sent after the rows: its SQL (with no {@code ?} but its parameters) and how it is bound. */
  private record Last(String sql, Row row) {}

  private final Connection connection;
  private final boolean together;
  private final Map<String, RowsInsert> batches = new LinkedHashMap<>();
  private final List<Last> last = new ArrayList<>();

  /** Inserts sent one statement at a time. */
  Inserts(Connection connection) {
    this(connection, false);
  }

  /**
   * @param together whether the statements go in one request (a PostgreSQL connection) rather than one
   *     by one
   */
  Inserts(Connection connection, boolean together) {
    this.connection = connection;
    this.together = together;
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
   * Adds a statement sent after every row, in the order added: one that must come last in the
   * transaction, as the change feed's (its row lock is then held only until the commit). Its SQL has no
   * {@code ?} but its parameters.
   */
  void last(String sql, Row row) {
    last.add(new Last(sql, row));
  }

  /**
   * Sends every row, in the order their statements were first used, then the statements added with
   * {@link #last}.
   *
   * @throws Database.ConcurrentWrite if a row's key was taken meanwhile by a concurrent writer (the
   *     transaction is then run again, and meets that writer's events)
   */
  void send() throws SQLException {
    try {
      if (together && batches.values().stream().allMatch(rows -> rows.size() < RowsInsert.ROWS_PER_STATEMENT)) {
        sendTogether();
      } else {
        sendOneByOne();
      }
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        throw new Database.ConcurrentWrite("a row of the batch was written concurrently", e);
      }
      throw e;
    } finally {
      close();
    }
  }

  private void sendOneByOne() throws SQLException {
    for (RowsInsert rows : batches.values()) {
      rows.send(connection);
    }
    for (Last statement : last) {
      try (PreparedStatement run = connection.prepareStatement(statement.sql())) {
        statement.row().bind(Parameters.of(run));
        run.executeUpdate();
      }
    }
  }

  private void sendTogether() throws SQLException {
    Map<RowsInsert, List<RowsInsert.Statement>> statements = new LinkedHashMap<>();
    List<String> sql = new ArrayList<>();
    for (RowsInsert rows : batches.values()) {
      List<RowsInsert.Statement> ofRows = rows.statements();
      statements.put(rows, ofRows);
      ofRows.forEach(statement -> sql.add(statement.sql()));
    }
    last.forEach(statement -> sql.add(statement.sql()));
    if (sql.isEmpty()) {
      return;
    }
    try (PreparedStatement all = connection.prepareStatement(String.join(";\n", sql))) {
      int next = 1;
      for (Map.Entry<RowsInsert, List<RowsInsert.Statement>> rows : statements.entrySet()) {
        for (RowsInsert.Statement statement : rows.getValue()) {
          next = rows.getKey().bind(all, next, statement);
        }
      }
      for (Last statement : last) {
        statement.row().bind(Parameters.of(all, next - 1));
        next += (int) statement.sql().chars().filter(c -> c == '?').count();
      }
      all.execute();
    }
  }

  /** Forgets what was not sent (a transaction that failed before {@link #send}). */
  @Override
  public void close() {
    batches.values().forEach(RowsInsert::clear);
    batches.clear();
    last.clear();
  }
}
