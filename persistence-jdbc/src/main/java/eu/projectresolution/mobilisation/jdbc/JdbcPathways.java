package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandAlreadyRecorded;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.Pathways;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event streams, in table {@code pathway_events} (one row per event, its JSON in {@code body}) and
 * the idempotency records in {@code pathway_commands} (one row per accepted command).
 *
 * <p>An append is one transaction: the command's row (whose primary key refuses a replayed command
 * id), the version check against the beneficiary's summary row, the events (whose primary key
 * refuses a second event at one version: two appends to one stream queue up there, the second
 * waiting for the first to end), then every {@link StreamProjection}. So the projections of two
 * appends to one person never run at the same time, and each starts from what the other committed.
 * It commits whole or not at all; a writer that loses a race on a key runs again and then meets a
 * {@link VersionConflict} or {@link CommandAlreadyRecorded}.
 */
final class JdbcPathways implements Pathways {
  private final Database db;
  private final Json json;
  private final JdbcBeneficiaries beneficiaries;
  private final List<StreamProjection> projections;
  private final JdbcPersonalData personalData;

  /**
   * @param projections the read models to keep up to date, in the order they are written; {@code
   *     beneficiaries}, whose summary row carries the stream's version, among them
   * @param personalData where a capture's personal details go, in the capture's transaction
   */
  JdbcPathways(
      Database db, Json json, JdbcBeneficiaries beneficiaries, List<StreamProjection> projections,
      JdbcPersonalData personalData) {
    this.db = db;
    this.json = json;
    this.beneficiaries = beneficiaries;
    this.projections = List.copyOf(projections);
    this.personalData = personalData;
  }

  @Override
  public void append(TenantId tenant, BeneficiaryId beneficiary, long expectedVersion, List<PathwayEvent> events) {
    append(tenant, beneficiary, expectedVersion, events, c -> {});
  }

  @Override
  public void appendCapture(
      TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> events, PersonalDetails details,
      Optional<MatchingKey> matchingKey) {
    requireNonNull(details, "details");
    requireNonNull(matchingKey, "matchingKey");
    String body = personalData.write(details);
    append(tenant, beneficiary, 0, events, c -> personalData.write(c, tenant, beneficiary, body, matchingKey));
  }

  /** What an append also writes in its transaction, after its events and projections. */
  private interface AlsoWrite {
    void write(Connection c) throws SQLException;
  }

  private void append(
      TenantId tenant, BeneficiaryId beneficiary, long expectedVersion, List<PathwayEvent> events, AlsoWrite alsoWrite) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    Pathways.checkAppendable(beneficiary, expectedVersion, events);
    List<PathwayEvent> appended = List.copyOf(events);
    CommandId command = appended.get(0).header().commandId();
    // Serialised and projected before the transaction: a value that cannot be stored fails here,
    // with nothing written and no connection held.
    List<String> bodies = appended.stream().map(json::writeEvent).toList();
    db.write(
        () -> "append the events of command " + command + " to the pathway of beneficiary " + beneficiary
            + " of tenant " + tenant,
        c -> {
          recordCommand(c, tenant, beneficiary, command, expectedVersion, appended);
          Optional<BeneficiarySummary> before = beneficiaries.summary(c, tenant, beneficiary);
          long actual = before.map(BeneficiarySummary::version).orElse(0L);
          if (actual != expectedVersion) {
            throw new VersionConflict(beneficiary.toString(), expectedVersion, actual);
          }
          Optional<BeneficiarySummary> after = before;
          for (PathwayEvent event : appended) {
            after = Optional.of(BeneficiarySummary.apply(after, event));
          }
          insertEvents(c, tenant, beneficiary, appended, bodies);
          StreamProjection.Append append =
              new StreamProjection.Append(tenant, beneficiary, expectedVersion, appended, before, after.orElseThrow());
          for (StreamProjection projection : projections) {
            projection.project(c, append);
          }
          alsoWrite.write(c);
          return null;
        });
  }

  private void recordCommand(
      Connection c, TenantId tenant, BeneficiaryId beneficiary, CommandId command, long expectedVersion,
      List<PathwayEvent> events) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO " + db.table("pathway_commands")
                + " (tenant_id, command_id, beneficiary_id, first_version, last_version, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, tenant.value());
      insert.setObject(2, command.value());
      insert.setObject(3, beneficiary.value());
      insert.setLong(4, expectedVersion + 1);
      insert.setLong(5, expectedVersion + events.size());
      insert.setObject(6, events.get(0).header().recordedAt().atOffset(ZoneOffset.UTC));
      insert.executeUpdate();
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        // On PostgreSQL the insert waited for a concurrent writer of the same id to finish: this
        // refusal means that writer committed.
        throw new CommandAlreadyRecorded(command);
      }
      throw e;
    }
  }

  private void insertEvents(
      Connection c, TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> events, List<String> bodies)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO " + db.table("pathway_events")
                + " (tenant_id, beneficiary_id, version, command_id, event_type, stage, occurred_on, recorded_at, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        PathwayEvent event = events.get(i);
        insert.setString(1, tenant.value());
        insert.setObject(2, beneficiary.value());
        insert.setLong(3, event.header().version());
        insert.setObject(4, event.header().commandId().value());
        insert.setString(5, Json.typeOf(event));
        insert.setString(6, event.header().stage().name());
        insert.setObject(7, event.header().occurredOn());
        insert.setObject(8, event.header().recordedAt().atOffset(ZoneOffset.UTC));
        insert.setString(9, bodies.get(i));
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        throw new Database.ConcurrentWrite("events of beneficiary " + beneficiary + " appended concurrently", e);
      }
      throw e;
    }
  }

  @Override
  public List<PathwayEvent> events(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    return db.read(
        () -> "read the pathway of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT version, body FROM " + db.table("pathway_events")
                      + " WHERE tenant_id = ? AND beneficiary_id = ? ORDER BY version")) {
            select.setString(1, tenant.value());
            select.setObject(2, beneficiary.value());
            return read(select, "of beneficiary " + beneficiary + " of tenant " + tenant);
          }
        });
  }

  @Override
  public List<PathwayEvent> eventsOfCommand(TenantId tenant, CommandId command) {
    requireNonNull(tenant, "tenant");
    requireNonNull(command, "command");
    return db.read(
        () -> "read the events of command " + command + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT e.version, e.body FROM " + db.table("pathway_commands") + " k JOIN "
                      + db.table("pathway_events") + " e ON e.tenant_id = k.tenant_id"
                      + " AND e.beneficiary_id = k.beneficiary_id"
                      + " AND e.version BETWEEN k.first_version AND k.last_version"
                      + " WHERE k.tenant_id = ? AND k.command_id = ? ORDER BY e.version")) {
            select.setString(1, tenant.value());
            select.setObject(2, command.value());
            return read(select, "of command " + command + " of tenant " + tenant);
          }
        });
  }

  private List<PathwayEvent> read(PreparedStatement select, String where) throws SQLException {
    List<PathwayEvent> events = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        events.add(json.readEvent(rows.getString(2), rows.getLong(1) + " " + where));
      }
    }
    return List.copyOf(events);
  }
}
