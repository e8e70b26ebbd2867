package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read models of the indicator counts (migration V3): the sites of each person's welcomes ({@code
 * indicator_welcomes}), their referrals ({@code indicator_referrals}), appointments ({@code
 * indicator_appointments}) and satisfaction answers ({@code indicator_satisfaction}), each row a fact
 * of core's {@code Pathway.fold} taken as it folds. {@link IndicatorCountsQuery} adds them up, with
 * what the appends store anyway: the stage history in the columns of {@code pathway_events}, and each
 * person's programme and first contact in {@code beneficiaries} (see {@link JdbcBeneficiaries}).
 *
 * <p>The rows an append adds go to the transaction's {@link Inserts}, sent in one batch per table with
 * those of the other people of a batch of appends. A person seen for the first time has no rows yet, so
 * their referrals and appointments are inserts too; for a person already stored, each referral or
 * appointment recorded costs an update at once (and an insert if nothing was updated). The events no
 * count reads (most of the stage moves, contacts, situations, profiles...) cost nothing. Appends to one person queue up at the
 * events' primary key, which every append writes before its projections (see {@link JdbcPathways}), so
 * the update-then-insert never races another writer of the same rows.
 */
final class IndicatorProjection implements StreamProjection {
  private final Database db;

  IndicatorProjection(Database db) {
    this.db = db;
  }

  @Override
  public void project(Inserts inserts, Append append) throws SQLException {
    insertWelcomes(inserts, append);
    writeReferrals(inserts, append);
    writeAppointments(inserts, append);
    insertSatisfaction(inserts, append);
  }

  private void insertWelcomes(Inserts inserts, Append append) throws SQLException {
    insert(inserts, append, eventsOf(append, PathwayEvents.Welcomed.class),
        "INSERT INTO " + db.table("indicator_welcomes")
            + " (tenant_id, beneficiary_id, version, welcomed_on, site_id) VALUES (?, ?, ?, ?, ?)",
        (insert, welcome) -> {
          insert.setLong(3, welcome.header().version());
          insert.setObject(4, welcome.header().occurredOn());
          insert.setString(5, welcome.siteId().value());
        });
  }

  /** A referral's row as this append leaves it; {@code proposedOn} is null when the append only updates its status. */
  private record ReferralRow(UUID id, LocalDate proposedOn, ReferralStatus status, LocalDate statusOn) {}

  /**
   * A referral proposed replaces any earlier one of the same id, as in core's fold; a status recorded
   * updates the status and its day. The append's events are folded here first, so each referral costs
   * one update at most (and an insert when it is new).
   */
  private void writeReferrals(Inserts inserts, Append append) throws SQLException {
    Map<UUID, ReferralRow> rows = new LinkedHashMap<>();
    for (PathwayEvent event : append.events()) {
      LocalDate on = event.header().occurredOn();
      if (event instanceof PathwayEvents.Referred referred) {
        UUID id = referred.referralId().value();
        rows.put(id, new ReferralRow(id, on, ReferralStatus.PROPOSED, on));
      } else if (event instanceof PathwayEvents.ReferralStatusRecorded recorded) {
        UUID id = recorded.referralId().value();
        LocalDate proposedOn = rows.containsKey(id) ? rows.get(id).proposedOn() : null;
        rows.put(id, new ReferralRow(id, proposedOn, recorded.status(), on));
      }
    }
    boolean firstSeen = append.before().isEmpty();
    for (ReferralRow row : rows.values()) {
      if (row.proposedOn() == null) {
        if (!firstSeen) {
          updateReferralStatus(inserts.connection(), append, row);
        }
      } else if (firstSeen || !updateReferral(inserts.connection(), append, row)) {
        insertReferral(inserts, append, row);
      }
    }
  }

  private void updateReferralStatus(Connection c, Append append, ReferralRow row) throws SQLException {
    // A status for a referral never proposed updates nothing, as core's fold refuses such a stream.
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE " + db.table("indicator_referrals") + " SET status = ?, status_on = ?"
                + " WHERE tenant_id = ? AND beneficiary_id = ? AND referral_id = ?")) {
      update.setString(1, row.status().name());
      update.setObject(2, row.statusOn());
      bindKey(update, 3, append, row.id());
      update.executeUpdate();
    }
  }

  /** Whether the referral's row was there to update. */
  private boolean updateReferral(Connection c, Append append, ReferralRow row) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE " + db.table("indicator_referrals") + " SET proposed_on = ?, status = ?, status_on = ?"
                + " WHERE tenant_id = ? AND beneficiary_id = ? AND referral_id = ?")) {
      update.setObject(1, row.proposedOn());
      update.setString(2, row.status().name());
      update.setObject(3, row.statusOn());
      bindKey(update, 4, append, row.id());
      return update.executeUpdate() > 0;
    }
  }

  private void insertReferral(Inserts inserts, Append append, ReferralRow row) throws SQLException {
    insert(inserts, append, List.of(row),
        "INSERT INTO " + db.table("indicator_referrals")
            + " (tenant_id, beneficiary_id, referral_id, proposed_on, status, status_on) VALUES (?, ?, ?, ?, ?, ?)",
        (insert, r) -> {
          insert.setObject(3, r.id());
          insert.setObject(4, r.proposedOn());
          insert.setString(5, r.status().name());
          insert.setObject(6, r.statusOn());
        });
  }

  /** Recording an appointment id again replaces its day and status, as in core's fold. */
  private void writeAppointments(Inserts inserts, Append append) throws SQLException {
    Map<UUID, Appointment> latest = new LinkedHashMap<>();
    for (PathwayEvents.AppointmentRecorded recorded : eventsOf(append, PathwayEvents.AppointmentRecorded.class)) {
      latest.put(recorded.appointment().id().value(), recorded.appointment());
    }
    if (latest.isEmpty()) {
      return;
    }
    List<Appointment> unknown = new ArrayList<>();
    if (append.before().isEmpty()) {
      unknown.addAll(latest.values());
    } else {
      updateAppointments(inserts.connection(), append, latest.values(), unknown);
    }
    insert(inserts, append, unknown,
        "INSERT INTO " + db.table("indicator_appointments")
            + " (tenant_id, beneficiary_id, appointment_id, scheduled_on, status) VALUES (?, ?, ?, ?, ?)",
        (insert, appointment) -> {
          insert.setObject(3, appointment.id().value());
          insert.setObject(4, appointment.scheduledOn());
          insert.setString(5, appointment.status().name());
        });
  }

  /** Updates the appointments already stored; adds the others to {@code unknown}. */
  private void updateAppointments(
      Connection c, Append append, Collection<Appointment> appointments, List<Appointment> unknown) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE " + db.table("indicator_appointments") + " SET scheduled_on = ?, status = ?"
                + " WHERE tenant_id = ? AND beneficiary_id = ? AND appointment_id = ?")) {
      for (Appointment appointment : appointments) {
        update.setObject(1, appointment.scheduledOn());
        update.setString(2, appointment.status().name());
        bindKey(update, 3, append, appointment.id().value());
        if (update.executeUpdate() == 0) {
          unknown.add(appointment);
        }
      }
    }
  }

  private void insertSatisfaction(Inserts inserts, Append append) throws SQLException {
    insert(inserts, append, eventsOf(append, PathwayEvents.SatisfactionRecorded.class),
        "INSERT INTO " + db.table("indicator_satisfaction")
            + " (tenant_id, beneficiary_id, version, answered_on, satisfied) VALUES (?, ?, ?, ?, ?)",
        (insert, answer) -> {
          insert.setLong(3, answer.header().version());
          insert.setObject(4, answer.header().occurredOn());
          insert.setBoolean(5, answer.response().satisfied());
        });
  }

  /** The append's events of one kind, in order. */
  private static <T extends PathwayEvent> List<T> eventsOf(Append append, Class<T> kind) {
    return append.events().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** Sets the tenant, the beneficiary and {@code id} from parameter {@code first} on. */
  private static void bindKey(PreparedStatement statement, int first, Append append, UUID id) throws SQLException {
    statement.setString(first, append.tenant().value());
    statement.setObject(first + 1, append.beneficiary().value());
    statement.setObject(first + 2, id);
  }

  /** How one row fills an insert's parameters after the first two (the tenant and the beneficiary). */
  @FunctionalInterface
  private interface RowBinder<T> {
    void bind(PreparedStatement insert, T row) throws SQLException;
  }

  /** Adds {@code rows} to the transaction's inserts. */
  private static <T> void insert(Inserts inserts, Append append, List<T> rows, String sql, RowBinder<T> binder)
      throws SQLException {
    for (T row : rows) {
      inserts.add(sql, insert -> {
        insert.setString(1, append.tenant().value());
        insert.setObject(2, append.beneficiary().value());
        binder.bind(insert, row);
      });
    }
  }
}
