package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Lists;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a command about a person is decided on ({@link MobilisationStorage#storedPathway}), and what a
 * rebuild of the facts reads for a page of people ({@link MobilisationStorage#storedPathways}): the
 * people's rows of {@code pathway_events} and {@code special_category_answers}, a person's row of {@code
 * beneficiaries} and a programme's row of {@code programmes}, read by plain statements on one connection.
 * On PostgreSQL the statements go as one request (one {@code PreparedStatement}, which the driver sends
 * with one synchronisation): one round trip. They are not one statement: the server plans a {@code UNION
 * ALL} of them in about ten times the time it plans each, which a statement planned for its values pays
 * every time.
 */
final class JdbcStoredPathways {
  /** The most people one read asks for, so that a statement binds at most a few hundred values. */
  private static final int PEOPLE_PER_READ = 500;

  private final Database db;
  private final Json json;
  private final JdbcBeneficiaries beneficiaries;

  JdbcStoredPathways(Database db, Json json, JdbcBeneficiaries beneficiaries) {
    this.db = db;
    this.json = json;
    this.beneficiaries = beneficiaries;
  }

  /** A statement of a read: its SQL, the values it binds, and what it does with each row. */
  private record Part(String sql, List<Object> values, RowReader reader) {}

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /**
   * The person's events and answers, with the declarations of {@code programme} (the person's own when
   * it is empty) if {@code withProgramme}. Their summary comes with them, for the store to remember
   * ({@link JdbcBeneficiaries#rememberRead}): the command decided on what is read here then writes without
   * reading the summary again, even about a person this store has not written lately.
   */
  StoredPathway read(TenantId tenant, BeneficiaryId beneficiary, boolean withProgramme, Optional<ProgrammeId> programme) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(programme, "programme");
    String whose = "of beneficiary " + beneficiary + " of tenant " + tenant;
    List<PathwayEvent> events = new ArrayList<>();
    List<SpecialCategoryAnswer> answers = new ArrayList<>();
    List<Programme> programmes = new ArrayList<>(1);
    List<Object> person = List.of(tenant.value(), beneficiary.value());
    List<String> summary = new ArrayList<>(1);
    List<Part> parts = new ArrayList<>(4);
    parts.addAll(eventsAndAnswers(person, events, answers, whose));
    parts.add(new Part("SELECT summary FROM " + db.table("beneficiaries")
        + " WHERE tenant_id = ? AND beneficiary_id = ?", person, rows -> summary.add(rows.getString(1))));
    if (withProgramme) {
      RowReader declared =
          rows -> programmes.add(json.read(rows.getString(1), Programme.class, "programme of the pathway " + whose));
      // The person's own programme is the one their summary names: every append writes it from their pathway.
      parts.add(programme.isPresent()
          ? new Part("SELECT body FROM " + db.table("programmes") + " WHERE tenant_id = ? AND programme_id = ?",
              List.of(tenant.value(), programme.get().value()), declared)
          : new Part("SELECT p.body FROM " + db.table("programmes") + " p JOIN " + db.table("beneficiaries")
              + " b ON b.tenant_id = p.tenant_id AND b.programme_id = p.programme_id"
              + " WHERE b.tenant_id = ? AND b.beneficiary_id = ?", person, declared));
    }
    db.read(() -> "read the pathway " + whose, c -> run(c, parts));
    summary.forEach(text -> beneficiaries.rememberRead(tenant, beneficiary, text));
    return new StoredPathway(events, answers, programmes.stream().findFirst());
  }

  /** The statements that read one person's events and answers into {@code events} and {@code answers}. */
  private List<Part> eventsAndAnswers(
      List<Object> person, List<PathwayEvent> events, List<SpecialCategoryAnswer> answers, String whose) {
    // Ordered as Pathways.events and SpecialCategoryAnswers.of order them.
    return List.of(
        new Part("SELECT version, body FROM " + db.table("pathway_events")
            + " WHERE tenant_id = ? AND beneficiary_id = ? ORDER BY version", person,
            rows -> events.add(json.readEvent(rows.getString(2), rows.getLong(1) + " " + whose))),
        new Part("SELECT body FROM " + db.table("special_category_answers")
            + " WHERE tenant_id = ? AND beneficiary_id = ? ORDER BY version, category", person,
            rows -> answers.add(json.read(rows.getString(1), SpecialCategoryAnswer.class, "special-category answer " + whose))));
  }

  /**
   * The events and answers of each of {@code people}. On PostgreSQL a few hundred people per request:
   * each person's rows looked up in the primary key by a {@code LATERAL} join on the list of ids. Not
   * {@code beneficiary_id IN (...)}: on tables never analysed (autovacuum off), the server chose to scan
   * all of the tenant's rows for such a list, 141 ms a page on the SIPA replay's events against 4 ms for
   * the join, and more with every person stored. The {@code OFFSET 0} keeps the server from turning the
   * lateral subquery into a plain join, which it then planned the same way once the events had grown
   * (812 ms a page at 550,000 events, against 9 ms). On H2, person by person on one connection (in the
   * process, so without round trips), since H2 too would scan the tenant's rows for an {@code IN} list.
   */
  Map<BeneficiaryId, StoredPathway> readAll(TenantId tenant, List<BeneficiaryId> people) {
    requireNonNull(tenant, "tenant");
    requireNonNull(people, "people");
    Map<UUID, List<PathwayEvent>> events = new LinkedHashMap<>();
    Map<UUID, List<SpecialCategoryAnswer>> answers = new LinkedHashMap<>();
    for (BeneficiaryId person : people) {
      events.put(requireNonNull(person, "people holds null").value(), new ArrayList<>());
      answers.put(person.value(), new ArrayList<>());
    }
    String where = "of tenant " + tenant;
    for (List<UUID> page : Lists.partition(List.copyOf(events.keySet()), PEOPLE_PER_READ)) {
      List<Object> values = new ArrayList<>(page.size() + 1);
      values.addAll(page);
      values.add(tenant.value());
      String these = "FROM (VALUES " + String.join(", ", Collections.nCopies(page.size(), "(CAST(? AS UUID))"))
          + ") AS p(id) CROSS JOIN LATERAL (SELECT * FROM %s WHERE tenant_id = ? AND beneficiary_id = p.id OFFSET 0) r";
      List<Part> together = List.of(
          new Part("SELECT p.id, r.version, r.body " + String.format(these, db.table("pathway_events"))
              + " ORDER BY p.id, r.version", values,
              rows -> events.get(rows.getObject(1, UUID.class)).add(json.readEvent(rows.getString(3),
                  rows.getLong(2) + " of beneficiary " + rows.getObject(1, UUID.class) + " " + where))),
          new Part("SELECT p.id, r.body " + String.format(these, db.table("special_category_answers"))
              + " ORDER BY p.id, r.version, r.category", values,
              rows -> answers.get(rows.getObject(1, UUID.class)).add(json.read(rows.getString(2),
                  SpecialCategoryAnswer.class, "special-category answer " + where))));
      db.read(() -> "read the pathways of " + page.size() + " people " + where, c -> {
        if (db.isPostgres(c)) {
          return run(c, together);
        }
        for (UUID person : page) {
          run(c, eventsAndAnswers(List.of(tenant.value(), person), events.get(person), answers.get(person),
              "of beneficiary " + person + " " + where));
        }
        return null;
      });
    }
    Map<BeneficiaryId, StoredPathway> stored = new LinkedHashMap<>();
    events.forEach((person, theirs) ->
        stored.put(BeneficiaryId.of(person), new StoredPathway(theirs, answers.get(person), Optional.empty())));
    return stored;
  }

  /** Runs {@code parts} on {@code c}: as one request on PostgreSQL, else one after the other. */
  private Void run(Connection c, List<Part> parts) throws SQLException {
    if (db.isPostgres(c)) {
      try (PreparedStatement request = c.prepareStatement(String.join(";\n", parts.stream().map(Part::sql).toList()))) {
        int next = 1;
        for (Part part : parts) {
          for (Object value : part.values()) {
            request.setObject(next++, value);
          }
        }
        request.execute();
        for (Part part : parts) {
          try (ResultSet rows = request.getResultSet()) {
            readAll(rows, part.reader());
          }
          request.getMoreResults();
        }
      }
    } else {
      for (Part part : parts) {
        try (PreparedStatement select = c.prepareStatement(part.sql())) {
          for (int v = 0; v < part.values().size(); v++) {
            select.setObject(v + 1, part.values().get(v));
          }
          try (ResultSet rows = select.executeQuery()) {
            readAll(rows, part.reader());
          }
        }
      }
    }
    return null;
  }

  private static void readAll(ResultSet rows, RowReader reader) throws SQLException {
    while (rows.next()) {
      reader.read(rows);
    }
  }
}
