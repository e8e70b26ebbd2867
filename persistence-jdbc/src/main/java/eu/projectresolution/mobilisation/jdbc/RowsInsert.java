package eu.projectresolution.mobilisation.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows one {@code INSERT INTO t (...) VALUES (?, ...)} statement adds in a transaction, sent as
 * inserts of up to {@value #ROWS_PER_STATEMENT} rows each ({@code VALUES (...), (...), ...}).
 *
 * <p>Why not a JDBC batch of one-row inserts: on PostgreSQL the store's transactions plan every
 * statement for its values ({@link Database#CUSTOM_PLANS}), so each row of such a batch was planned on
 * its own; planning took as long as inserting, about two fifths of the server's time in the SIPA replay.
 * A statement of 64 rows is planned once. It also takes the server one execution instead of 64. The
 * statements have two shapes per table (64 rows, and the rest), so the driver prepares them like any
 * other. Portable SQL: H2 runs the same statements.
 */
final class RowsInsert {
  /** Rows per statement: a batch of them in one round trip, each within any driver's parameter limit. */
  static final int ROWS_PER_STATEMENT = 64;

  private final String sql;
  private final String head;
  private final String tuple;
  private final int width;
  private final List<Object[]> values = new ArrayList<>();
  private final List<Parameters.Kind[]> kinds = new ArrayList<>();

  /**
   * @param sql an insert of one row, ending with its {@code VALUES (...)} of parameters
   */
  RowsInsert(String sql) {
    int at = sql.lastIndexOf(" VALUES (");
    checkArgument(at > 0 && sql.endsWith(")"), "not an insert ending with VALUES (...): %s", sql);
    this.sql = sql;
    this.head = sql.substring(0, at + " VALUES ".length());
    this.tuple = sql.substring(at + " VALUES ".length());
    this.width = (int) tuple.chars().filter(c -> c == '?').count();
  }

  /** A new row, whose parameters the caller sets, each of them. */
  Parameters add() {
    Object[] row = new Object[width];
    Parameters.Kind[] kind = new Parameters.Kind[width];
    values.add(row);
    kinds.add(kind);
    return (index, type, value) -> {
      checkArgument(index >= 1 && index <= width, "parameter %s of %s, which has %s", index, sql, width);
      row[index - 1] = value;
      kind[index - 1] = type;
    };
  }

  int size() {
    return values.size();
  }

  /** Inserts the rows added so far, in their order, and forgets them. */
  void send(Connection connection) throws SQLException {
    int full = values.size() / ROWS_PER_STATEMENT;
    int from = 0;
    if (full > 0) {
      try (PreparedStatement insert = connection.prepareStatement(sql(ROWS_PER_STATEMENT))) {
        for (int chunk = 0; chunk < full; chunk++) {
          bind(insert, 1, from, ROWS_PER_STATEMENT);
          from += ROWS_PER_STATEMENT;
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    int rest = values.size() - from;
    if (rest > 0) {
      try (PreparedStatement insert = connection.prepareStatement(sql(rest))) {
        bind(insert, 1, from, rest);
        insert.executeUpdate();
      }
    }
    clear();
  }

  /** One statement of {@link #statements}: its SQL, and the rows it inserts. */
  record Statement(String sql, int from, int rows) {}

  /** The statements that insert the rows added so far, in their order, for a caller that sends them with others. */
  List<Statement> statements() {
    List<Statement> statements = new ArrayList<>();
    for (int from = 0; from < values.size(); from += ROWS_PER_STATEMENT) {
      int rows = Math.min(ROWS_PER_STATEMENT, values.size() - from);
      statements.add(new Statement(sql(rows), from, rows));
    }
    return statements;
  }

  /**
   * Sets the parameters of {@code statement} (one of {@link #statements}) on {@code insert}, from
   * parameter {@code first} on.
   *
   * @return the index of the next parameter
   */
  int bind(PreparedStatement insert, int first, Statement statement) throws SQLException {
    return bind(insert, first, statement.from(), statement.rows());
  }

  void clear() {
    values.clear();
    kinds.clear();
  }

  private String sql(int rows) {
    return rows == 1 ? sql : head + String.join(", ", Collections.nCopies(rows, tuple));
  }

  private int bind(PreparedStatement insert, int first, int from, int rows) throws SQLException {
    int p = first - 1;
    for (int r = from; r < from + rows; r++) {
      Object[] row = values.get(r);
      Parameters.Kind[] kind = kinds.get(r);
      for (int i = 0; i < width; i++) {
        p++;
        if (kind[i] == null) {
          throw new IllegalStateException("parameter " + (i + 1) + " of " + sql + " was not set");
        }
        kind[i].bind(insert, p, row[i]);
      }
    }
    return p + 1;
  }
}
