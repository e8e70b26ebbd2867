package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.CountingScope;
import eu.projectresolution.mobilisation.port.IndicatorCounts;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What indicator reports read: every event stream of a programme fetched by one query (table {@code
 * pathway_events} joined to the beneficiaries' projection, which names each person's programme and
 * capture day) and handed on person by person, never all held at once; the activity counts added up by
 * the database ({@link IndicatorCountsQuery}). The programme and its dated activities come from the
 * other adapters.
 */
final class JdbcIndicatorSources implements IndicatorSources {
  /** Rows fetched at a time: a programme's events can be many more than a driver should hold at once. */
  private static final int FETCH_SIZE = 1000;

  private final Database db;
  private final Json json;
  private final JdbcProgrammes programmes;
  private final JdbcProgrammeRecords.OfOutreachEvents outreachEvents;
  private final JdbcProgrammeRecords.OfCollaborativeActions collaborativeActions;
  private final JdbcProgrammeRecords.OfSiteEvents siteEvents;
  private final IndicatorCountsQuery counts;

  JdbcIndicatorSources(
      Database db,
      Json json,
      JdbcProgrammes programmes,
      JdbcProgrammeRecords.OfOutreachEvents outreachEvents,
      JdbcProgrammeRecords.OfCollaborativeActions collaborativeActions,
      JdbcProgrammeRecords.OfSiteEvents siteEvents,
      IndicatorCountsQuery counts) {
    this.db = db;
    this.json = json;
    this.programmes = programmes;
    this.outreachEvents = outreachEvents;
    this.collaborativeActions = collaborativeActions;
    this.siteEvents = siteEvents;
    this.counts = counts;
  }

  @Override
  public Optional<Programme> programme(TenantId tenant, ProgrammeId programme) {
    return programmes.find(tenant, programme);
  }

  @Override
  public void forEachEventStream(
      TenantId tenant, ProgrammeId programme, LocalDate capturedBy, Consumer<List<PathwayEvent>> action) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    requireNonNull(capturedBy, "capturedBy");
    requireNonNull(action, "action");
    db.readInBatches(
        () -> "read the event streams of programme " + programme + " of tenant " + tenant,
        c -> {
          // Ordered by the events' primary key, so that each person's rows come together and the
          // database reads them in index order; the tenant is given for both tables so that each is
          // filtered on its leading key column.
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT e.tenant_id, e.beneficiary_id, e.version, e.body FROM " + db.table("beneficiaries")
                      + " b JOIN " + db.table("pathway_events") + " e ON e.tenant_id = b.tenant_id"
                      + " AND e.beneficiary_id = b.beneficiary_id"
                      + " WHERE b.tenant_id = ? AND b.programme_id = ? AND b.captured_on <= ? AND e.tenant_id = ?"
                      + " ORDER BY e.beneficiary_id, e.version")) {
            select.setString(1, tenant.value());
            select.setString(2, programme.value());
            select.setObject(3, capturedBy);
            select.setString(4, tenant.value());
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
              return EventStreamRows.forEachStream(
                  rows, json, "of programme " + programme, (t, stream) -> action.accept(stream));
            }
          }
        });
  }

  /** Added up by one SQL statement over the read models the appends keep: see {@link IndicatorCountsQuery}. */
  @Override
  public Optional<IndicatorCounts> counts(TenantId tenant, ProgrammeId programme, CountingScope scope) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    requireNonNull(scope, "scope");
    return Optional.of(
        db.read(
            () -> "count the indicator figures of programme " + programme + " of tenant " + tenant + " for "
                + scope.period().start() + " to " + scope.period().end(),
            c -> counts.count(c, tenant, programme, scope)));
  }

  @Override
  public List<OutreachEvent> outreachEvents(TenantId tenant, ProgrammeId programme) {
    return outreachEvents.ofProgramme(tenant, programme);
  }

  @Override
  public List<CollaborativeAction> collaborativeActions(TenantId tenant, ProgrammeId programme) {
    return collaborativeActions.ofProgramme(tenant, programme);
  }

  @Override
  public List<SiteEvent> siteEvents(TenantId tenant, ProgrammeId programme) {
    return siteEvents.ofProgramme(tenant, programme);
  }
}
