package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.port.CollaborativeActions;
import eu.projectresolution.mobilisation.port.OutreachEvents;
import eu.projectresolution.mobilisation.port.SiteEvents;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shared shape of the record ports that hold a programme's dated activities: one table each, keyed
 * by tenant and record id, the record as JSON in {@code body}, its programme and date (and a few
 * columns the indicator figures filter on) beside it.
 */
abstract class JdbcProgrammeRecords<I, R> {
  private final Database db;
  private final Json json;
  private final String table;
  private final String idColumn;
  private final String dateColumn;
  private final Class<R> type;
  private final String what;
  private final Function<R, I> id;
  private final Function<I, UUID> uuid;
  private final Function<R, ProgrammeId> programme;
  private final Function<R, LocalDate> date;
  private final Map<String, Function<R, String>> extraColumns;
  private final Comparator<R> order;

  JdbcProgrammeRecords(
      Database db,
      Json json,
      String table,
      String idColumn,
      String dateColumn,
      Class<R> type,
      String what,
      Function<R, I> id,
      Function<I, UUID> uuid,
      Function<R, ProgrammeId> programme,
      Function<R, LocalDate> date,
      Map<String, Function<R, String>> extraColumns) {
    this.db = db;
    this.json = json;
    this.table = table;
    this.idColumn = idColumn;
    this.dateColumn = dateColumn;
    this.type = type;
    this.what = what;
    this.id = id;
    this.uuid = uuid;
    this.programme = programme;
    this.date = date;
    this.extraColumns = extraColumns;
    // The in-memory adapter's order: by date, then by the id's text.
    this.order = Comparator.comparing(date).thenComparing(r -> id.apply(r).toString());
  }

  public boolean add(TenantId tenant, R record) {
    requireNonNull(tenant, "tenant");
    requireNonNull(record, "record");
    String body = json.write(record);
    return db.write(
        () -> "add " + what + " " + id.apply(record) + " of tenant " + tenant,
        c -> {
          try (PreparedStatement insert = c.prepareStatement(insertSql())) {
            bind(Parameters.of(insert), tenant, record, body);
            return Rows.insertedOrTaken(c, insert);
          }
        });
  }

  /**
   * Adds the records in one transaction: the ids the tenant already has are looked up first, in a query
   * per {@value #IDS_PER_QUERY}, and the others inserted in one JDBC batch. A concurrent writer adding
   * one of the ids meanwhile makes the transaction run again, and then find it.
   */
  public List<Boolean> addAll(TenantId tenant, List<R> records) {
    requireNonNull(tenant, "tenant");
    List<R> all = List.copyOf(requireNonNull(records, "records"));
    List<String> bodies = all.stream().map(json::write).toList();
    if (all.isEmpty()) {
      return List.of();
    }
    return db.write(
        () -> "add " + all.size() + " " + what + "s (the first " + id.apply(all.get(0)) + ") of tenant " + tenant,
        c -> {
          Set<UUID> taken = storedIds(c, tenant, all);
          List<Boolean> added = new ArrayList<>(all.size());
          RowsInsert rows = new RowsInsert(insertSql());
          for (int i = 0; i < all.size(); i++) {
            boolean isNew = taken.add(uuid.apply(id.apply(all.get(i))));
            added.add(isNew);
            if (isNew) {
              bind(rows.add(), tenant, all.get(i), bodies.get(i));
            }
          }
          try {
            rows.send(c);
          } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
              throw new Database.ConcurrentWrite(what + "s of tenant " + tenant + " added concurrently", e);
            }
            throw e;
          }
          return added;
        });
  }

  /** Records a query for stored ids asks about at most: within any driver's parameter limit. */
  private static final int IDS_PER_QUERY = 500;

  /** Which of the records' ids the tenant already has. */
  private Set<UUID> storedIds(Connection c, TenantId tenant, List<R> records) throws SQLException {
    Set<UUID> stored = new HashSet<>();
    for (int from = 0; from < records.size(); from += IDS_PER_QUERY) {
      List<R> some = records.subList(from, Math.min(records.size(), from + IDS_PER_QUERY));
      try (PreparedStatement select = c.prepareStatement(
          "SELECT " + idColumn + " FROM " + db.table(table) + " WHERE tenant_id = ? AND " + idColumn + " IN ("
              + String.join(", ", Collections.nCopies(some.size(), "?")) + ")")) {
        select.setString(1, tenant.value());
        for (int i = 0; i < some.size(); i++) {
          select.setObject(i + 2, uuid.apply(id.apply(some.get(i))));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            stored.add(rows.getObject(1, UUID.class));
          }
        }
      }
    }
    return stored;
  }

  private String insertSql() {
    String columns = extraColumns.keySet().stream().map(c -> ", " + c).collect(Collectors.joining());
    String marks = ", ?".repeat(extraColumns.size());
    return "INSERT INTO " + db.table(table) + " (tenant_id, " + idColumn + ", programme_id, " + dateColumn
        + ", body" + columns + ") VALUES (?, ?, ?, ?, ?" + marks + ")";
  }

  private void bind(Parameters insert, TenantId tenant, R record, String body) throws SQLException {
    insert.setString(1, tenant.value());
    insert.setObject(2, uuid.apply(id.apply(record)));
    insert.setString(3, programme.apply(record).value());
    insert.setObject(4, date.apply(record));
    insert.setString(5, body);
    int index = 6;
    for (Function<R, String> column : extraColumns.values()) {
      insert.setString(index++, column.apply(record));
    }
  }

  public Optional<R> find(TenantId tenant, I recordId) {
    requireNonNull(tenant, "tenant");
    requireNonNull(recordId, "id");
    return db.read(
        () -> "look up " + what + " " + recordId + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT body FROM " + db.table(table) + " WHERE tenant_id = ? AND " + idColumn + " = ?")) {
            select.setString(1, tenant.value());
            select.setObject(2, uuid.apply(recordId));
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? Optional.of(json.read(rows.getString(1), type, what + " " + recordId + " of tenant " + tenant))
                  : Optional.<R>empty();
            }
          }
        });
  }

  public List<R> ofProgramme(TenantId tenant, ProgrammeId programmeId) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programmeId, "programme");
    List<R> records =
        db.read(
            () -> "list the " + what + "s of programme " + programmeId + " of tenant " + tenant,
            c -> {
              try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT body FROM " + db.table(table) + " WHERE tenant_id = ? AND programme_id = ?")) {
                select.setString(1, tenant.value());
                select.setString(2, programmeId.value());
                List<R> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                  while (rows.next()) {
                    found.add(json.read(rows.getString(1), type, what + " of programme " + programmeId + " of tenant " + tenant));
                  }
                }
                return found;
              }
            });
    // Ordered here so that every database gives the port's order, whatever its collation.
    records.sort(order);
    return List.copyOf(records);
  }

  static final class OfOutreachEvents extends JdbcProgrammeRecords<OutreachEventId, OutreachEvent>
      implements OutreachEvents {
    OfOutreachEvents(Database db, Json json) {
      super(db, json, "outreach_events", "outreach_event_id", "event_date", OutreachEvent.class, "outreach event",
          OutreachEvent::id, OutreachEventId::value, OutreachEvent::programmeId, OutreachEvent::date,
          columns("kind", e -> e.kind().name()));
    }
  }

  static final class OfCollaborativeActions
      extends JdbcProgrammeRecords<CollaborativeActionId, CollaborativeAction>
      implements CollaborativeActions {
    OfCollaborativeActions(Database db, Json json) {
      super(db, json, "collaborative_actions", "collaborative_action_id", "action_date", CollaborativeAction.class,
          "collaborative action", CollaborativeAction::id, CollaborativeActionId::value,
          CollaborativeAction::programmeId, CollaborativeAction::date, Map.of());
    }
  }

  static final class OfSiteEvents extends JdbcProgrammeRecords<SiteEventId, SiteEvent> implements SiteEvents {
    OfSiteEvents(Database db, Json json) {
      super(db, json, "site_events", "site_event_id", "event_date", SiteEvent.class, "site event",
          SiteEvent::id, SiteEventId::value, SiteEvent::programmeId, SiteEvent::date,
          columns("site_id", e -> e.siteId().value()));
    }
  }

  private static <R> Map<String, Function<R, String>> columns(String name, Function<R, String> value) {
    Map<String, Function<R, String>> columns = new LinkedHashMap<>();
    columns.put(name, value);
    return columns;
  }
}
