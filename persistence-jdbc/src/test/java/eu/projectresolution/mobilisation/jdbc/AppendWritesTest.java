package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An append's statements reach the database in the order its transaction needs, whichever way they are
 * sent: those that cannot wait, then the rows, then the last ones; a statement that must change one row
 * and changes none fails the append as a concurrent write. A request sent in auto-commit mode keeps all
 * its statements or none. On a table of the test's own.
 */
class AppendWritesTest {
  static Stream<Arguments> ways() {
    return Stream.of(
        Arguments.of(AppendWrites.Sending.ONE_BY_ONE, (Supplier<TestDatabase>) TestDatabases::h2),
        Arguments.of(AppendWrites.Sending.ROWS_TOGETHER, (Supplier<TestDatabase>) TestDatabases::postgres),
        Arguments.of(AppendWrites.Sending.ONE_REQUEST, (Supplier<TestDatabase>) TestDatabases::postgres));
  }

  private static String newTable(Connection c) throws SQLException {
    String table = "append_writes_" + UUID.randomUUID().toString().replace("-", "");
    try (Statement sql = c.createStatement()) {
      sql.execute("CREATE TABLE " + table + " (id INT PRIMARY KEY, v INT NOT NULL)");
    }
    return table;
  }

  private static void drop(Connection c, String table) throws SQLException {
    c.setAutoCommit(true);
    try (Statement sql = c.createStatement()) {
      sql.execute("DROP TABLE " + table);
    }
  }

  private static Map<Integer, Integer> rows(Connection c, String table) throws SQLException {
    Map<Integer, Integer> rows = new TreeMap<>();
    try (Statement sql = c.createStatement(); ResultSet read = sql.executeQuery("SELECT id, v FROM " + table)) {
      while (read.next()) {
        rows.put(read.getInt(1), read.getInt(2));
      }
    }
    return rows;
  }

  private static RowsInsert insert(String table, int id, int v) throws SQLException {
    RowsInsert rows = new RowsInsert("INSERT INTO " + table + " (id, v) VALUES (?, ?)");
    Parameters row = rows.add();
    row.setInt(1, id);
    row.setInt(2, v);
    return rows;
  }

  private static final AppendWrites.OneRowEach ROW_ONE = new AppendWrites.OneRowEach("row 1");

  @ParameterizedTest(name = "{0}")
  @MethodSource("ways")
  void sendsWhatCannotWaitThenTheRowsThenTheLastStatements(AppendWrites.Sending sending, Supplier<TestDatabase> database)
      throws SQLException {
    try (Connection c = database.get().dataSource().getConnection()) {
      String table = newTable(c);
      try {
        c.setAutoCommit(false);
        try (AppendWrites writes = new AppendWrites(c, sending)) {
          writes.last("UPDATE " + table + " SET v = v * ?", update -> update.setInt(1, 2));
          writes.add("INSERT INTO " + table + " (id, v) VALUES (?, ?)", row -> {
            row.setInt(1, 2);
            row.setInt(2, 5);
          });
          writes.now(insert(table, 1, 0));
          writes.now("UPDATE " + table + " SET v = v + ? WHERE id = ?", List.of(update -> {
            update.setInt(1, 10);
            update.setInt(2, 1);
          }), ROW_ONE);
          writes.send();
        }
        c.commit();

        // Row 1 inserted, then raised by 10 (it existed: the check passed), then both rows doubled.
        assertThat(rows(c, table)).isEqualTo(Map.of(1, 20, 2, 10));
      } finally {
        drop(c, table);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ways")
  void aStatementThatChangesNoRowWhereItMustChangeOneIsAConcurrentWrite(
      AppendWrites.Sending sending, Supplier<TestDatabase> database) throws SQLException {
    try (Connection c = database.get().dataSource().getConnection()) {
      String table = newTable(c);
      try {
        c.setAutoCommit(false);
        assertThatThrownBy(() -> {
          try (AppendWrites writes = new AppendWrites(c, sending)) {
            writes.now(insert(table, 1, 0));
            writes.now("UPDATE " + table + " SET v = 1 WHERE id = ?", List.of(update -> update.setInt(1, 99)),
                ROW_ONE);
            writes.add("INSERT INTO " + table + " (id, v) VALUES (?, ?)", row -> {
              row.setInt(1, 2);
              row.setInt(2, 5);
            });
            writes.send();
          }
        }).isInstanceOf(Database.ConcurrentWrite.class).hasMessageContaining("row 1 moved on");
        c.rollback();

        assertThat(rows(c, table)).isEmpty();
      } finally {
        drop(c, table);
      }
    }
  }

  /** PostgreSQL runs a request's statements as one transaction: a key taken by its last keeps its first out. */
  @Test
  void aRequestInAutoCommitModeKeepsAllItsStatementsOrNone() throws SQLException {
    try (Connection c = TestDatabases.postgres().dataSource().getConnection()) {
      String table = newTable(c);
      try {
        c.setAutoCommit(true);
        try (Statement sql = c.createStatement()) {
          sql.execute("INSERT INTO " + table + " (id, v) VALUES (3, 0)");
        }

        assertThatThrownBy(() -> {
          try (AppendWrites writes = new AppendWrites(c, AppendWrites.Sending.ONE_REQUEST)) {
            writes.now(insert(table, 1, 0));
            writes.add("INSERT INTO " + table + " (id, v) VALUES (?, ?)", row -> {
              row.setInt(1, 2);
              row.setInt(2, 0);
            });
            writes.last("INSERT INTO " + table + " (id, v) VALUES (?, ?)", row -> {
              row.setInt(1, 3);
              row.setInt(2, 1);
            });
            writes.send();
          }
        }).isInstanceOf(Database.ConcurrentWrite.class).hasRootCauseInstanceOf(SQLException.class);

        assertThat(rows(c, table)).isEqualTo(Map.of(3, 0));
      } finally {
        drop(c, table);
      }
    }
  }

  /**
   * A request in auto-commit mode commits as it runs, too early to check its update counts: the server
   * checks a statement that must change one row, and keeps nothing of a request in which it changed none.
   */
  @Test
  void aRequestInAutoCommitModeHasTheServerCheckAStatementThatMustChangeOneRow() throws SQLException {
    try (Connection c = TestDatabases.postgres().dataSource().getConnection()) {
      String table = newTable(c);
      try {
        c.setAutoCommit(true);
        try (Statement sql = c.createStatement()) {
          sql.execute("INSERT INTO " + table + " (id, v) VALUES (1, 0)");
        }

        assertThatThrownBy(() -> sendRaisingThenInserting(c, table, 99, 2))
            .isInstanceOf(Database.ConcurrentWrite.class)
            .hasMessageContaining("row 1 moved on")
            .hasRootCauseInstanceOf(SQLException.class);
        assertThat(rows(c, table)).as("the insert before the check and the one after kept out").isEqualTo(Map.of(1, 0));

        sendRaisingThenInserting(c, table, 1, 3);
        assertThat(rows(c, table)).isEqualTo(Map.of(1, 10, 2, 0, 3, 0));
      } finally {
        drop(c, table);
      }
    }
  }

  /** Inserts row 2, raises row {@code id} by 10 (checked: one row), inserts row {@code then}, in one request. */
  private static void sendRaisingThenInserting(Connection c, String table, int id, int then) throws SQLException {
    try (AppendWrites writes = new AppendWrites(c, AppendWrites.Sending.ONE_REQUEST)) {
      writes.now(insert(table, 2, 0));
      writes.now("UPDATE " + table + " SET v = v + ? WHERE id = ?", List.of(update -> {
        update.setInt(1, 10);
        update.setInt(2, id);
      }), ROW_ONE);
      writes.add("INSERT INTO " + table + " (id, v) VALUES (?, ?)", row -> {
        row.setInt(1, then);
        row.setInt(2, 0);
      });
      writes.send();
    }
  }
}
