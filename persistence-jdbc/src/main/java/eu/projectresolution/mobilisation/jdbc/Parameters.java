package eu.projectresolution.mobilisation.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The parameters of one row of a statement, set by position (from 1) as on a {@link PreparedStatement}:
 * what binds a row both to a statement run at once ({@link #of}) and to a row kept for a multi-row insert
 * ({@link RowsInsert}).
 */
@FunctionalInterface
interface Parameters {
  /** The setter of {@link PreparedStatement} a value needs. */
  enum Kind {
    STRING((statement, index, value) -> statement.setString(index, (String) value)),
    OBJECT((statement, index, value) -> statement.setObject(index, value)),
    LONG((statement, index, value) -> statement.setLong(index, (Long) value)),
    INT((statement, index, value) -> statement.setInt(index, (Integer) value)),
    BOOLEAN((statement, index, value) -> statement.setBoolean(index, (Boolean) value)),
    /** A null of the SQL type ({@link java.sql.Types}) given as the value. */
    NULL((statement, index, value) -> statement.setNull(index, (Integer) value));

    @FunctionalInterface
    private interface Setter {
      void set(PreparedStatement statement, int index, Object value) throws SQLException;
    }

    private final Setter setter;

    Kind(Setter setter) {
      this.setter = setter;
    }

    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
      setter.set(statement, index, value);
    }
  }

  /** Sets parameter {@code index} to {@code value}, with the setter of its {@code kind}. */
  void set(int index, Kind kind, Object value) throws SQLException;

  default void setString(int index, String value) throws SQLException {
    set(index, Kind.STRING, value);
  }

  default void setObject(int index, Object value) throws SQLException {
    set(index, Kind.OBJECT, value);
  }

  default void setLong(int index, long value) throws SQLException {
    set(index, Kind.LONG, value);
  }

  default void setInt(int index, int value) throws SQLException {
    set(index, Kind.INT, value);
  }

  default void setBoolean(int index, boolean value) throws SQLException {
    set(index, Kind.BOOLEAN, value);
  }

  default void setNull(int index, int sqlType) throws SQLException {
    set(index, Kind.NULL, sqlType);
  }

  /** The parameters of {@code statement} itself. */
  static Parameters of(PreparedStatement statement) {
    return of(statement, 0);
  }

  /** The parameters of {@code statement} from index {@code offset + 1} on: one statement of several sent as one. */
  static Parameters of(PreparedStatement statement, int offset) {
    return (index, kind, value) -> kind.bind(statement, offset + index, value);
  }
}
