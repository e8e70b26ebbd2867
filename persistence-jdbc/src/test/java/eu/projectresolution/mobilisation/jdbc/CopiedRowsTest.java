package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows read through PostgreSQL's {@code COPY ... TO STDOUT} come back as the server has them, whatever
 * characters they hold; after a reader that fails, the connection's next statements run as usual; on H2
 * there is no copy API to find.
 */
class CopiedRowsTest {
  /** Every character {@code COPY}'s text format escapes, and some it does not. */
  private static final String AWKWARD = "tab\there, new\nline, back\\slash, \r\b\f\u000b, é€😀, \\N, '\"";

  @Test
  void readsBackEveryCharacterAsTheServerHasIt() throws SQLException {
    try (Connection c = TestDatabases.postgres().dataSource().getConnection()) {
      CopiedRows copied = CopiedRows.of(c).orElseThrow();
      List<List<String>> rows = new ArrayList<>();

      copied.forEach(c, "SELECT " + literal(AWKWARD) + ", n, '' FROM generate_series(1, 3) n ORDER BY n", rows::add);

      assertThat(rows).containsExactly(
          List.of(AWKWARD, "1", ""), List.of(AWKWARD, "2", ""), List.of(AWKWARD, "3", ""));
    }
  }

  @Test
  void writesDatesAsValuesOfAnyYear() throws SQLException {
    try (Connection c = TestDatabases.postgres().dataSource().getConnection()) {
      List<String> dates = new ArrayList<>();
      for (LocalDate date : List.of(LocalDate.of(1, 1, 1), LocalDate.of(2016, 9, 1), LocalDate.of(12_345, 12, 31))) {
        CopiedRows.of(c).orElseThrow().forEach(c, "SELECT " + CopiedRows.date(date) + "::text", row -> dates.add(row.get(0)));
      }
      assertThat(dates).containsExactly("0001-01-01", "2016-09-01", "12345-12-31");
    }
  }

  @Test
  void aReaderThatFailsLeavesTheConnectionInStepWithTheServer() throws SQLException {
    try (Connection c = TestDatabases.postgres().dataSource().getConnection()) {
      c.setAutoCommit(false);
      try {
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> CopiedRows.of(c).orElseThrow().forEach(c, "SELECT n FROM generate_series(1, 100000) n",
            row -> {
              seen.add(row.get(0));
              throw new IllegalStateException("a tally the report cannot read");
            })).hasMessage("a tally the report cannot read");
        assertThat(seen).containsExactly("1");
        c.rollback();

        try (Statement select = c.createStatement(); ResultSet rows = select.executeQuery("SELECT 42")) {
          assertThat(rows.next()).isTrue();
          assertThat(rows.getInt(1)).isEqualTo(42);
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }

  @Test
  void readsTheEscapesOfTheTextFormat() throws SQLException {
    assertThat(CopiedRows.columns(bytes("a\\tb\tc\\\\d\\ne\n"))).containsExactly("a\tb", "c\\d\ne");
    assertThat(CopiedRows.columns(bytes("\\101\\x42\\7\\xz\n"))).containsExactly("AB\u0007xz");
    assertThat(CopiedRows.columns(bytes("\t\n"))).containsExactly("", "");
    assertThat(CopiedRows.columns(bytes("é\\t€"))).containsExactly("é\t€");
    assertThatThrownBy(() -> CopiedRows.columns(bytes("1\t\\N\n")))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("NULL in column 2");
  }

  @Test
  void findsNoCopyApiOnH2() throws SQLException {
    try (Connection c = TestDatabases.h2().dataSource().getConnection()) {
      assertThat(CopiedRows.of(c)).isEmpty();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A PostgreSQL escape-string literal of {@code text}. */
  private static String literal(String text) {
    return "E'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f").replace("\u000b", "\\x0b") + "'";
  }
}
