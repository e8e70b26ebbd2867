package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Fills the indicator read models of migration V3 from the events already stored: every stream is read
 * back (its JSON, with {@link Json}) and run through {@link IndicatorProjection} as one append, which
 * writes exactly the rows its appends would have written one by one, and its capture's channel and
 * site are written to its row of {@code beneficiaries}. Without it, a database that held pathways
 * before V3 would count none of them.
 *
 * <p>It is Flyway migration 3.1, which {@link JdbcStorage#migrate} applies right after V3 (registered
 * explicitly, being package-private), and what {@link JdbcStorage#rebuildIndicatorTables} runs for a
 * host that applies the SQL scripts with its own tool. It empties the tables first, so running it
 * again rebuilds the same rows.
 */
final class IndicatorBackfill implements JavaMigration {
  /** Right after V3, which creates the tables, and before any later script. */
  static final MigrationVersion VERSION = MigrationVersion.fromVersion("3.1");

  static final List<String> TABLES =
      List.of(
          "indicator_welcomes",
          "indicator_referrals",
          "indicator_appointments",
          "indicator_satisfaction");

  /** Event rows fetched at a time: a database's events can be many more than a driver should hold at once. */
  static final int FETCH_SIZE = 1000;

  private final Database db;

  IndicatorBackfill(Database db) {
    this.db = db;
  }

  /**
   * Rebuilds the tables in {@code c}'s transaction, for every tenant.
   *
   * @return the number of streams projected
   */
  long rebuild(Connection c) throws SQLException {
    try (Statement delete = c.createStatement()) {
      for (String table : TABLES) {
        delete.executeUpdate("DELETE FROM " + db.table(table));
      }
    }
    long streams;
    // In the primary key's order, so that each stream's rows come together, in version order.
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT tenant_id, beneficiary_id, version, body FROM " + db.table("pathway_events")
                    + " ORDER BY tenant_id, beneficiary_id, version");
        PreparedStatement captures =
            c.prepareStatement(
                "UPDATE " + db.table("beneficiaries") + " SET capture_channel = ?, capture_site_id = ?"
                    + " WHERE tenant_id = ? AND beneficiary_id = ?")) {
      select.setFetchSize(FETCH_SIZE);
      Projector projector = new Projector(c, new IndicatorProjection(db), captures);
      try (ResultSet rows = select.executeQuery()) {
        streams = EventStreamRows.forEachStream(rows, new Json(), "stored before migration V3", projector::project);
      }
      captures.executeBatch();
      projector.finish();
    }
    return streams;
  }

  /**
   * Writes each stream's rows: the projection's, as a single append from version 0, and its capture's
   * columns of {@code beneficiaries}, in batches.
   */
  private static final class Projector {
    private final Inserts inserts;
    private final IndicatorProjection projection;
    private final PreparedStatement captures;
    private int batched;

    Projector(Connection c, IndicatorProjection projection, PreparedStatement captures) {
      this.inserts = new Inserts(c);
      this.projection = projection;
      this.captures = captures;
    }

    /** Sends the rows still waiting, and releases their statements. */
    void finish() throws SQLException {
      try (inserts) {
        inserts.send();
      }
    }

    void project(TenantId tenant, List<PathwayEvent> events) throws SQLException {
      BeneficiaryId beneficiary = events.get(0).header().beneficiaryId();
      Optional<BeneficiarySummary> summary = Optional.empty();
      for (PathwayEvent event : events) {
        summary = Optional.of(BeneficiarySummary.apply(summary, event));
      }
      projection.project(inserts, new StreamProjection.Append(tenant, beneficiary, 0, events, Optional.empty(), summary.orElseThrow()));
      Contact capture = ((PathwayEvents.Captured) events.get(0)).contact();
      captures.setString(1, capture.channel().name());
      captures.setString(2, capture.site().map(SiteId::value).orElse(null));
      captures.setString(3, tenant.value());
      captures.setObject(4, beneficiary.value());
      captures.addBatch();
      if (++batched % FETCH_SIZE == 0) {
        captures.executeBatch();
        inserts.send();
      }
    }
  }

  // ---------------------------------------------------------------- as a Flyway migration

  @Override
  public MigrationVersion getVersion() {
    return VERSION;
  }

  @Override
  public String getDescription() {
    return "fill indicator tables";
  }

  /** None: the rows it writes follow from the events, whatever this code's version. */
  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    rebuild(context.getConnection());
  }
}
