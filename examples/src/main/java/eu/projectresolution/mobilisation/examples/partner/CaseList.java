package eu.projectresolution.mobilisation.examples.partner;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.engine.FeedSubscription;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.FeedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The partner's case list, a table of its own ({@code partner_case_list}: per person, their case
 * numbers, stage and latest day) kept up to date from the engine's change feed by a {@link
 * FeedSubscription} named {@value #SUBSCRIBER}, whose checkpoint the engine's table keeps. Each row
 * remembers the feed position it reflects, so an event handed on twice (after a stop between the
 * view's update and the checkpoint) changes nothing the second time.
 */
public final class CaseList {
  /** The subscriber's name, under which its checkpoint is kept. */
  public static final String SUBSCRIBER = "partner-case-list";

  private final DataSource pool;
  private final JdbcStorage storage;
  private final TenantId tenant;

  CaseList(DataSource pool, JdbcStorage storage, TenantId tenant) {
    this.pool = pool;
    this.storage = storage;
    this.tenant = tenant;
  }

  /** One line of the list. */
  public record Line(UUID person, String caseNumbers, String stage, LocalDate lastEventOn) {}

  /** The subscription that keeps the list, handing on {@code batchSize} events at a time. */
  public FeedSubscription subscription(int batchSize) {
    return subscription(batchSize, events -> {});
  }

  /** As {@link #subscription(int)}, running {@code afterUpdate} after each batch's update (tests stop it there). */
  FeedSubscription subscription(int batchSize, FeedSubscription.Handler afterUpdate) {
    return FeedSubscription.of(storage.changeFeed(), tenant, SUBSCRIBER, storage.feedCheckpoints(), events -> {
      update(events);
      afterUpdate.handle(events);
    }).batchSize(batchSize);
  }

  /** Brings the list up to date with everything the engine has recorded. */
  public long refresh() {
    return subscription(FeedSubscription.DEFAULT_BATCH_SIZE).catchUp();
  }

  private void update(List<FeedEvent> events) {
    try (Connection connection = pool.getConnection()) {
      ensureTable(connection);
      for (FeedEvent fed : events) {
        PathwayEvent event = fed.event();
        UUID person = event.header().beneficiaryId().value();
        String cases = String.join(", ",
            storage.personalData().caseIdsOf(tenant, event.header().beneficiaryId()).stream().map(CaseId::value).toList());
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE " + PartnerApp.SCHEMA + ".partner_case_list SET case_numbers = ?, stage = ?, last_event_on = ?,"
                + " last_position = ? WHERE person = ? AND last_position < ?")) {
          update.setString(1, cases);
          update.setString(2, event.header().stage().name());
          update.setObject(3, event.header().occurredOn());
          update.setLong(4, fed.position());
          update.setObject(5, person);
          update.setLong(6, fed.position());
          if (update.executeUpdate() == 1 || exists(connection, person)) {
            continue;
          }
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO " + PartnerApp.SCHEMA + ".partner_case_list (person, case_numbers, stage, last_event_on,"
                + " last_position) VALUES (?, ?, ?, ?, ?)")) {
          insert.setObject(1, person);
          insert.setString(2, cases);
          insert.setString(3, event.header().stage().name());
          insert.setObject(4, event.header().occurredOn());
          insert.setLong(5, fed.position());
          insert.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the partner's case list: " + e.getMessage(), e);
    }
  }

  private static boolean exists(Connection connection, UUID person) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT 1 FROM " + PartnerApp.SCHEMA + ".partner_case_list WHERE person = ?")) {
      select.setObject(1, person);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void ensureTable(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE IF NOT EXISTS " + PartnerApp.SCHEMA + ".partner_case_list (person UUID PRIMARY KEY,"
          + " case_numbers VARCHAR(1000) NOT NULL, stage VARCHAR(100) NOT NULL, last_event_on DATE NOT NULL,"
          + " last_position BIGINT NOT NULL)");
    }
  }

  /** The list, by case numbers. */
  public List<Line> lines() throws SQLException {
    try (Connection connection = pool.getConnection()) {
      ensureTable(connection);
      try (Statement sql = connection.createStatement();
          ResultSet rows = sql.executeQuery("SELECT person, case_numbers, stage, last_event_on FROM " + PartnerApp.SCHEMA
              + ".partner_case_list ORDER BY case_numbers, person")) {
        List<Line> lines = new ArrayList<>();
        while (rows.next()) {
          lines.add(new Line(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
              rows.getObject(4, LocalDate.class)));
        }
        return lines;
      }
    }
  }
}
