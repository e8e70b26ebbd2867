package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.port.PracticeSheets;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetId;
import eu.projectresolution.mobilisation.practice.PracticeSheetQuery;
import eu.projectresolution.mobilisation.practice.PracticeSheetVersion;
import eu.projectresolution.mobilisation.practice.Review;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Practice sheets in table {@code practice_sheet_versions}, one row per version, the sheet as JSON.
 * A replacement reads the latest version and inserts the next one in one transaction; of two writers
 * replacing the same version at once, the primary key lets one through and the other, run again,
 * meets the {@link VersionConflict} the port promises.
 */
final class JdbcPracticeSheets implements PracticeSheets {
  private final Database db;
  private final Json json;

  JdbcPracticeSheets(Database db, Json json) {
    this.db = db;
    this.json = json;
  }

  @Override
  public PracticeSheetVersion add(TenantId tenant, PracticeSheet sheet) {
    return replace(tenant, sheet, 0);
  }

  @Override
  public PracticeSheetVersion replace(TenantId tenant, PracticeSheet sheet, long expectedVersion) {
    requireNonNull(tenant, "tenant");
    requireNonNull(sheet, "sheet");
    String body = json.write(sheet);
    return db.write(
        () -> "store version " + (expectedVersion + 1) + " of practice sheet " + sheet.id() + " of tenant " + tenant,
        c -> {
          long actual = latestVersion(c, tenant, sheet.id());
          if (actual != expectedVersion) {
            throw new VersionConflict(sheet.id().value(), expectedVersion, actual);
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO " + db.table("practice_sheet_versions") + " (tenant_id, sheet_id, version, body)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, tenant.value());
            insert.setString(2, sheet.id().value());
            insert.setLong(3, actual + 1);
            insert.setString(4, body);
            insert.executeUpdate();
          } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
              throw new Database.ConcurrentWrite("practice sheet " + sheet.id() + " replaced concurrently", e);
            }
            throw e;
          }
          return PracticeSheetVersion.of(sheet, actual + 1);
        });
  }

  private long latestVersion(Connection c, TenantId tenant, PracticeSheetId id) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT MAX(version) FROM " + db.table("practice_sheet_versions") + " WHERE tenant_id = ? AND sheet_id = ?")) {
      select.setString(1, tenant.value());
      select.setString(2, id.value());
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1); // 0 when there is no version: MAX is NULL
      }
    }
  }

  @Override
  public Optional<PracticeSheetVersion> latest(TenantId tenant, PracticeSheetId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    List<PracticeSheetVersion> found =
        db.read(
            () -> "read the latest version of practice sheet " + id + " of tenant " + tenant,
            c -> {
              try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT version, body FROM " + db.table("practice_sheet_versions")
                          + " WHERE tenant_id = ? AND sheet_id = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")) {
                select.setString(1, tenant.value());
                select.setString(2, id.value());
                return read(select, tenant);
              }
            });
    return found.stream().findFirst();
  }

  @Override
  public Optional<PracticeSheetVersion> version(TenantId tenant, PracticeSheetId id, long version) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    if (version < 1) {
      return Optional.empty();
    }
    List<PracticeSheetVersion> found =
        db.read(
            () -> "read version " + version + " of practice sheet " + id + " of tenant " + tenant,
            c -> {
              try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT version, body FROM " + db.table("practice_sheet_versions")
                          + " WHERE tenant_id = ? AND sheet_id = ? AND version = ?")) {
                select.setString(1, tenant.value());
                select.setString(2, id.value());
                select.setLong(3, version);
                return read(select, tenant);
              }
            });
    return found.stream().findFirst();
  }

  @Override
  public List<PracticeSheetVersion> versions(TenantId tenant, PracticeSheetId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    return db.read(
        () -> "read the versions of practice sheet " + id + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT version, body FROM " + db.table("practice_sheet_versions")
                      + " WHERE tenant_id = ? AND sheet_id = ? ORDER BY version")) {
            select.setString(1, tenant.value());
            select.setString(2, id.value());
            return read(select, tenant);
          }
        });
  }

  @Override
  public List<PracticeSheetVersion> list(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    List<PracticeSheetVersion> latest =
        new ArrayList<>(
            db.read(
                () -> "list the practice sheets of tenant " + tenant,
                c -> {
                  try (PreparedStatement select =
                      c.prepareStatement(
                          "SELECT v.version, v.body FROM " + db.table("practice_sheet_versions") + " v"
                              + " WHERE v.tenant_id = ? AND v.version = (SELECT MAX(w.version) FROM "
                              + db.table("practice_sheet_versions") + " w"
                              + " WHERE w.tenant_id = v.tenant_id AND w.sheet_id = v.sheet_id)")) {
                    select.setString(1, tenant.value());
                    return read(select, tenant);
                  }
                }));
    // By sheet id as PracticeSheetId orders them, whatever the database's collation.
    latest.sort(Comparator.comparing(PracticeSheetVersion::id));
    return List.copyOf(latest);
  }

  /** Matched here, with the query's own rules (accents, case, languages), on the latest versions only. */
  @Override
  public List<PracticeSheetVersion> find(TenantId tenant, PracticeSheetQuery query) {
    requireNonNull(query, "query");
    return list(tenant).stream().filter(v -> query.matches(v.sheet())).toList();
  }

  private List<PracticeSheetVersion> read(PreparedStatement select, TenantId tenant) throws SQLException {
    List<PracticeSheetVersion> versions = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        long version = rows.getLong(1);
        versions.add(
            PracticeSheetVersion.of(
                json.read(rows.getString(2), PracticeSheet.class, "practice sheet version " + version + " of tenant " + tenant),
                version));
      }
    }
    return List.copyOf(versions);
  }

  @Override
  public void putReview(TenantId tenant, Review review) {
    requireNonNull(tenant, "tenant");
    requireNonNull(review, "review");
    String body = json.write(review);
    db.write(
        () -> "store the review of practice sheet " + review.sheet() + " by " + review.reviewer() + " of tenant " + tenant,
        c -> {
          if (latestVersion(c, tenant, review.sheet()) == 0) {
            throw new IllegalArgumentException("review.sheet " + review.sheet() + " is not one of tenant " + tenant
                + "'s practice sheets: add the sheet first");
          }
          // Update, else insert: portable where MERGE and ON CONFLICT are not. Of two first reviews at once,
          // the primary key lets one in and the other, run again, updates it.
          try (PreparedStatement update = c.prepareStatement("UPDATE " + db.table("practice_sheet_reviews")
              + " SET body = ? WHERE tenant_id = ? AND sheet_id = ? AND reviewer = ?")) {
            update.setString(1, body);
            update.setString(2, tenant.value());
            update.setString(3, review.sheet().value());
            update.setString(4, review.reviewer());
            if (update.executeUpdate() == 1) {
              return null;
            }
          }
          try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + db.table("practice_sheet_reviews")
              + " (tenant_id, sheet_id, reviewer, body) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, tenant.value());
            insert.setString(2, review.sheet().value());
            insert.setString(3, review.reviewer());
            insert.setString(4, body);
            insert.executeUpdate();
          } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
              throw new Database.ConcurrentWrite("review of practice sheet " + review.sheet() + " added concurrently", e);
            }
            throw e;
          }
          return null;
        });
  }

  @Override
  public List<Review> reviews(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return db.read(
        () -> "read the reviews of the practice sheets of tenant " + tenant,
        c -> {
          try (PreparedStatement select = c.prepareStatement("SELECT body FROM " + db.table("practice_sheet_reviews")
              + " WHERE tenant_id = ? ORDER BY sheet_id, reviewer")) {
            select.setString(1, tenant.value());
            List<Review> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.add(json.read(rows.getString(1), Review.class, "a review of tenant " + tenant));
              }
            }
            return found;
          }
        });
  }
}
