package eu.projectresolution.mobilisation.jdbc;

import java.util.stream.LongStream;
import java.util.Map;
import eu.projectresolution.mobilisation.port.FeedEvent;
import eu.projectresolution.mobilisation.port.ChangeFeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.StorageFailure;
import eu.projectresolution.mobilisation.StoreNotReady;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.indicator.FactsOutOfDate;
import eu.projectresolution.mobilisation.indicator.IndicatorCounts;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.jdbc.JdbcIndicatorFactsContract.HandWorkedProgramme;
import eu.projectresolution.mobilisation.programme.Period;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Creating and upgrading the engine's tables, with Flyway or with a host's own tool. */
abstract class MigrationContract {
  /** The migration scripts, in version order. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__create_mobilisation_tables.sql",
          "V2__create_practice_sheet_tables.sql",
          "V3__create_indicator_tables.sql",
          "V4__add_matching_keys_to_personal_data.sql",
          "V5__keep_person_facts.sql",
          "V6__keep_consents_erasures_and_access_log.sql",
          "V7__keep_a_change_feed_and_case_ids.sql",
          "V8__keep_special_category_answers_apart.sql",
          "V9__keep_practice_sheet_reviews.sql",
          "V10__keep_no_time_in_the_command_records.sql",
          "V11__keep_fact_cells_narrow.sql");

  /** The tables of V1 and V2 that no later version changes. */
  private static final List<String> TABLES_BEFORE_V3 =
      List.of("programmes", "pathway_events", "outreach_events", "collaborative_actions",
          "site_events", "practice_sheet_versions");

  protected abstract TestDatabase database();

  private static void exercise(JdbcStorage storage) {
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    assertThat(engine.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(engine.capture(tenant, Fixtures.capture(id, Fixtures.START)).accepted()).isTrue();
    assertThat(engine.pathway(tenant, id)).isPresent();
  }

  @Test
  void createsAMissingSchemaAndMigratingAgainChangesNothing() throws SQLException {
    DataSource dataSource = database().dataSource();
    String schema = TestSchema.newName();
    try {
      JdbcStorage.migrate(dataSource, schema);
      exercise(JdbcStorage.create(dataSource, schema));
      JdbcStorage.migrate(dataSource, schema);

      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT \"version\", \"success\" FROM \"" + schema + "\".\"mobilisation_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
        List<String> applied = new ArrayList<>();
        while (rows.next()) {
          assertThat(rows.getBoolean(2)).as("version %s succeeded", rows.getString(1)).isTrue();
          applied.add(rows.getString(1));
        }
        assertThat(applied).as("each script applied once, in order, and the retired 3.1 after V3")
            .containsExactly("1", "2", "3", "3.1", "4", "5", "6", "7", "8", "9", "10", "11");
      }
    } finally {
      TestSchema.drop(dataSource, schema);
    }
  }

  /**
   * A host gives the engine the schema its own tables live in, which its own Flyway migrates (history
   * {@code flyway_schema_history}, scripts in {@code db/migration}): the engine's migration joins them
   * and leaves them alone, and the host's next migration still applies, never picking up the engine's
   * scripts.
   */
  @Test
  void migratesIntoASchemaWhereTheHostsOwnFlywayKeepsItsTables() throws SQLException {
    DataSource dataSource = database().dataSource();
    String schema = TestSchema.newName();
    try {
      assertThat(hostFlyway(dataSource, schema, "1").migrate().migrationsExecuted).isEqualTo(1);
      execute(dataSource, "INSERT INTO \"" + schema + "\".cases (case_number, opened_on) VALUES ('C-1', DATE '2017-03-14')");

      JdbcStorage.migrate(dataSource, schema);
      exercise(JdbcStorage.create(dataSource, schema));
      JdbcStorage.migrate(dataSource, schema);

      List<String> expected = new ArrayList<>(List.of("0 BASELINE"));
      expected.addAll(historyOfAnEmptySchema(dataSource));
      assertThat(engineHistory(dataSource, schema))
          .as("a baseline below the first script, then every script once, in order")
          .containsExactlyElementsOf(expected)
          .contains("1 SQL", "3.1 JDBC");
      assertThat(hostFlyway(dataSource, schema, "latest").migrate().migrationsExecuted)
          .as("the host's next migration").isEqualTo(1);
      assertThat(hostFlyway(dataSource, schema, "latest").info().applied())
          .filteredOn(m -> m.getVersion() != null) // not the marker of the schema it created
          .extracting(m -> m.getVersion().getVersion())
          .as("the host's history holds its own scripts only")
          .containsExactly("1", "2");
      assertThat(count(dataSource, "SELECT COUNT(*) FROM \"" + schema + "\".cases WHERE case_number = 'C-1'"))
          .as("the host's row").isEqualTo(1);
      exercise(JdbcStorage.create(dataSource, schema));
    } finally {
      TestSchema.drop(dataSource, schema);
    }
  }

  /** A schema holding a host's table, created by hand or by another tool, takes the engine's tables too. */
  @Test
  void migratesIntoASchemaThatHoldsAHostsTable() throws SQLException {
    DataSource dataSource = database().dataSource();
    String schema = TestSchema.newName();
    try {
      hostsCaseTable(dataSource, schema, "cases");

      JdbcStorage.migrate(dataSource, schema);

      exercise(JdbcStorage.create(dataSource, schema));
      List<String> scripts = historyOfAnEmptySchema(dataSource);
      assertThat(engineHistory(dataSource, schema)).startsWith("0 BASELINE", "1 SQL")
          .endsWith(scripts.get(scripts.size() - 1));
      assertThat(count(dataSource, "SELECT COUNT(*) FROM \"" + schema + "\".cases")).isEqualTo(1);
    } finally {
      TestSchema.drop(dataSource, schema);
    }
  }

  /**
   * A host's table that takes one of the engine's names stops the migration with one line saying which
   * script failed and what the database said, and the host's table keeps its rows.
   */
  @Test
  void aMigrationTheDatabaseRefusesIsOneLineNamingTheScriptAndTheDatabasesReason() throws SQLException {
    DataSource dataSource = database().dataSource();
    String schema = TestSchema.newName();
    try {
      hostsCaseTable(dataSource, schema, "beneficiaries");

      assertThatThrownBy(() -> JdbcStorage.migrate(dataSource, schema))
          .isInstanceOf(StorageFailure.class)
          .hasMessageStartingWith("Could not migrate the engine's tables in schema \"" + schema + "\": Failed to "
              + "execute script V1__create_mobilisation_tables.sql: ")
          .hasMessageContaining("SQL state ")
          .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n", "-----"));
      assertThat(count(dataSource, "SELECT COUNT(*) FROM \"" + schema + "\".beneficiaries")).isEqualTo(1);
    } finally {
      TestSchema.drop(dataSource, schema);
    }
  }

  /** A new {@code schema} holding a host's table of cases named {@code table}, with one case in it. */
  private static void hostsCaseTable(DataSource dataSource, String schema, String table) throws SQLException {
    execute(dataSource, "CREATE SCHEMA \"" + schema + "\"");
    execute(dataSource, "CREATE TABLE \"" + schema + "\"." + table + " (case_number VARCHAR(40) PRIMARY KEY)");
    execute(dataSource, "INSERT INTO \"" + schema + "\"." + table + " (case_number) VALUES ('C-1')");
  }

  /** The host's own Flyway: its default history table and its scripts, up to {@code target}. */
  private static Flyway hostFlyway(DataSource dataSource, String schema, String target) {
    return Flyway.configure(MigrationContract.class.getClassLoader()).dataSource(dataSource).schemas(schema)
        .defaultSchema(schema).createSchemas(true).locations("classpath:host/db/migration").target(target).load();
  }

  /** The engine's history: each version with its kind, in the order applied. */
  private static List<String> engineHistory(DataSource dataSource, String schema) throws SQLException {
    List<String> applied = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT \"version\", \"type\", \"success\" FROM \"" + schema + "\".\"mobilisation_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      while (rows.next()) {
        assertThat(rows.getBoolean(3)).as("version %s succeeded", rows.getString(1)).isTrue();
        applied.add(rows.getString(1) + " " + rows.getString(2));
      }
    }
    return applied;
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void saysToMigrateWhenTheTablesAreMissing() {
    String schema = TestSchema.newName();
    JdbcStorage storage = JdbcStorage.create(database().dataSource(), schema);

    assertThatThrownBy(() -> storage.programmes().list(Fixtures.newTenant()))
        .isInstanceOf(StoreNotReady.class)
        .hasMessageContaining("JdbcStorage.migrate(dataSource, \"" + schema + "\")")
        .hasMessageContaining("eu/projectresolution/mobilisation/jdbc/migrations")
        .hasCauseInstanceOf(SQLException.class)
        // One line: the statement H2 appends to its message stays in the cause.
        .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n", "SQL statement"));
  }

  /** A host that applies the scripts with its own tool (Liquibase, psql, a DBA) gets the same tables. */
  @Test
  void theScriptsRunAsTheyAreWithoutFlyway() throws IOException, SQLException {
    DataSource dataSource = database().dataSource();
    String schema = TestSchema.newName();
    try {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        String previous = connection.getSchema();
        statement.execute("CREATE SCHEMA \"" + schema + "\"");
        connection.setSchema(schema);
        for (String script : SCRIPTS) {
          for (String sql : statements(script)) {
            statement.execute(sql);
          }
        }
        connection.setSchema(previous);
      }

      exercise(JdbcStorage.create(dataSource, schema));
    } finally {
      TestSchema.drop(dataSource, schema);
    }
  }

  /**
   * A database that held pathways before the facts were kept (at V2) has them computed before its first
   * report: its counts are then those of the same records stored at the latest version.
   */
  @Test
  void computesTheFactsOfPathwaysStoredBeforeThemBeforeTheFirstReport() throws SQLException {
    DataSource dataSource = database().dataSource();
    String latest = TestSchema.newName();
    String atV2 = TestSchema.newName();
    try {
      JdbcStorage.migrate(dataSource, latest);
      JdbcStorage storage = JdbcStorage.create(dataSource, latest);
      TenantId tenant = HandWorkedProgramme.record(storage);
      migrateTo(dataSource, atV2, "2");
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        for (String table : TABLES_BEFORE_V3) {
          statement.executeUpdate("INSERT INTO \"" + atV2 + "\"." + table + " SELECT * FROM \"" + latest + "\"." + table);
        }
        // V10 drops the instant each command was recorded, which V1 took from its first event.
        statement.executeUpdate("INSERT INTO \"" + atV2 + "\".pathway_commands SELECT k.*, e.recorded_at FROM \""
            + latest + "\".pathway_commands k JOIN \"" + latest + "\".pathway_events e ON e.tenant_id = k.tenant_id"
            + " AND e.beneficiary_id = k.beneficiary_id AND e.version = k.first_version");
        // V3 adds columns to it: its columns of V1 only.
        copy(statement, latest, atV2, "beneficiaries", "tenant_id, beneficiary_id, programme_id, stage, version,"
            + " captured_on, last_event_on, birth_year, age_band, gender, neet, long_term_unemployed, refugee,"
            + " third_country_national, residence, summary", "");
        // V4 adds the matching keys to it: its columns of V1 only.
        copy(statement, latest, atV2, "personal_data", "tenant_id, beneficiary_id, details", "");
        // Its entry numbers are generated: the copy numbers the entries again, in the same order.
        copy(statement, latest, atV2, "attendance_entries",
            "tenant_id, beneficiary_id, version, outreach_event_id, consent_to_recontact, contact", " ORDER BY entry_number");
      }

      JdbcStorage.migrate(dataSource, atV2);
      JdbcStorage migrated = JdbcStorage.create(dataSource, atV2);
      assertThatThrownBy(() -> countsOf(migrated, tenant)).as("facts not computed yet")
          .isInstanceOf(FactsOutOfDate.class)
          .hasMessageContaining("MobilisationEngine.rebuildFacts");

      MobilisationEngine engine = MobilisationEngine.builder().storage(migrated).clock(Fixtures.CLOCK).build();
      assertThat(engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow().figures())
          .as("the engine computes them itself")
          .isEqualTo(engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow().figures());
      assertThat(countsOf(migrated, tenant)).isEqualTo(countsOf(storage, tenant));
      // V7 puts the events stored before it in the change feed, each person's in version order.
      List<FeedEvent> upgraded = migrated.changeFeed().eventsAfter(tenant, 0, ChangeFeed.MAX_LIMIT);
      assertThat(upgraded).extracting(FeedEvent::position)
          .isEqualTo(LongStream.rangeClosed(1, upgraded.size()).boxed().toList());
      assertThat(upgraded.stream().map(FeedEvent::event).collect(Collectors.toSet()))
          .isEqualTo(storage.changeFeed().eventsAfter(tenant, 0, ChangeFeed.MAX_LIMIT).stream().map(FeedEvent::event)
              .collect(Collectors.toSet()));
      Map<BeneficiaryId, List<Long>> versions = upgraded.stream().map(FeedEvent::event).collect(Collectors.groupingBy(
          e -> e.header().beneficiaryId(), Collectors.mapping(e -> e.header().version(), Collectors.toList())));
      versions.values().forEach(v -> assertThat(v).isSorted());
      // V10: the command records keep no time; the events keep theirs, as pathway detail.
      assertThat(count(dataSource, "SELECT COUNT(*) FROM \"" + atV2 + "\".pathway_commands"))
          .isEqualTo(count(dataSource, "SELECT COUNT(*) FROM \"" + latest + "\".pathway_commands")).isPositive();
      assertThat(columnsOf(dataSource, atV2, "pathway_commands"))
          .containsExactly("tenant_id", "command_id", "beneficiary_id", "first_version", "last_version");
    } finally {
      TestSchema.drop(dataSource, latest);
      TestSchema.drop(dataSource, atV2);
    }
  }

  /**
   * Rebuilding the facts goes page by page, says how far it got, and resumes where it stopped: an
   * interrupted rebuild called again computes only the people left. Other tenants' facts are left alone.
   */
  @Test
  void rebuildingTheFactsResumesWhereItStoppedAndGivesTheCountsTheAppendsKept() throws SQLException {
    DataSource dataSource = database().dataSource();
    String schema = TestSchema.newName();
    try {
      JdbcStorage.migrate(dataSource, schema);
      JdbcStorage storage = JdbcStorage.create(dataSource, schema);
      MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
      TenantId tenant = HandWorkedProgramme.record(storage);
      List<BeneficiaryId> captured = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        captured.add(BeneficiaryId.random());
      }
      assertThat(engine.recordAll(tenant, captured.stream().map(id -> Fixtures.capture(id, Fixtures.START)).toList()))
          .allMatch(CommandResult::accepted);
      TenantId another = HandWorkedProgramme.record(storage);
      List<IndicatorCounts> kept = countsOf(storage, tenant);
      List<IndicatorCounts> keptOfAnother = countsOf(storage, another);
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.executeUpdate("UPDATE \"" + schema + "\".fact_cells SET tally_id = " + JdbcFacts.OUT_OF_DATE_TALLY
            + " WHERE tenant_id = '" + tenant.value() + "'");
      }
      assertThatThrownBy(() -> countsOf(storage, tenant)).isInstanceOf(FactsOutOfDate.class);

      List<Long> progress = new ArrayList<>();
      assertThatThrownBy(() -> engine.rebuildFacts(tenant, Fixtures.SIPA, done -> {
        progress.add(done);
        throw new IllegalStateException("stopped after the first page");
      })).hasMessage("stopped after the first page");
      assertThat(progress).containsExactly(500L);
      assertThat(engine.rebuildFacts(tenant, Fixtures.SIPA, progress::add)).as("the people left").isEqualTo(104);

      assertThat(countsOf(storage, tenant)).isEqualTo(kept);
      assertThat(engine.rebuildFacts(tenant, Fixtures.SIPA, done -> {})).as("nothing left to do").isZero();
      assertThat(countsOf(storage, another)).as("another tenant's, never out of date").isEqualTo(keptOfAnother);
    } finally {
      TestSchema.drop(dataSource, schema);
    }
  }

  /**
   * The facts stored before V11 keep every figure through it (each cell's place moves to {@code
   * fact_places}): none is out of date nor computed again, and appends after it replace them as usual.
   */
  @Test
  void narrowingTheFactCellsKeepsTheFactsStoredBeforeAndTheirFigures() throws SQLException {
    DataSource dataSource = database().dataSource();
    String latest = TestSchema.newName();
    String atV10 = TestSchema.newName();
    try {
      JdbcStorage.migrate(dataSource, latest);
      JdbcStorage storage = JdbcStorage.create(dataSource, latest);
      TenantId tenant = HandWorkedProgramme.record(storage);
      migrateTo(dataSource, atV10, "10");
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        for (String table : tablesOf(connection, atV10)) {
          if (table.equals("fact_cells")) {
            statement.executeUpdate("INSERT INTO \"" + atV10 + "\".fact_cells (tenant_id, beneficiary_id, cell,"
                + " programme_id, start_from, start_to, end_from, end_to, site_id, channel, tally_id) SELECT f.tenant_id,"
                + " f.beneficiary_id, f.cell, p.programme_id, f.start_from, f.start_to, f.end_from, f.end_to, p.site_id,"
                + " p.channel, f.tally_id FROM \"" + latest + "\".fact_cells f JOIN \"" + latest + "\".fact_places p"
                + " ON p.place_id = f.place_id");
          } else if (!table.equals("mobilisation_schema_history") && !table.equals("fact_tallies")) {
            List<String> columns = new ArrayList<>(columnsOf(dataSource, latest, table));
            boolean numbered = columns.remove("entry_number"); // generated: numbered again, in the same order
            copy(statement, latest, atV10, table, String.join(", ", columns), numbered ? " ORDER BY entry_number" : "");
          }
        }
        statement.executeUpdate("INSERT INTO \"" + atV10 + "\".fact_tallies SELECT * FROM \"" + latest
            + "\".fact_tallies WHERE tally_id <> " + JdbcFacts.OUT_OF_DATE_TALLY);
      }

      JdbcStorage.migrate(dataSource, atV10);
      JdbcStorage migrated = JdbcStorage.create(dataSource, atV10);

      assertThat(countsOf(migrated, tenant)).as("no fact out of date, every figure kept").isEqualTo(countsOf(storage, tenant));
      assertThat(count(dataSource, "SELECT COUNT(*) FROM \"" + atV10 + "\".fact_places WHERE place_id < 0"))
          .as("the places of the cells stored before, numbered by the migration")
          .isEqualTo(count(dataSource, "SELECT COUNT(*) FROM \"" + latest + "\".fact_places"));
      for (JdbcStorage both : List.of(storage, migrated)) {
        MobilisationEngine engine = MobilisationEngine.builder().storage(both).clock(Fixtures.CLOCK).build();
        assertThat(engine.capture(tenant, Fixtures.capture(BeneficiaryId.of(UUID.nameUUIDFromBytes(new byte[] {11})),
            Fixtures.START.plusDays(3))).accepted()).isTrue();
      }
      assertThat(countsOf(migrated, tenant)).as("after a capture through each").isEqualTo(countsOf(storage, tenant));
    } finally {
      TestSchema.drop(dataSource, latest);
      TestSchema.drop(dataSource, atV10);
    }
  }

  /** Migrates {@code schema} as the engine does, up to version {@code target} only. */
  private static void migrateTo(DataSource dataSource, String schema, String target) {
    Flyway.configure(JdbcStorage.class.getClassLoader()).dataSource(dataSource).schemas(schema).defaultSchema(schema)
        .createSchemas(true).table("mobilisation_schema_history").locations("classpath:" + JdbcStorage.MIGRATIONS)
        .javaMigrations(new RetiredIndicatorBackfill()).target(target).load().migrate();
  }

  /** The engine's tables in {@code schema}, in lower case. */
  private static List<String> tablesOf(Connection connection, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    }
    return tables;
  }

  /** The table's columns, in their order, in lower case. */
  private static List<String> columnsOf(DataSource dataSource, String schema, String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM \"" + schema + "\"." + table + " WHERE 1 = 0")) {
      List<String> columns = new ArrayList<>();
      for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
        columns.add(rows.getMetaData().getColumnName(c).toLowerCase(java.util.Locale.ROOT));
      }
      return columns;
    }
  }

  private static void copy(Statement statement, String from, String to, String table, String columns, String order)
      throws SQLException {
    statement.executeUpdate("INSERT INTO \"" + to + "\"." + table + " (" + columns + ") SELECT " + columns
        + " FROM \"" + from + "\"." + table + order);
  }

  /** The hand-worked programme's counts for a year, a site, a channel and the whole programme. */
  private static List<IndicatorCounts> countsOf(JdbcStorage storage, TenantId tenant) {
    Period whole = Period.of(Fixtures.START, Fixtures.END);
    return List.of(
        HandWorkedProgramme.counts(storage, tenant, whole, Optional.empty(), Optional.empty()),
        HandWorkedProgramme.counts(storage, tenant, JdbcIndicatorFactsContract.YEAR_2017, Optional.empty(),
            Optional.empty()),
        HandWorkedProgramme.counts(storage, tenant, whole, Optional.of(Fixtures.SITE_AUDINCOURT), Optional.empty()),
        HandWorkedProgramme.counts(storage, tenant, whole, Optional.empty(), Optional.of(CaptureChannel.DOOR_TO_DOOR)));
  }

  private static List<String> statements(String script) throws IOException {
    try (InputStream in = JdbcStorage.class.getClassLoader().getResourceAsStream(JdbcStorage.MIGRATIONS + "/" + script)) {
      assertThat(in).as(script).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String withoutComments = text.lines().filter(line -> !line.trim().startsWith("--")).collect(Collectors.joining("\n"));
      return Arrays.stream(withoutComments.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
  }

  /** The engine's history after migrating a schema of its own: every script, in order. */
  private List<String> historyOfAnEmptySchema(DataSource dataSource) throws SQLException {
    String schema = TestSchema.newName();
    try {
      JdbcStorage.migrate(dataSource, schema);
      return engineHistory(dataSource, schema);
    } finally {
      TestSchema.drop(dataSource, schema);
    }
  }
}
