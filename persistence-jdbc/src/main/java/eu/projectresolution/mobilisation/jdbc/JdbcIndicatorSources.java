package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What indicator reports read, with every event stream of a programme fetched by one query: table
 * {@code pathway_events} joined to the beneficiaries' projection, which names each person's programme
 * and capture day. The programme and its dated activities come from the other adapters.
 */
final class JdbcIndicatorSources implements IndicatorSources {
  // The port's order, as the in-memory reference adapter computes it: capture day, then UUID's own
  // comparison (signed, unlike the databases' byte order).
  private static final Comparator<BeneficiaryStream> BY_CAPTURE_THEN_ID =
      Comparator.comparing(BeneficiaryStream::capturedOn).thenComparing(BeneficiaryStream::beneficiary);
  private static final Comparator<Versioned> BY_VERSION = Comparator.comparingLong(Versioned::version);

  /** Rows fetched at a time: a programme's events can be many more than a driver should hold at once. */
  private static final int FETCH_SIZE = 1000;

  private final Database db;
  private final Json json;
  private final JdbcProgrammes programmes;
  private final JdbcProgrammeRecords.OfOutreachEvents outreachEvents;
  private final JdbcProgrammeRecords.OfCollaborativeActions collaborativeActions;
  private final JdbcProgrammeRecords.OfSiteEvents siteEvents;

  JdbcIndicatorSources(
      Database db,
      Json json,
      JdbcProgrammes programmes,
      JdbcProgrammeRecords.OfOutreachEvents outreachEvents,
      JdbcProgrammeRecords.OfCollaborativeActions collaborativeActions,
      JdbcProgrammeRecords.OfSiteEvents siteEvents) {
    this.db = db;
    this.json = json;
    this.programmes = programmes;
    this.outreachEvents = outreachEvents;
    this.collaborativeActions = collaborativeActions;
    this.siteEvents = siteEvents;
  }

  @Override
  public Optional<Programme> programme(TenantId tenant, ProgrammeId programme) {
    return programmes.find(tenant, programme);
  }

  @Override
  public List<List<PathwayEvent>> eventStreams(TenantId tenant, ProgrammeId programme) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    String where = "of programme " + programme + " of tenant " + tenant;
    Collection<BeneficiaryStream> streams =
        db.readInBatches(
            () -> "read the event streams of programme " + programme + " of tenant " + tenant,
            c -> {
              // No ORDER BY: the streams are put in the port's order below, which the databases cannot
              // give, and sorting every event with its body in SQL took PostgreSQL as long as the join
              // (spilling to disk at the default work_mem). The tenant is given for both tables so that
              // each is filtered on its leading key column.
              try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT b.captured_on, e.beneficiary_id, e.version, e.body FROM " + db.table("beneficiaries")
                          + " b JOIN " + db.table("pathway_events") + " e ON e.tenant_id = b.tenant_id"
                          + " AND e.beneficiary_id = b.beneficiary_id"
                          + " WHERE b.tenant_id = ? AND b.programme_id = ? AND e.tenant_id = ?")) {
                select.setString(1, tenant.value());
                select.setString(2, programme.value());
                select.setString(3, tenant.value());
                select.setFetchSize(FETCH_SIZE);
                Map<UUID, BeneficiaryStream> found = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                  while (rows.next()) {
                    UUID beneficiary = rows.getObject(2, UUID.class);
                    long version = rows.getLong(3);
                    PathwayEvent event =
                        json.readEvent(rows.getString(4), version + " of beneficiary " + beneficiary + " " + where);
                    BeneficiaryStream stream = found.get(beneficiary);
                    if (stream == null) {
                      stream = new BeneficiaryStream(rows.getObject(1, LocalDate.class), beneficiary, new ArrayList<>());
                      found.put(beneficiary, stream);
                    }
                    stream.events().add(new Versioned(version, event));
                  }
                }
                return found.values();
              }
            });
    return streams.stream()
        .sorted(BY_CAPTURE_THEN_ID)
        .map(s -> s.events().stream().sorted(BY_VERSION).map(Versioned::event).toList())
        .toList();
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

  /** One beneficiary's events as they are read, with what the streams are ordered by. */
  private record BeneficiaryStream(LocalDate capturedOn, UUID beneficiary, List<Versioned> events) {}

  private record Versioned(long version, PathwayEvent event) {}
}
