package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.port.TallyCount;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;


/**
 * What indicator reports read: the people's facts added up by the database ({@link JdbcFacts}, one
 * aggregation over table {@code fact_cells}); the programme from its adapter, and its dated activities
 * counted on their tables ({@link #activitiesHeld}). No event is read, and a report's reads are one snapshot ({@link #inOneSnapshot}).
 */
final class JdbcIndicatorSources implements IndicatorSources {
  private final JdbcProgrammes programmes;
  private final JdbcProgrammeRecords.OfOutreachEvents outreachEvents;
  private final JdbcProgrammeRecords.OfCollaborativeActions collaborativeActions;
  private final JdbcProgrammeRecords.OfSiteEvents siteEvents;
  private final JdbcFacts facts;
  private final JdbcPrivacyRecords.OfConsents consents;
  private final Database db;

  JdbcIndicatorSources(
      Database db,
      JdbcProgrammes programmes,
      JdbcProgrammeRecords.OfOutreachEvents outreachEvents,
      JdbcProgrammeRecords.OfCollaborativeActions collaborativeActions,
      JdbcProgrammeRecords.OfSiteEvents siteEvents,
      JdbcFacts facts,
      JdbcPrivacyRecords.OfConsents consents) {
    this.db = db;
    this.consents = consents;
    this.programmes = programmes;
    this.outreachEvents = outreachEvents;
    this.collaborativeActions = collaborativeActions;
    this.siteEvents = siteEvents;
    this.facts = facts;
  }

  @Override
  public Optional<Programme> programme(TenantId tenant, ProgrammeId programme) {
    return programmes.find(tenant, programme);
  }

  @Override
  public List<TallyCount> tallies(
      TenantId tenant, ProgrammeId programme, Period period, Optional<SiteId> site, Optional<CaptureChannel> channel) {
    return facts.tallies(tenant, programme, period, site, channel);
  }

  @Override
  public void forEachTally(
      TenantId tenant, ProgrammeId programme, Period period, Optional<SiteId> site, Optional<CaptureChannel> channel,
      Consumer<TallyCount> each) {
    facts.forEachTally(tenant, programme, period, site, channel, each);
  }

  @Override
  public List<BeneficiaryId> factsNotUnder(
      TenantId tenant, ProgrammeId programme, String basis, Optional<BeneficiaryId> after, int limit) {
    return facts.notUnder(tenant, programme, basis, after, limit);
  }

  /** One transaction at REPEATABLE READ for every read {@code work} makes (see {@link Database#inOneSnapshot}). */
  @Override
  public <T> T inOneSnapshot(Supplier<T> work) {
    facts.upkeepBeforeReport(); // before the snapshot, outside it
    return db.inOneSnapshot(() -> "read the sources of an indicator report in one snapshot", work);
  }

  @Override
  public List<ConsentRecord> consentRecords(TenantId tenant, ProgrammeId programme, Period period) {
    return consents.ofProgramme(tenant, programme, period);
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

  /**
   * Counted by the database on each table's index by programme and date, in one statement: no record's
   * JSON is read (at a million people, reading the site events' took more than half a second).
   */
  @Override
  public ActivitiesHeld activitiesHeld(TenantId tenant, ProgrammeId programme, Period period, Optional<SiteId> site) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    requireNonNull(period, "period");
    requireNonNull(site, "site");
    String during = " WHERE tenant_id = ? AND programme_id = ? AND %s BETWEEN ? AND ?";
    String sql = "SELECT (SELECT COUNT(*) FROM " + db.table("outreach_events") + String.format(during, "event_date") + "),"
        + " (SELECT COUNT(*) FROM " + db.table("collaborative_actions") + String.format(during, "action_date") + "),"
        + " (SELECT COUNT(*) FROM " + db.table("site_events") + String.format(during, "event_date")
        + (site.isPresent() ? " AND site_id = ?" : "") + ")";
    return db.read(() -> "count the activities of programme " + programme + " of tenant " + tenant, c -> {
      try (PreparedStatement select = c.prepareStatement(sql)) {
        int next = 1;
        for (int table = 0; table < 3; table++) {
          select.setString(next++, tenant.value());
          select.setString(next++, programme.value());
          select.setObject(next++, period.start());
          select.setObject(next++, period.end());
        }
        if (site.isPresent()) {
          select.setString(next, site.get().value());
        }
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return new ActivitiesHeld(row.getLong(1), row.getLong(2), row.getLong(3));
        }
      }
    });
  }
}
