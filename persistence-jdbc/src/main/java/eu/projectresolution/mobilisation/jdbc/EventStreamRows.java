package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Cuts the rows of {@code pathway_events} into one stream per person, as they are fetched: the rows
 * must be ordered by tenant (or all of one tenant), beneficiary, then version, with the columns tenant
 * id, beneficiary id, version and body in that order. Only one person's events are held at a time.
 */
final class EventStreamRows {
  /** What is done with each person's stream. */
  interface Action {
    void accept(TenantId tenant, List<PathwayEvent> stream) throws SQLException;
  }

  private EventStreamRows() {}

  /**
   * Hands each person's stream, its events in version order, to {@code action}.
   *
   * @param where where the rows come from, for the message of an event that cannot be read
   * @return the number of streams handed on
   */
  static long forEachStream(ResultSet rows, Json json, String where, Action action) throws SQLException {
    long streams = 0;
    String tenant = null;
    UUID beneficiary = null;
    List<PathwayEvent> stream = new ArrayList<>();
    while (rows.next()) {
      String rowTenant = rows.getString(1);
      UUID rowBeneficiary = rows.getObject(2, UUID.class);
      if (!stream.isEmpty() && !(rowTenant.equals(tenant) && rowBeneficiary.equals(beneficiary))) {
        action.accept(TenantId.of(tenant), List.copyOf(stream));
        streams++;
        stream.clear();
      }
      tenant = rowTenant;
      beneficiary = rowBeneficiary;
      String event = rows.getLong(3) + " of beneficiary " + beneficiary + " of tenant " + tenant + " " + where;
      stream.add(json.readEvent(rows.getString(4), event));
    }
    if (!stream.isEmpty()) {
      action.accept(TenantId.of(tenant), List.copyOf(stream));
      streams++;
    }
    return streams;
  }
}
