package eu.projectresolution.mobilisation.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of an append's transaction, sent in the order the transaction needs and in as few round
 * trips as the database allows ({@link Sending}).
 *
 * <p>Three kinds of statement:
 *
 * <ul>
 *   <li>those that cannot wait ({@link #now}): the command record, the events, a stored person's summary
 *       update and the deletion of their facts, whose order decides which of two concurrent writers waits
 *       for the other;
 *   <li>the rows that nothing else in the transaction reads or updates ({@link #add}), gathered per
 *       statement and sent as multi-row inserts ({@link RowsInsert}): the projections insert the rows of
 *       people they see for the first time, and each person's appends reach them together, once per
 *       transaction;
 *   <li>those that must come last ({@link #last}), as the change feed's.
 * </ul>
 *
 * <p>On PostgreSQL the statements of one request go in one round trip: the driver sends the statements of
 * one {@code PreparedStatement}, separated by semicolons, with one synchronisation.
 */
final class AppendWrites implements AutoCloseable {
  /** How the statements reach the database. */
  enum Sending {
    /** Each statement on its own, in order: H2, which runs in the host's process. */
    ONE_BY_ONE,
    /**
     * PostgreSQL, a batch of commands: the statements that cannot wait go at once, and the rows, if few,
     * in one request with the last statements. Many rows (a statement of {@value
     * RowsInsert#ROWS_PER_STATEMENT} rows or more) go statement by statement: the driver then reuses the
     * statements it prepared for the earlier batches, which a request whose text changes with every batch
     * would prevent, and a batch's round trips are few anyway.
     */
    ROWS_TOGETHER,
    /**
     * PostgreSQL, a command on its own: every statement in one request at {@link #send}, those that
     * cannot wait first and in their order, so that a command writes in one round trip. In a transaction,
     * the rows that {@link #now} checks are read from the request's update counts, before the transaction
     * commits. A request sent in auto-commit mode ({@link Database#writeInOneRequest}) commits as it runs,
     * too early for that: the server checks them itself (see {@link OneRowEach}), and refuses the whole
     * request if one changed no row.
     */
    ONE_REQUEST
  }

  /** How a statement's parameters are set for one row. */
  @FunctionalInterface
  interface Row {
    void bind(Parameters statement) throws SQLException;
  }

  /**
   * What each run of a statement that cannot wait must change: exactly one row, which a concurrent writer
   * may have moved on ({@code row} names it, for the message). Checked from the update counts, or, in a
   * request that commits as it runs, by the server: the statement then goes as {@code WITH changed AS
   * (<statement> RETURNING 1) SELECT 1 / COUNT(*) FROM changed}, which fails (division by zero) when it
   * changed nothing, and a statement that fails makes the server roll the whole request back. Plain SQL,
   * so the schema needs no function of its own for it.
   */
  record OneRowEach(String row) {
    void check(int changed) {
      if (changed != 1) {
        throw movedOn(null);
      }
    }

    Database.ConcurrentWrite movedOn(SQLException cause) {
      return new Database.ConcurrentWrite(row + " moved on", cause);
    }

    String guarded(String sql) {
      return "WITH changed AS (" + sql + " RETURNING 1) SELECT 1 / COUNT(*) FROM changed";
    }
  }

  /** A statement run once per row bound to it, and what each run must change (null: anything). */
  private record Single(String sql, Row row, OneRowEach check) {}

  private final Connection connection;
  private final Sending sending;
  /** The statements that cannot wait, in order ({@link RowsInsert} or {@link Single}): only when one request. */
  private final List<Object> early = new ArrayList<>();
  private final Map<String, RowsInsert> batches = new LinkedHashMap<>();
  private final List<Single> last = new ArrayList<>();
  /** The checks the server makes in a request that commits as it runs (see {@link OneRowEach}). */
  private final List<OneRowEach> guards = new ArrayList<>();

  /** Statements sent one at a time. */
  AppendWrites(Connection connection) {
    this(connection, Sending.ONE_BY_ONE);
  }

  AppendWrites(Connection connection, Sending sending) {
    this.connection = connection;
    this.sending = sending;
  }

  /** The transaction's connection, for the reads that cannot wait. */
  Connection connection() {
    return connection;
  }

  /**
   * Sends {@code rows} now, or first in the request ({@link Sending#ONE_REQUEST}); in their order either
   * way, before the rows and statements added after them. Sent now, a failure is thrown from here.
   */
  void now(RowsInsert rows) throws SQLException {
    if (sending == Sending.ONE_REQUEST) {
      early.add(rows);
    } else {
      rows.send(connection);
    }
  }

  /**
   * Runs {@code sql} once per row of {@code rows} (a JDBC batch), now or first in the request, as {@link
   * #now(RowsInsert)} does, and checks what each run changed.
   *
   * @param check what each run must change, or null to take whatever it changed
   */
  void now(String sql, List<Row> rows, OneRowEach check) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (sending == Sending.ONE_REQUEST) {
      boolean byTheServer = check != null && connection.getAutoCommit();
      rows.forEach(row -> early.add(byTheServer ? new Single(check.guarded(sql), row, null) : new Single(sql, row, check)));
      if (byTheServer) {
        guards.add(check);
      }
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (rows.size() == 1) {
        rows.get(0).bind(Parameters.of(statement));
        int changed = statement.executeUpdate();
        if (check != null) {
          check.check(changed);
        }
        return;
      }
      for (Row row : rows) {
        row.bind(Parameters.of(statement));
        statement.addBatch();
      }
      int[] changed = statement.executeBatch();
      if (check != null) {
        for (int count : changed) {
          check.check(count);
        }
      }
    }
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
    last.add(new Single(sql, row, null));
  }

  /**
   * Sends what waits: in one request, the statements that could not wait ({@link Sending#ONE_REQUEST}),
   * then every row, in the order their statements were first used, then the statements added with
   * {@link #last}.
   *
   * @throws Database.ConcurrentWrite if a row's key was taken meanwhile by a concurrent writer (the
   *     transaction is then run again, and meets that writer's events), or a check failed
   */
  void send() throws SQLException {
    try {
      boolean few = batches.values().stream().allMatch(rows -> rows.size() < RowsInsert.ROWS_PER_STATEMENT);
      if (sending == Sending.ONE_REQUEST || (sending == Sending.ROWS_TOGETHER && few)) {
        sendInOneRequest();
      } else {
        sendOneByOne();
      }
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        throw new Database.ConcurrentWrite("a row of the batch was written concurrently", e);
      }
      if (!guards.isEmpty() && SqlStates.isDivisionByZero(e)) {
        throw guards.get(0).movedOn(e); // nothing else in a request divides: a guard changed no row
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
    for (Single statement : last) {
      try (PreparedStatement run = connection.prepareStatement(statement.sql())) {
        statement.row().bind(Parameters.of(run));
        run.executeUpdate();
      }
    }
  }

  /** One statement of a request: its SQL, how it is bound from a parameter on, and its check. */
  private record Part(String sql, Binding binding, OneRowEach check) {}

  @FunctionalInterface
  private interface Binding {
    /** Binds the statement's parameters from {@code first} on; returns the index of the next. */
    int bind(PreparedStatement request, int first) throws SQLException;
  }

  private void sendInOneRequest() throws SQLException {
    List<Part> parts = new ArrayList<>();
    for (Object statement : early) {
      if (statement instanceof RowsInsert rows) {
        addParts(parts, rows);
      } else {
        addPart(parts, (Single) statement);
      }
    }
    for (RowsInsert rows : batches.values()) {
      addParts(parts, rows);
    }
    last.forEach(statement -> addPart(parts, statement));
    if (parts.isEmpty()) {
      return;
    }
    try (PreparedStatement request =
        connection.prepareStatement(String.join(";\n", parts.stream().map(Part::sql).toList()))) {
      int next = 1;
      for (Part part : parts) {
        next = part.binding().bind(request, next);
      }
      boolean resultSet = request.execute();
      for (Part part : parts) {
        // One result per statement, in order: an update count, or the one row of a guard the server
        // checked (which had it changed no row, would have failed the request).
        int changed = resultSet ? -1 : request.getUpdateCount();
        if (part.check() != null) {
          part.check().check(changed);
        }
        resultSet = request.getMoreResults();
      }
    }
  }

  private static void addParts(List<Part> parts, RowsInsert rows) {
    for (RowsInsert.Statement statement : rows.statements()) {
      parts.add(new Part(statement.sql(), (request, first) -> rows.bind(request, first, statement), null));
    }
  }

  private static void addPart(List<Part> parts, Single statement) {
    int width = (int) statement.sql().chars().filter(c -> c == '?').count();
    parts.add(new Part(statement.sql(), (request, first) -> {
      statement.row().bind(Parameters.of(request, first - 1));
      return first + width;
    }, statement.check()));
  }

  /** Forgets what was not sent (a transaction that failed before {@link #send}). */
  @Override
  public void close() {
    early.forEach(statement -> {
      if (statement instanceof RowsInsert rows) {
        rows.clear();
      }
    });
    early.clear();
    guards.clear();
    batches.values().forEach(RowsInsert::clear);
    batches.clear();
    last.clear();
  }
}
