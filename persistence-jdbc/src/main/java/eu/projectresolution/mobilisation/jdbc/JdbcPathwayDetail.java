package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.privacy.SpecialCategoriesApart;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Purging the detail of a pathway in place ({@link Pathways#replaceDetail}): in one transaction, the
 * stream's version checked on its summary row (locked, so that no append slips in), then each event's
 * {@code body} and {@code recorded_at} in {@code pathway_events} and the contact of each attendance
 * entry the events made, in {@code attendance_entries}. Versions, kinds, stages, days, summaries and
 * facts are left as they are, as the port requires. Keeping apart the answers inside older events
 * ({@link #keepAnswersApart}) rewrites bodies in place the same way.
 */
final class JdbcPathwayDetail {
  private final Database db;
  private final Json json;

  JdbcPathwayDetail(Database db, Json json) {
    this.db = db;
    this.json = json;
  }

  boolean replace(TenantId tenant, BeneficiaryId beneficiary, long version, List<PathwayEvent> events,
      List<PathwayEvent> stored) {
    if (stored.size() != version || stored.isEmpty()) {
      return false;
    }
    Pathways.checkReplaceable(stored, events);
    List<String> bodies = events.stream().map(json::writeEvent).toList();
    return db.write(
        () -> "purge the pathway detail of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> {
          if (lockedVersion(c, tenant, beneficiary) != version) {
            return false;
          }
          try (PreparedStatement update = c.prepareStatement(
              "UPDATE " + db.table("pathway_events") + " SET body = ?, recorded_at = ?"
                  + " WHERE tenant_id = ? AND beneficiary_id = ? AND version = ?")) {
            for (int i = 0; i < events.size(); i++) {
              update.setString(1, bodies.get(i));
              update.setObject(2, events.get(i).header().recordedAt().atOffset(ZoneOffset.UTC));
              update.setString(3, tenant.value());
              update.setObject(4, beneficiary.value());
              update.setLong(5, events.get(i).header().version());
              update.addBatch();
            }
            update.executeBatch();
          }
          try (PreparedStatement update = c.prepareStatement(
              "UPDATE " + db.table("attendance_entries") + " SET contact = ?"
                  + " WHERE tenant_id = ? AND beneficiary_id = ? AND version = ?")) {
            for (PathwayEvent event : events) {
              Optional<AttendanceRegister.Entry> entry = BeneficiarySummary.attendanceOf(event);
              if (entry.isPresent()) {
                update.setString(1, json.write(entry.get().contact()));
                update.setString(2, tenant.value());
                update.setObject(3, beneficiary.value());
                update.setLong(4, event.header().version());
                update.addBatch();
              }
            }
            update.executeBatch();
          }
          return true;
        });
  }

  /**
   * What {@link Pathways#keepAnswersApart} does: in one transaction, the summary row locked, the stream
   * read again and compared with {@code stored}, then the bodies of the events that held answers
   * rewritten, the answers inserted into {@code special_category_answers} and the summary row written
   * again from the rewritten events.
   */
  boolean keepAnswersApart(TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> stored,
      JdbcPathways pathways, JdbcBeneficiaries beneficiaries, JdbcSpecialCategoryAnswers answers) {
    if (stored.isEmpty()) {
      return false;
    }
    SpecialCategoriesApart.Split.OfStream apart = SpecialCategoriesApart.split(stored);
    List<String> bodies = apart.events().stream().map(json::writeEvent).toList();
    return db.write(
        () -> "keep apart the special-category answers inside the older events of beneficiary " + beneficiary
            + " of tenant " + tenant,
        c -> {
          if (lockedVersion(c, tenant, beneficiary) != stored.size()
              || !stored.equals(pathways.events(c, tenant, beneficiary))) {
            return false;
          }
          try (PreparedStatement update = c.prepareStatement(
              "UPDATE " + db.table("pathway_events") + " SET body = ?"
                  + " WHERE tenant_id = ? AND beneficiary_id = ? AND version = ?")) {
            for (int i = 0; i < stored.size(); i++) {
              if (apart.events().get(i) != stored.get(i)) {
                update.setString(1, bodies.get(i));
                update.setString(2, tenant.value());
                update.setObject(3, beneficiary.value());
                update.setLong(4, stored.get(i).header().version());
                update.addBatch();
              }
            }
            update.executeBatch();
          }
          answers.write(c, tenant, apart.answers());
          beneficiaries.rewriteSummary(c, tenant, BeneficiarySummary.of(apart.events()));
          return true;
        });
  }

  private long lockedVersion(Connection c, TenantId tenant, BeneficiaryId beneficiary) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(
        "SELECT version FROM " + db.table("beneficiaries") + " WHERE tenant_id = ? AND beneficiary_id = ? FOR UPDATE")) {
      select.setString(1, tenant.value());
      select.setObject(2, beneficiary.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }
}
