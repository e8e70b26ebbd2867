package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.FigureCodes;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.privacy.ConsentPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * PostgreSQL keeps one plan for a statement its JDBC driver prepared, for the connection's life, unless
 * statistics gathered by {@code ANALYZE} make it plan again; the engine cannot count on autovacuum to
 * gather them. A plan chosen while the tables were nearly empty must not outlive their growth: each
 * command's work would then grow with the table (the SIPA replay slowed down tenfold as it filled).
 *
 * <p>The store runs on one connection here, as it does for as long as a pooled connection lives; what
 * a lookup read is taken from the server's own counters, not from timings.
 */
class PostgresPlansTest {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final int GROWN = 20_000;

  private HikariDataSource oneConnection;
  private String schema;

  @BeforeEach
  void openOneConnection() {
    HikariDataSource shared = (HikariDataSource) TestDatabases.postgres().dataSource();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(shared.getJdbcUrl());
    config.setUsername(shared.getUsername());
    config.setPassword(shared.getPassword());
    config.setMaximumPoolSize(1);
    config.setPoolName("plans-test");
    oneConnection = new HikariDataSource(config);
    schema = TestSchema.newName();
    JdbcStorage.migrate(shared, schema); // Flyway wants a second connection

  }

  @AfterEach
  void dropSchema() throws SQLException {
    oneConnection.close();
    TestSchema.drop(TestDatabases.postgres().dataSource(), schema);
  }

  @Test
  void aPersonIsLookedUpByTheirPrimaryKeyOnceTheTablesHaveGrownWhateverWasPlannedWhenTheyWereEmpty() throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    MobilisationEngine engine = engineOnOneConnection(tenant);
    List<BeneficiaryId> people = new ArrayList<>();
    for (int i = 0; i < 12; i++) { // well past the five runs after which the server may keep a generic plan
      BeneficiaryId id = BeneficiaryId.random();
      assertThat(engine.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
      people.add(id);
    }
    for (BeneficiaryId id : people.subList(0, 6)) {
      assertThat(engine.welcome(tenant, welcome(id)).accepted()).isTrue();
    }

    grow(tenant);
    long before = stageIndexTuplesRead();
    for (BeneficiaryId id : people.subList(6, 12)) {
      assertThat(engine.welcome(tenant, welcome(id)).accepted()).isTrue();
    }
    long read = stageIndexTuplesRead() - before;

    assertThat(read)
        .as("index entries of beneficiaries_by_programme_stage read by six welcomes among %s people", GROWN)
        .isLessThan(GROWN / 10);
  }

  /**
   * A report plans its count over the facts on statistics it gathered itself once the table had grown:
   * planned on those of an empty table it walks an index over every cell and sorts them on disk.
   */
  @Test
  void aReportGathersTheStatisticsOfTheFactsOnceTheyHaveGrownAndNotAgainUntilTheyGrowMore() throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    MobilisationEngine engine = engineOnOneConnection(tenant);
    assertThat(engine.capture(tenant, Fixtures.capture(BeneficiaryId.random(), D)).accepted()).isTrue();
    engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    assertThat(analyzed()).as("a small table is not analysed").isZero();

    growFacts(tenant);
    engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    assertThat(analyzed()).as("analysed once it grew").isEqualTo(1);
    engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    assertThat(analyzed()).as("not again while it has not changed much").isEqualTo(1);
  }

  /**
   * Where autovacuum does not run (here: off for the facts' table, whatever the server's setting), a
   * report vacuums the facts once they have changed a lot: the pages are then marked as seen by every
   * transaction, which a scan reads without checking each row, and the statistics are gathered on the way.
   */
  @Test
  void whereAutovacuumDoesNotRunAReportVacuumsTheFactsOnceTheyHaveChangedAndNotAgainUntilTheyChangeMore()
      throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    MobilisationEngine engine = engineOnOneConnection(tenant);
    try (Connection c = oneConnection.getConnection(); Statement sql = c.createStatement()) {
      sql.execute("ALTER TABLE \"" + schema + "\".fact_cells SET (autovacuum_enabled = off)");
    }
    assertThat(engine.capture(tenant, Fixtures.capture(BeneficiaryId.random(), D)).accepted()).isTrue();
    engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    assertThat(upkeepCounts()).as("a small table is neither vacuumed nor analysed").containsExactly(0L, 0L);

    growFacts(tenant);
    engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    assertThat(upkeepCounts()).as("vacuumed and analysed once it grew").containsExactly(1L, 1L);
    assertThat(pagesNotAllVisible()).as("pages a scan must check row by row").isZero();
    engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    assertThat(upkeepCounts()).as("not again while it has not changed much").containsExactly(1L, 1L);
  }

  /**
   * A host whose administrators keep the facts' table themselves turns the upkeep off: a report then
   * neither vacuums nor analyses it, however much it changed, and reads it as it is.
   */
  @Test
  void aStoreWithoutTheFactTableUpkeepLeavesTheTableAsItIsBeforeAReport() throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    JdbcStorage storage = JdbcStorage.create(oneConnection, schema).withoutFactTableUpkeep();
    MobilisationEngine engine = grownWithoutAutovacuum(tenant, storage);

    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();

    assertThat(upkeepCounts()).as("vacuums and analyses of the grown table").containsExactly(0L, 0L);
    assertThat(report.figure(FigureCodes.FUNNEL_CAPTURED).flatMap(Figure::value)).as("the programme's one person")
        .contains(BigDecimal.ONE);
    assertThat(storage).hasToString("JdbcStorage[schema=" + schema + ", without the facts' table upkeep]");
  }

  /**
   * A vacuum that failed in a way that may pass (here: the connection lost as it was sent) is tried
   * again before the next report, which the failure did not stop; up to the last attempt before it
   * would be given up.
   */
  @Test
  void aVacuumThatFailedIsTriedAgainBeforeTheNextReport() throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    FailingDataSource failing = new FailingDataSource(oneConnection);
    MobilisationEngine engine = grownWithoutAutovacuum(tenant, JdbcStorage.create(failing, schema));

    reportWhileEveryVacuumFails(engine, tenant, failing, FactTableUpkeep.ATTEMPTS - 1);
    assertThat(upkeepCounts()).as("after the failed vacuums").containsExactly(0L, 0L);
    engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();

    assertThat(upkeepCounts()).as("vacuumed and analysed before the next report").containsExactly(1L, 1L);
  }

  /**
   * A vacuum that keeps failing is given up after {@value FactTableUpkeep#ATTEMPTS} attempts in a row
   * (with a warning in the log), so that reports do not keep paying for it; they go on without it.
   */
  @Test
  void aVacuumThatKeepsFailingIsGivenUpAfterSeveralAttemptsInARowAndTheReportsGoOn() throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    FailingDataSource failing = new FailingDataSource(oneConnection);
    MobilisationEngine engine = grownWithoutAutovacuum(tenant, JdbcStorage.create(failing, schema));

    reportWhileEveryVacuumFails(engine, tenant, failing, FactTableUpkeep.ATTEMPTS);
    assertThat(engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).accepted()).as("a report after the last attempt")
        .isTrue();

    assertThat(failing.plainStatements()).as("vacuums attempted").filteredOn(sql -> sql.startsWith("VACUUM"))
        .hasSize(FactTableUpkeep.ATTEMPTS);
    assertThat(upkeepCounts()).containsExactly(0L, 0L);
  }

  /** Runs {@code reports} reports, each accepted all the same, while every vacuum fails; then lets vacuums run. */
  private static void reportWhileEveryVacuumFails(
      MobilisationEngine engine, TenantId tenant, FailingDataSource dataSource, int reports) {
    dataSource.failPlainStatements(sql -> sql.startsWith("VACUUM"));
    for (int report = 1; report <= reports; report++) {
      assertThat(engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).accepted()).as("report %s", report).isTrue();
    }
    dataSource.failPlainStatements(sql -> false);
  }

  /** An engine on {@code storage}, one person captured, the facts grown, autovacuum off for them. */
  private MobilisationEngine grownWithoutAutovacuum(TenantId tenant, JdbcStorage storage) throws SQLException {
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    engine.registerProgramme(tenant, Fixtures.sipa());
    try (Connection c = oneConnection.getConnection(); Statement sql = c.createStatement()) {
      sql.execute("ALTER TABLE \"" + schema + "\".fact_cells SET (autovacuum_enabled = off)");
    }
    assertThat(engine.capture(tenant, Fixtures.capture(BeneficiaryId.random(), D)).accepted()).isTrue();
    growFacts(tenant);
    return engine;
  }

  /**
   * A report's snapshot turns off just-in-time compilation, which cost a large count more than it saved
   * ({@link Database#REPORT_SETTINGS}), for the snapshot only ({@code SET LOCAL}); a command's reads and
   * writes keep the server's setting.
   */
  @Test
  void aReportsSnapshotAloneRunsWithoutJustInTimeCompilation() throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    FailingDataSource watched = new FailingDataSource(oneConnection);
    MobilisationEngine engine =
        MobilisationEngine.builder().storage(JdbcStorage.create(watched, schema)).clock(Fixtures.CLOCK).build();
    engine.registerProgramme(tenant, Fixtures.sipa());
    assertThat(engine.capture(tenant, Fixtures.capture(BeneficiaryId.random(), D)).accepted()).isTrue();
    assertThat(watched.plainStatements()).as("by the commands").noneMatch(sql -> sql.contains("jit"));

    engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();

    assertThat(watched.plainStatements()).as("by the report").filteredOn(sql -> sql.contains("jit"))
        .singleElement().satisfies(sql -> assertThat(sql).contains("SET LOCAL jit = off"));
  }

  /** How many times the facts' table was vacuumed and analysed by hand, as the server counts. */
  private List<Long> upkeepCounts() throws SQLException {
    try (Connection c = oneConnection.getConnection(); Statement sql = c.createStatement()) {
      sql.execute("SELECT pg_stat_clear_snapshot()");
      try (ResultSet row = sql.executeQuery("SELECT vacuum_count, analyze_count FROM pg_stat_user_tables"
          + " WHERE schemaname = '" + schema + "' AND relname = 'fact_cells'")) {
        assertThat(row.next()).isTrue();
        return List.of(row.getLong(1), row.getLong(2));
      }
    }
  }

  /** Pages of the facts' table not marked as seen by every transaction, as the last vacuum left them. */
  private long pagesNotAllVisible() throws SQLException {
    try (Connection c = oneConnection.getConnection(); Statement sql = c.createStatement();
        ResultSet row = sql.executeQuery("SELECT relpages - relallvisible FROM pg_class WHERE oid = '\"" + schema
            + "\".fact_cells'::regclass")) {
      assertThat(row.next()).isTrue();
      return row.getLong(1);
    }
  }

  /**
   * A report reads the consent records of the programme's people by looking up each record's person,
   * not by walking the programme's people to find those with a record: on tables never analysed the
   * server chose the walk, which grows with every person stored.
   */
  @Test
  void aReportReadsTheConsentsOfItsPeopleWithoutWalkingThroughAllThePeople() throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    MobilisationEngine engine = engineOnOneConnection(tenant);
    BeneficiaryId amina = BeneficiaryId.random();
    assertThat(engine.capture(tenant, Fixtures.capture(amina, D)).accepted()).isTrue();
    assertThat(engine.recordConsent(tenant, ConsentRecord.given(amina, ConsentPurpose.recontact(), D, "c.martin"))
        .accepted()).isTrue();
    grow(tenant);
    long before = beneficiaryRowsWalked();

    engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();

    assertThat(beneficiaryRowsWalked() - before)
        .as("rows of beneficiaries read by a scan or through the index by programme, among %s people", GROWN)
        .isLessThan(GROWN / 10);
    assertThat(JdbcStorage.create(oneConnection, schema).indicatorSources()
        .consentRecords(tenant, Fixtures.SIPA, Fixtures.sipa().period()))
        .as("the consent still read").singleElement().satisfies(r -> assertThat(r.beneficiaryId()).isEqualTo(amina));
  }

  /**
   * A page of people read at once (a rebuild of the facts, a batch) looks each of them up in the events'
   * primary key, however many events the tenant has: planned on tables never analysed, the join on the
   * page's ids read every event of the tenant instead (0.8 s a page at 550,000 events, growing with them).
   */
  @Test
  void aPageOfPeopleIsReadThroughThePrimaryKeyOnceTheEventsHaveGrown() throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    MobilisationEngine engine = engineOnOneConnection(tenant);
    List<BeneficiaryId> page = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      BeneficiaryId id = BeneficiaryId.random();
      assertThat(engine.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
      page.add(id);
    }
    List<BeneficiaryId> captured = List.copyOf(page);
    while (page.size() < 500) { // a whole page, as a rebuild reads: the rest never stored
      page.add(BeneficiaryId.random());
    }
    growEvents(tenant);
    long before = eventRowsRead();

    assertThat(JdbcStorage.create(oneConnection, schema).storedPathways(tenant, page))
        .hasSize(500).allSatisfy((id, stored) -> assertThat(stored.events()).hasSize(captured.contains(id) ? 1 : 0));

    assertThat(eventRowsRead() - before)
        .as("rows and index entries of pathway_events read for a page among %s events", GROWN_EVENTS)
        .isLessThan(GROWN_EVENTS / 10);
  }

  /**
   * A read runs in one round trip, outside a transaction: the driver sends it unprepared, so that the
   * server plans it for its values every time, as {@code force_custom_plan} does in a transaction. The
   * host's own statements on the connection are prepared as the host set its driver to.
   */
  @Test
  void aReadIsNeverPreparedOnTheServerAndTheHostsStatementsStillAre() throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    MobilisationStorage storage = JdbcStorage.create(oneConnection, schema);
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    engine.registerProgramme(tenant, Fixtures.sipa());
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(engine.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
    int threshold;
    try (Connection c = oneConnection.getConnection()) {
      threshold = c.unwrap(PGConnection.class).getPrepareThreshold();
    }

    for (int i = 0; i < 12; i++) { // well past the runs after which the driver prepares a statement
      assertThat(storage.programmes().find(tenant, Fixtures.SIPA)).isPresent();
      assertThat(storage.pathways().events(tenant, id)).hasSize(1);
    }

    try (Connection c = oneConnection.getConnection()) {
      assertThat(c.unwrap(PGConnection.class).getPrepareThreshold())
          .as("the connection's prepareThreshold, as the host had it").isEqualTo(threshold);
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(preparedOnTheServer(c, "programmes")).as("reads of the programme prepared on the server").isZero();
      assertThat(preparedOnTheServer(c, "pathway_events")).as("reads of the events prepared on the server").isZero();
      for (int i = 0; i < 12; i++) {
        try (PreparedStatement host = c.prepareStatement("SELECT count(*) FROM \"" + schema + "\".programmes WHERE tenant_id = ?")) {
          host.setString(1, tenant.value());
          try (ResultSet row = host.executeQuery()) {
            assertThat(row.next()).isTrue();
          }
        }
      }
      assertThat(preparedOnTheServer(c, "programmes")).as("the host's statement, run twelve times").isEqualTo(1);
    }
  }

  /** An engine on the one connection, with SIPA registered for {@code tenant}. */
  private MobilisationEngine engineOnOneConnection(TenantId tenant) {
    MobilisationEngine engine =
        MobilisationEngine.builder().storage(JdbcStorage.create(oneConnection, schema)).clock(Fixtures.CLOCK).build();
    engine.registerProgramme(tenant, Fixtures.sipa());
    return engine;
  }

  /** The statements the server holds prepared for this connection that read {@code table}. */
  private long preparedOnTheServer(Connection c, String table) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(
        "SELECT count(*) FROM pg_prepared_statements WHERE position(? in statement) > 0")) {
      select.setString(1, "\"" + schema + "\"." + table + " ");
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** Facts of other people of the programme, out of date, as a large programme's would be in number. */
  private void growFacts(TenantId tenant) throws SQLException {
    try (Connection c = oneConnection.getConnection();
        PreparedStatement place = c.prepareStatement("INSERT INTO \"" + schema + "\".fact_places (place_id, tenant_id,"
            + " programme_id) VALUES (-1, ?, 'other-programme')");
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO \"" + schema + "\".fact_cells (place_id, tally_id, start_from, start_to, end_from, end_to, cell,"
                + " beneficiary_id, tenant_id) SELECT -1, 0, DATE '0001-01-01', DATE '9999-12-31', DATE '0001-01-01',"
                + " DATE '9999-12-31', 0, gen_random_uuid(), ? FROM generate_series(1, ?)")) {
      place.setString(1, tenant.value());
      place.executeUpdate();
      insert.setString(1, tenant.value());
      insert.setInt(2, GROWN);
      insert.executeUpdate();
      // The server counts a table's changes for its own statistics at most once a second per session:
      // counted now, whatever the clock says, as they would be a second later.
      try (PreparedStatement flush = c.prepareStatement("SELECT pg_stat_force_next_flush()")) {
        flush.execute();
      }
    }
  }

  /** How many times the facts' table was analysed by hand (ANALYZE), as the server counts. */
  private long analyzed() throws SQLException {
    try (Connection c = oneConnection.getConnection();
        PreparedStatement select = c.prepareStatement(
            "SELECT analyze_count FROM pg_stat_user_tables WHERE schemaname = ? AND relname = 'fact_cells'")) {
      select.setString(1, schema);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static Welcome welcome(BeneficiaryId id) {
    return Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build();
  }

  /** Events of the tenant's other people, as years of records would leave them: enough to sway a plan. */
  private static final int GROWN_EVENTS = 300_000;

  private void growEvents(TenantId tenant) throws SQLException {
    try (Connection c = oneConnection.getConnection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO \"" + schema + "\".pathway_events (tenant_id, beneficiary_id, version, command_id, event_type,"
                + " stage, occurred_on, recorded_at, body) SELECT ?, gen_random_uuid(), 1, gen_random_uuid(), 'captured',"
                + " 'captured', DATE '2017-03-14', CURRENT_TIMESTAMP, '{}' FROM generate_series(1, ?)")) {
      insert.setString(1, tenant.value());
      insert.setInt(2, GROWN_EVENTS);
      insert.executeUpdate();
    }
  }

  /** Rows of pathway_events read so far by sequential scans, and entries of its indexes read. */
  private long eventRowsRead() throws SQLException {
    try (Connection c = oneConnection.getConnection(); Statement sql = c.createStatement()) {
      sql.execute("SELECT pg_stat_force_next_flush()");
    }
    try (Connection c = oneConnection.getConnection(); Statement sql = c.createStatement()) {
      sql.execute("SELECT pg_stat_clear_snapshot()");
      try (ResultSet row = sql.executeQuery("SELECT t.seq_tup_read + SUM(i.idx_tup_read) FROM pg_stat_user_tables t"
          + " JOIN pg_stat_user_indexes i ON i.relid = t.relid WHERE t.schemaname = '" + schema + "'"
          + " AND t.relname = 'pathway_events' GROUP BY t.seq_tup_read")) {
        assertThat(row.next()).isTrue();
        return row.getLong(1);
      }
    }
  }

  /** Other people of the same tenant and programme, as years of records would leave them. */
  private void grow(TenantId tenant) throws SQLException {
    try (Connection c = oneConnection.getConnection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO \"" + schema + "\".beneficiaries (tenant_id, beneficiary_id, programme_id, stage, version,"
                + " captured_on, last_event_on, gender, neet, long_term_unemployed, refugee, third_country_national,"
                + " summary) SELECT ?, gen_random_uuid(), ?, 'welcomed', 2, DATE '2017-03-14', DATE '2017-03-14',"
                + " 'UNDECLARED', FALSE, FALSE, FALSE, FALSE, '{}' FROM generate_series(1, ?)")) {
      insert.setString(1, tenant.value());
      insert.setString(2, Fixtures.SIPA.value());
      insert.setInt(3, GROWN);
      insert.executeUpdate();
    }
  }

  /** Rows of beneficiaries read so far by sequential scans and through the index by programme and stage. */
  private long beneficiaryRowsWalked() throws SQLException {
    long indexed = stageIndexTuplesRead();
    try (Connection c = oneConnection.getConnection(); Statement sql = c.createStatement();
        ResultSet row = sql.executeQuery("SELECT seq_tup_read FROM pg_stat_user_tables WHERE schemaname = '" + schema
            + "' AND relname = 'beneficiaries'")) {
      assertThat(row.next()).isTrue();
      return indexed + row.getLong(1);
    }
  }

  /**
   * Index entries read through the index by programme and stage, so far: the engine's connection is
   * made to report its counters first (they are otherwise sent at most once a second).
   */
  private long stageIndexTuplesRead() throws SQLException {
    try (Connection c = oneConnection.getConnection(); Statement sql = c.createStatement()) {
      sql.execute("SELECT pg_stat_force_next_flush()");
    }
    try (Connection c = oneConnection.getConnection(); Statement sql = c.createStatement()) {
      sql.execute("SELECT pg_stat_clear_snapshot()");
      try (ResultSet row = sql.executeQuery(
          "SELECT idx_tup_read FROM pg_stat_user_indexes WHERE schemaname = '" + schema
              + "' AND indexrelname = 'beneficiaries_by_programme_stage'")) {
        assertThat(row.next()).isTrue();
        return row.getLong(1);
      }
    }
  }
}
