package eu.projectresolution.mobilisation.jdbc;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of a PostgreSQL query one at a time, as they arrive, through {@code COPY (query) TO
 * STDOUT} and the PostgreSQL JDBC driver's copy API.
 *
 * <p>Why: the driver reads every row of a plain query into memory before it returns the first, unless
 * the rows are fetched in parts from a cursor, and PostgreSQL runs a query fetched in parts without its
 * parallel workers (a report's count by tally took twice as long). A {@code COPY} of the same query is
 * planned with its parallel workers and sends its rows one message each, which are read and dropped one
 * by one: the memory a report needs then stays the same however many distinct tallies it meets.
 *
 * <p>{@code COPY} takes no parameters: the query's values are written into its text, so only values the
 * store itself renders go there (numbers, dates through {@link #date}). The rows come in {@code COPY}'s
 * text format, columns separated by tabs, special characters escaped with backslashes, which {@link
 * #columns} reads back.
 *
 * <p>The driver's extension interface is looked up by name ({@link PostgresDriver}). With another
 * driver, or a pool that hides the extension, {@link #of} finds nothing and the caller runs the plain
 * query.
 */
final class CopiedRows {
  private static final String COPY = "copy a query's rows out";

  /** What is done with each row: its columns as text, none null. */
  @FunctionalInterface
  interface Row {
    void accept(List<String> columns) throws SQLException;
  }

  private final Class<?> extension;
  private final MethodHandle copyApi;
  private final MethodHandle copyOut;
  private final MethodHandle readFromCopy;

  private CopiedRows(Class<?> extension, MethodHandles.Lookup lookup) throws ReflectiveOperationException {
    ClassLoader loader = extension.getClassLoader();
    Class<?> manager = Class.forName("org.postgresql.copy.CopyManager", false, loader);
    Class<?> out = Class.forName("org.postgresql.copy.CopyOut", false, loader);
    this.extension = extension;
    this.copyApi = lookup.findVirtual(extension, "getCopyAPI", MethodType.methodType(manager));
    this.copyOut = lookup.findVirtual(manager, "copyOut", MethodType.methodType(out, String.class));
    this.readFromCopy = lookup.findVirtual(out, "readFromCopy", MethodType.methodType(byte[].class));
  }

  /** The driver's copy API, if {@code connection} is the PostgreSQL driver's (behind any pool's wrapper). */
  static Optional<CopiedRows> of(Connection connection) {
    return PostgresDriver.extensionOf(connection).flatMap(extension -> {
      try {
        return Optional.of(new CopiedRows(extension, MethodHandles.publicLookup()));
      } catch (ReflectiveOperationException | LinkageError e) {
        return Optional.empty(); // not the driver we know: the plain query
      }
    });
  }

  /**
   * Runs {@code COPY (query) TO STDOUT} on {@code connection} and hands each row to {@code each} as it
   * arrives. If {@code each} throws, the rows left are read and dropped before the failure is thrown:
   * the connection then stays in step with the server. Cancelling the copy instead would race with the
   * connection's next statement, which the server's cancel could reach first and fail.
   */
  void forEach(Connection connection, String query, Row each) throws SQLException {
    Object driver = connection.unwrap(extension);
    Object copy = PostgresDriver.call(COPY, () -> copyOut.invoke(copyApi.invoke(driver), "COPY (" + query + ") TO STDOUT"));
    byte[] row;
    while ((row = next(copy)) != null) {
      try {
        each.accept(columns(row));
      } catch (SQLException | RuntimeException | Error failure) {
        try {
          while (next(copy) != null) {
            // dropped: see above
          }
        } catch (SQLException | RuntimeException e) {
          failure.addSuppressed(e);
        }
        throw failure;
      }
    }
  }

  private byte[] next(Object copy) throws SQLException {
    return PostgresDriver.call(COPY, () -> (byte[]) readFromCopy.invoke(copy));
  }

  /**
   * A date as a value in a query's text: {@code make_date}, which takes any year PostgreSQL keeps, where
   * a {@code DATE '...'} literal would need the year written as PostgreSQL reads it.
   */
  static String date(LocalDate date) {
    return "make_date(" + date.getYear() + ", " + date.getMonthValue() + ", " + date.getDayOfMonth() + ")";
  }

  /**
   * The columns of one row in {@code COPY}'s text format: separated by tabs, ended by a newline, a
   * backslash escaping what follows it ({@code \t}, {@code \n}, {@code \\}, ..., an octal or {@code \x}
   * hexadecimal byte). The escapes are ASCII, so they are read on the bytes, which are then UTF-8.
   *
   * @throws SQLException if a column is {@code \N} (NULL), which the store's copied queries never return
   */
  static List<String> columns(byte[] row) throws SQLException {
    List<String> columns = new ArrayList<>(4);
    ByteArrayOutputStream column = new ByteArrayOutputStream(row.length);
    int end = row.length > 0 && row[row.length - 1] == '\n' ? row.length - 1 : row.length;
    for (int i = 0; i < end; i++) {
      byte b = row[i];
      if (b == '\t') {
        columns.add(column.toString(StandardCharsets.UTF_8));
        column.reset();
      } else if (b != '\\' || i + 1 == end) {
        column.write(b);
      } else {
        byte escaped = row[++i];
        switch (escaped) {
          case 'b' -> column.write('\b');
          case 'f' -> column.write('\f');
          case 'n' -> column.write('\n');
          case 'r' -> column.write('\r');
          case 't' -> column.write('\t');
          case 'v' -> column.write(0x0b);
          case 'N' -> throw new SQLException("COPY sent a NULL in column " + (columns.size() + 1) + " of a row of a query"
              + " whose columns are never null");
          case 'x' -> {
            int value = 0;
            int digits = 0;
            while (digits < 2 && i + 1 < end && Character.digit(row[i + 1], 16) >= 0) {
              value = value * 16 + Character.digit(row[++i], 16);
              digits++;
            }
            column.write(digits == 0 ? 'x' : value);
          }
          default -> {
            if (escaped >= '0' && escaped <= '7') {
              int value = escaped - '0';
              for (int digits = 1; digits < 3 && i + 1 < end && row[i + 1] >= '0' && row[i + 1] <= '7'; digits++) {
                value = value * 8 + (row[++i] - '0');
              }
              column.write(value);
            } else {
              column.write(escaped); // a backslash or a tab escaped as itself
            }
          }
        }
      }
    }
    columns.add(column.toString(StandardCharsets.UTF_8));
    return columns;
  }
}
