package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage.StoredPathway;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a command about a person is decided on ({@link MobilisationStorage#storedPathway}): the person's
 * rows of {@code pathway_events} and {@code special_category_answers}, and a programme's row of {@code
 * programmes}, read by plain statements on one connection. On PostgreSQL the statements go as one
 * request (one {@code PreparedStatement}, which the driver sends with one synchronisation): one round
 * trip instead of three. They are not one statement: the server plans a {@code UNION ALL} of the three
 * in about ten times the time it plans each, which a statement planned for its values pays every time.
 */
final class JdbcStoredPathways {
  private final Database db;
  private final Json json;

  JdbcStoredPathways(Database db, Json json) {
    this.db = db;
    this.json = json;
  }

  /** A statement of the read, with the values it binds. */
  private record Part(String sql, Object... values) {}

  /**
   * The person's events and answers, with the declarations of {@code programme} (the person's own when
   * it is empty) if {@code withProgramme}.
   */
  StoredPathway read(TenantId tenant, BeneficiaryId beneficiary, boolean withProgramme, Optional<ProgrammeId> programme) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(programme, "programme");
    List<Part> parts = new ArrayList<>(3);
    // Ordered as Pathways.events and SpecialCategoryAnswers.of order them.
    parts.add(new Part("SELECT version, body FROM " + db.table("pathway_events")
        + " WHERE tenant_id = ? AND beneficiary_id = ? ORDER BY version", tenant.value(), beneficiary.value()));
    parts.add(new Part("SELECT body FROM " + db.table("special_category_answers")
        + " WHERE tenant_id = ? AND beneficiary_id = ? ORDER BY version, category", tenant.value(), beneficiary.value()));
    if (withProgramme) {
      // The person's own programme is the one their summary names: every append writes it from their pathway.
      parts.add(programme.isPresent()
          ? new Part("SELECT body FROM " + db.table("programmes") + " WHERE tenant_id = ? AND programme_id = ?",
              tenant.value(), programme.get().value())
          : new Part("SELECT p.body FROM " + db.table("programmes") + " p JOIN " + db.table("beneficiaries")
              + " b ON b.tenant_id = p.tenant_id AND b.programme_id = p.programme_id"
              + " WHERE b.tenant_id = ? AND b.beneficiary_id = ?", tenant.value(), beneficiary.value()));
    }
    String whose = "of beneficiary " + beneficiary + " of tenant " + tenant;
    return db.read(() -> "read the pathway " + whose, c -> read(c, parts, whose));
  }

  private StoredPathway read(Connection c, List<Part> parts, String whose) throws SQLException {
    List<PathwayEvent> events = new ArrayList<>();
    List<SpecialCategoryAnswer> answers = new ArrayList<>();
    List<Programme> programmes = new ArrayList<>(1);
    RowReader[] readers = {
      rows -> events.add(json.readEvent(rows.getString(2), rows.getLong(1) + " " + whose)),
      rows -> answers.add(json.read(rows.getString(1), SpecialCategoryAnswer.class, "special-category answer " + whose)),
      rows -> programmes.add(json.read(rows.getString(1), Programme.class, "programme of the pathway " + whose)),
    };
    if (db.isPostgres(c)) {
      try (PreparedStatement request = c.prepareStatement(String.join(";\n", parts.stream().map(Part::sql).toList()))) {
        int next = 1;
        for (Part part : parts) {
          for (Object value : part.values()) {
            request.setObject(next++, value);
          }
        }
        request.execute();
        for (int i = 0; i < parts.size(); i++) {
          try (ResultSet rows = request.getResultSet()) {
            readAll(rows, readers[i]);
          }
          request.getMoreResults();
        }
      }
    } else {
      for (int i = 0; i < parts.size(); i++) {
        try (PreparedStatement select = c.prepareStatement(parts.get(i).sql())) {
          Object[] values = parts.get(i).values();
          for (int v = 0; v < values.length; v++) {
            select.setObject(v + 1, values[v]);
          }
          try (ResultSet rows = select.executeQuery()) {
            readAll(rows, readers[i]);
          }
        }
      }
    }
    return new StoredPathway(events, answers, programmes.stream().findFirst());
  }

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private static void readAll(ResultSet rows, RowReader reader) throws SQLException {
    while (rows.next()) {
      reader.read(rows);
    }
  }
}
