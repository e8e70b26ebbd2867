package eu.projectresolution.mobilisation.jdbc;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import eu.projectresolution.mobilisation.StorageFailure;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table whose rows the fact cells refer to by a 64-bit hash of their values, each distinct row kept
 * once: the tallies ({@code fact_tallies}) and the places ({@code fact_places}). A writer computes an id
 * without asking the database, looks up only the ids it has not seen stored, and inserts the missing
 * rows with its batch. A concurrent writer inserting the same new row makes the transaction run again,
 * and then find it.
 */
final class HashedRows {
  private final Database db;
  private final String table;
  private final String kind;
  private final List<String> columns;

  /**
   * Rows known to be stored (read back from the table, or inserted by a transaction that committed), by
   * id: most appends need no lookup.
   */
  private final Cache<Long, List<String>> stored = CacheBuilder.newBuilder().maximumSize(100_000).build();

  /**
   * @param table the table, whose first column is the id and the others {@code columns}
   * @param kind what a row is, for the message of a collision ("tally")
   */
  HashedRows(Database db, String table, String kind, String idColumn, List<String> columns) {
    this.db = db;
    this.table = table;
    this.kind = kind;
    this.columns = new ArrayList<>(List.of(idColumn));
    this.columns.addAll(columns);
  }

  /**
   * Makes sure that the table holds every row of {@code needed} (id to the values of its other columns,
   * null for SQL's NULL): those not known to be stored are looked up, and the missing ones go with the
   * batch's inserts.
   *
   * @throws StorageFailure if a stored row has the id of another one (a hash collision: no data is
   *     written, and the message says so)
   */
  void storeMissing(AppendWrites writes, Map<Long, List<String>> needed) throws SQLException {
    List<Long> unknown = new ArrayList<>();
    for (Map.Entry<Long, List<String>> row : needed.entrySet()) {
      List<String> known = stored.getIfPresent(row.getKey());
      if (known == null) {
        unknown.add(row.getKey());
      } else {
        checkSame(row.getKey(), known, row.getValue());
      }
    }
    String insert = "INSERT INTO " + db.table(table) + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    for (int from = 0; from < unknown.size(); from += IDS_PER_QUERY) {
      List<Long> some = unknown.subList(from, Math.min(unknown.size(), from + IDS_PER_QUERY));
      Map<Long, List<String>> found = lookUp(writes, some);
      for (Long id : some) {
        List<String> values = needed.get(id);
        List<String> storedValues = found.get(id);
        if (storedValues != null) {
          checkSame(id, storedValues, values);
          stored.put(id, storedValues);
        } else {
          writes.add(insert, row -> {
            row.setLong(1, id);
            for (int i = 0; i < values.size(); i++) {
              row.setString(i + 2, values.get(i));
            }
          });
          // Known to be stored once committed, not before: a rollback would leave it missing.
          db.afterCommit(() -> stored.put(id, values));
        }
      }
    }
  }

  private Map<Long, List<String>> lookUp(AppendWrites writes, List<Long> ids) throws SQLException {
    Map<Long, List<String>> found = new HashMap<>();
    try (PreparedStatement select = writes.connection().prepareStatement(
        "SELECT " + String.join(", ", columns) + " FROM " + db.table(table) + " WHERE " + columns.get(0) + " IN ("
            + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        select.setLong(i + 1, ids.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          List<String> values = new ArrayList<>(columns.size() - 1);
          for (int column = 2; column <= columns.size(); column++) {
            values.add(rows.getString(column));
          }
          found.put(rows.getLong(1), values);
        }
      }
    }
    return found;
  }

  /** Ids one lookup asks for: within any driver's parameter limit. */
  private static final int IDS_PER_QUERY = 500;

  private void checkSame(long id, List<String> stored, List<String> wanted) {
    if (!stored.equals(wanted)) {
      throw new StorageFailure("The " + kind + " " + wanted + " has the id " + id + " of the stored " + kind + " "
          + stored + " in " + db.table(table) + ": a 64-bit hash collision, which should never happen; nothing was"
          + " written. Report it to the engine's maintainers");
    }
  }
}
