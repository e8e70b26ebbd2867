package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows sent as multi-row inserts arrive as a JDBC batch of one-row inserts would: every row, each value
 * as set (nulls included), whatever their number around the {@value RowsInsert#ROWS_PER_STATEMENT} rows
 * of a statement; a key taken fails the insert with the database's unique violation. On H2 and
 * PostgreSQL, on a table of the test's own.
 */
class RowsInsertTest {
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Supplier<TestDatabase> database : List.<Supplier<TestDatabase>>of(TestDatabases::h2, TestDatabases::postgres)) {
      for (int rows : new int[] {1, 2, 63, 64, 65, 128, 200}) {
        cases.add(Arguments.of(database, rows));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} rows")
  @MethodSource("cases")
  void insertsEveryRowWithEachValueAsSet(Supplier<TestDatabase> database, int count) throws SQLException {
    String table = "rows_insert_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = database.get().dataSource().getConnection(); Statement sql = c.createStatement()) {
      sql.execute("CREATE TABLE " + table + " (id UUID PRIMARY KEY, n BIGINT NOT NULL, i INT, on_day DATE,"
          + " flag BOOLEAN NOT NULL, label VARCHAR(20))");
      try {
        List<UUID> ids = new ArrayList<>();
        RowsInsert rows = new RowsInsert("INSERT INTO " + table + " (id, n, i, on_day, flag, label) VALUES (?, ?, ?, ?, ?, ?)");
        for (int r = 0; r < count; r++) {
          UUID id = UUID.randomUUID();
          ids.add(id);
          Parameters row = rows.add();
          row.setObject(1, id);
          row.setLong(2, r);
          if (r % 3 == 0) {
            row.setNull(3, Types.INTEGER);
          } else {
            row.setInt(3, -r);
          }
          row.setObject(4, r % 2 == 0 ? LocalDate.of(2017, 3, 14).plusDays(r) : null);
          row.setBoolean(5, r % 2 == 0);
          row.setString(6, r % 5 == 0 ? null : "row " + r);
        }
        assertThat(rows.size()).isEqualTo(count);
        rows.send(c);
        assertThat(rows.size()).as("forgotten once sent").isZero();

        try (ResultSet read = sql.executeQuery("SELECT id, n, i, on_day, flag, label FROM " + table + " ORDER BY n")) {
          for (int r = 0; r < count; r++) {
            assertThat(read.next()).as("row %s", r).isTrue();
            assertThat(read.getObject(1, UUID.class)).isEqualTo(ids.get(r));
            assertThat(read.getLong(2)).isEqualTo(r);
            assertThat(read.getObject(3)).isEqualTo(r % 3 == 0 ? null : -r);
            assertThat(read.getObject(4, LocalDate.class)).isEqualTo(r % 2 == 0 ? LocalDate.of(2017, 3, 14).plusDays(r) : null);
            assertThat(read.getBoolean(5)).isEqualTo(r % 2 == 0);
            assertThat(read.getString(6)).isEqualTo(r % 5 == 0 ? null : "row " + r);
          }
          assertThat(read.next()).isFalse();
        }

        RowsInsert again = new RowsInsert("INSERT INTO " + table + " (id, n, i, on_day, flag, label) VALUES (?, ?, ?, ?, ?, ?)");
        Parameters taken = again.add();
        taken.setObject(1, ids.get(count - 1));
        taken.setLong(2, -1);
        taken.setNull(3, Types.INTEGER);
        taken.setObject(4, null);
        taken.setBoolean(5, true);
        taken.setString(6, null);
        assertThatThrownBy(() -> again.send(c)).isInstanceOf(SQLException.class).matches(e -> SqlStates.isUniqueViolation((SQLException) e));
      } finally {
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        sql.execute("DROP TABLE " + table);
      }
    }
  }

  @Test
  void refusesAStatementThatIsNotAnInsertOfValuesAndAParameterItHasNot() {
    assertThatIllegalArgumentException().isThrownBy(() -> new RowsInsert("UPDATE t SET a = ? WHERE b = ?"))
        .withMessageContaining("not an insert ending with VALUES (...)");
    assertThatIllegalArgumentException().isThrownBy(() -> new RowsInsert("INSERT INTO t (a) VALUES (?)").add().setLong(2, 1))
        .withMessageContaining("parameter 2 of INSERT INTO t (a) VALUES (?), which has 1");
  }
}
