package eu.projectresolution.mobilisation.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.MobilisationException;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.port.AccessLog;
import eu.projectresolution.mobilisation.port.Beneficiaries;
import eu.projectresolution.mobilisation.port.ChangeFeed;
import eu.projectresolution.mobilisation.port.CollaborativeActions;
import eu.projectresolution.mobilisation.port.Consents;
import eu.projectresolution.mobilisation.port.Erasures;
import eu.projectresolution.mobilisation.port.FeedCheckpoints;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage.StoredPathway;
import eu.projectresolution.mobilisation.port.OutreachEvents;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.port.PersonalData;
import eu.projectresolution.mobilisation.port.PracticeSheets;
import eu.projectresolution.mobilisation.port.Programmes;
import eu.projectresolution.mobilisation.port.SiteEvents;
import eu.projectresolution.mobilisation.port.SpecialCategoryAnswers;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Every storage port on a relational database — H2 2.x (embedded, in a file or in memory) or
 * PostgreSQL 14+ — over plain JDBC, in tables of a schema the host names.
 *
 * <pre>{@code
 * DataSource dataSource = ...;                          // the host's pool (HikariCP, the app server's...)
 * JdbcStorage.migrate(dataSource, "mobilisation");      // creates or upgrades the tables, at start-up
 * MobilisationStorage storage = JdbcStorage.create(dataSource, "mobilisation");
 * MobilisationEngine engine = MobilisationEngine.builder().storage(storage).build();
 * }</pre>
 *
 * <p>What it guarantees:
 *
 * <ul>
 *   <li>each port call is one transaction (or one part of the host's, see below); a pathway append writes its events, its idempotency record
 *       (the command id) and the projections (summary, stage, attendance register) and the
 *       person's facts all together or not at all;
 *   <li>two writers appending to one pathway never lose or duplicate an event: one of them gets core's
 *       {@link eu.projectresolution.mobilisation.VersionConflict} (retry it) and a replayed command id
 *       gets {@link eu.projectresolution.mobilisation.CommandAlreadyRecorded}, which the engine answers
 *       with the original result;
 *   <li>practice sheets keep every version, numbered without gaps even under concurrent replacements;
 *   <li>every row carries the tenant id, which leads every primary key, and every query filters on it;
 *   <li>identifying data lives only in table {@code personal_data}, and special-category answers only
 *       in table {@code special_category_answers}, beside it; an erasure deletes (or, for contact
 *       details alone, rewrites) its rows and records its audit entry in one transaction;
 *   <li>no {@link java.sql.SQLException} crosses a port: failures are {@link MobilisationException}s
 *       saying what could not be done;
 *   <li>acknowledged means durable: a command answered {@code accepted} is on disk, and a process
 *       killed right after loses none of it. An H2 <em>file</em> database does that only when opened
 *       with {@code ;WRITE_DELAY=0} in its URL ({@code jdbc:h2:file:/srv/app/db;WRITE_DELAY=0}): by
 *       default H2 writes commits to its file in the background, half a second later. {@link #migrate}
 *       and the first port call refuse an H2 file database opened without it (a warning would be missed,
 *       and what it warns of is silent and permanent); an in-memory H2 database and PostgreSQL are not
 *       checked.
 * </ul>
 *
 * <p>The host brings the JDBC driver and, usually, a connection pool. Transactions run at the
 * connection's isolation level: READ COMMITTED (the default of both databases) or stricter. A
 * transaction the database refuses for a transient reason (a deadlock, a serialisation failure, a lock
 * time-out) is run again a few times before giving up.
 *
 * <p>Instances made by {@link #create} or {@link #inHostTransactions} are immutable and thread-safe,
 * and hold no connection between calls: create one per schema and share it.
 *
 * <p>By default each port call is its own transaction, which the store commits. A host that wants its
 * own writes and the engine's command to commit or roll back together builds the store with {@link
 * #inHostTransactions} (connections of a transaction-aware {@code DataSource}, such as Spring's) or
 * {@link #inHostTransaction} (one connection the host holds).
 */
public final class JdbcStorage implements MobilisationStorage {
  /**
   * Where the migration scripts are on the class path: {@code V1__create_mobilisation_tables.sql},
   * {@code V2__create_practice_sheet_tables.sql} and their successors, plain SQL that a host can also
   * apply, in version order, with its own migration tool.
   */
  public static final String MIGRATIONS = "eu/projectresolution/mobilisation/jdbc/migrations";

  private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private final Database db;
  private final boolean factTableUpkeep;
  private final JdbcProgrammes programmes;
  private final JdbcPathways pathways;
  private final JdbcBeneficiaries beneficiaries;
  private final JdbcProgrammeRecords.OfOutreachEvents outreachEvents;
  private final JdbcProgrammeRecords.OfCollaborativeActions collaborativeActions;
  private final JdbcProgrammeRecords.OfSiteEvents siteEvents;
  private final JdbcPersonalData personalData;
  private final JdbcPracticeSheets practiceSheets;
  private final JdbcIndicatorSources indicatorSources;
  private final JdbcPrivacyRecords.OfConsents consents;
  private final JdbcPrivacyRecords.OfErasures erasures;
  private final JdbcPrivacyRecords.OfAccessLog accessLog;
  private final JdbcChangeFeed changeFeed;
  private final JdbcFeedCheckpoints feedCheckpoints;
  private final JdbcStoredPathways storedPathways;

  private JdbcStorage(Database db, boolean factTableUpkeep) {
    this.db = db;
    this.factTableUpkeep = factTableUpkeep;
    Json json = new Json();
    this.programmes = new JdbcProgrammes(db, json);
    this.beneficiaries = new JdbcBeneficiaries(db, json);
    this.personalData = new JdbcPersonalData(db, json);
    JdbcFacts facts = new JdbcFacts(db, factTableUpkeep);
    this.changeFeed = new JdbcChangeFeed(db, json);
    this.feedCheckpoints = new JdbcFeedCheckpoints(db);
    this.pathways = new JdbcPathways(db, json, beneficiaries, List.of(beneficiaries), personalData, facts, changeFeed);
    this.outreachEvents = new JdbcProgrammeRecords.OfOutreachEvents(db, json);
    this.collaborativeActions = new JdbcProgrammeRecords.OfCollaborativeActions(db, json);
    this.siteEvents = new JdbcProgrammeRecords.OfSiteEvents(db, json);
    this.practiceSheets = new JdbcPracticeSheets(db, json);
    this.consents = new JdbcPrivacyRecords.OfConsents(db, json);
    this.indicatorSources =
        new JdbcIndicatorSources(db, programmes, outreachEvents, collaborativeActions, siteEvents, facts, consents);
    this.erasures = new JdbcPrivacyRecords.OfErasures(db, json, personalData);
    this.accessLog = new JdbcPrivacyRecords.OfAccessLog(db, json);
    this.storedPathways = new JdbcStoredPathways(db, json, beneficiaries);
  }

  /**
   * The ports on the tables of {@code schema}, reached through {@code dataSource}. Nothing is read or
   * checked yet: the first call that finds the tables missing says to {@link #migrate} them, and the
   * first call on an H2 file database opened without {@code ;WRITE_DELAY=0} fails saying to add it
   * (see the class description).
   *
   * @param schema the schema holding the engine's tables, e.g. {@code "mobilisation"}: 1 to 63
   *     lower-case letters, digits or {@code _}, starting with a letter
   */
  public static JdbcStorage create(DataSource dataSource, String schema) {
    requireNonNull(dataSource, "dataSource is missing: give the host's javax.sql.DataSource");
    return new JdbcStorage(new Database(dataSource, checkSchema(schema)), true);
  }

  /**
   * The ports on the tables of {@code schema}, taking part in the transactions the host runs on the
   * connections {@code dataSource} hands out: a call that gets a connection with a transaction open
   * (auto-commit off) runs inside it, so that the host's own writes and the engine's command commit or
   * roll back together, when the host commits or rolls back. A call that gets one in auto-commit mode
   * runs in a transaction of its own, as {@link #create} does. Give it the {@code DataSource} that
   * hands out the transaction's connection, such as Spring's {@code TransactionAwareDataSourceProxy}
   * around the pool its {@code DataSourceTransactionManager} manages:
   *
   * <pre>{@code
   * DataSource transactional = new TransactionAwareDataSourceProxy(pool);
   * MobilisationEngine engine = MobilisationEngine.builder()
   *     .storage(JdbcStorage.inHostTransactions(transactional, "mobilisation")).build();
   * transactions.executeWithoutResult(status -> {     // a TransactionTemplate on the pool
   *   jdbc.update("INSERT INTO cases ...");            // the host's own write
   *   engine.welcome(tenant, welcome);                 // commits with it, or rolls back with it
   * });
   * }</pre>
   *
   * <p>Inside the host's transaction the store never commits, never rolls it back and never runs it
   * again: a call that fails undoes its own statements only (they run in a savepoint), a pathway that
   * moved on throws {@link eu.projectresolution.mobilisation.VersionConflict}, and a deadlock or
   * serialisation failure throws {@link eu.projectresolution.mobilisation.RetriesExhausted}, after which
   * the host rolls back and runs its transaction again. Until the host commits, an accepted command is
   * not recorded: it is durable when the host's commit returns. An indicator report read in the host's
   * transaction sees one snapshot only if the transaction is REPEATABLE READ or SERIALIZABLE.
   *
   * @param schema as for {@link #create}
   */
  public static JdbcStorage inHostTransactions(DataSource dataSource, String schema) {
    requireNonNull(dataSource, "dataSource is missing: give the DataSource that hands out the transaction's connection");
    return new JdbcStorage(new Database(Connections.of(dataSource), checkSchema(schema), true), true);
  }

  /**
   * The ports on the tables of {@code schema}, on the host's {@code connection} alone: every call
   * runs on it, inside the transaction open on it (auto-commit off) as {@link #inHostTransactions}
   * says, or in a transaction of its own if it is in auto-commit mode. The store never closes it. For a
   * host that manages its transactions by hand:
   *
   * <pre>{@code
   * try (Connection connection = pool.getConnection()) {
   *   connection.setAutoCommit(false);
   *   MobilisationEngine engine = MobilisationEngine.builder()
   *       .storage(JdbcStorage.inHostTransaction(connection, "mobilisation")).build();
   *   // ... the host's statements on connection, then engine.welcome(tenant, welcome) ...
   *   connection.commit();                              // both, or connection.rollback(): neither
   * }
   * }</pre>
   *
   * <p>A connection serves one thread at a time, and so does the store on it: build it (and its
   * engine, which is cheap) for the transaction, and drop both with the connection.
   *
   * @param schema as for {@link #create}
   */
  public static JdbcStorage inHostTransaction(Connection connection, String schema) {
    requireNonNull(connection, "connection is missing: give the connection the host's transaction is open on");
    return new JdbcStorage(new Database(Connections.of(connection), checkSchema(schema), true), true);
  }

  /**
   * Creates {@code schema} if it does not exist and brings its tables to the latest version, applying
   * the scripts in {@value #MIGRATIONS} with Flyway; does nothing if they are up to date. Call it at
   * start-up, before the first port call.
   *
   * <p>Flyway records the versions applied in table {@code mobilisation_schema_history} of that
   * schema, apart from any history table the host keeps for its own migrations. The schema may be one
   * the host already uses, with its own tables and its own Flyway history ({@code
   * flyway_schema_history}): the first migration records a baseline at version 0 in the engine's
   * history, then applies every script, and leaves the host's tables and history alone. Besides the scripts,
   * it applies version 3.1, which filled the tables of V3 until V5 replaced them and does nothing now:
   * it stays so that the schemas it ran on still validate. After V5 the people stored before it have
   * facts out of date, which the engine computes again before its first report ({@code
   * MobilisationEngine.rebuildFacts}).
   *
   * @throws MobilisationException if the migration fails (nothing of the failed script is kept on
   *     PostgreSQL, whose DDL is transactional), or, before anything is written, if the database is an
   *     H2 file opened without {@code ;WRITE_DELAY=0}, which would lose acknowledged commands when the
   *     process is killed
   */
  public static void migrate(DataSource dataSource, String schema) {
    requireNonNull(dataSource, "dataSource is missing: give the host's javax.sql.DataSource");
    checkSchema(schema);
    new Database(dataSource, schema).read(() -> "check that the database keeps what it acknowledges", c -> null);
    Migrations.apply(dataSource, schema);
  }

  /**
   * This store, except that its reports leave the upkeep of the facts' table to the database's
   * administrators. By default a report on PostgreSQL first reads the server's counters of the changes
   * to table {@code fact_cells} and, once a tenth of it has changed, gathers its statistics ({@code
   * ANALYZE}) and, where autovacuum does not run, vacuums it ({@code VACUUM (ANALYZE)}): planned on the
   * statistics of an empty table, a report over a million people took 2.8 s instead of 1.1 s
   * (measured), and until a vacuum it reads every cell that later commands replaced. Turn it off where the administrators keep the
   * table themselves (autovacuum, or a vacuum scheduled at night) and do not want a report to start a
   * vacuum in working hours; then run {@code VACUUM ANALYZE} on {@code fact_cells} at least after a
   * large import. H2 needs neither, and is not changed.
   *
   * <pre>{@code
   * MobilisationStorage storage = JdbcStorage.create(dataSource, "mobilisation").withoutFactTableUpkeep();
   * }</pre>
   *
   * @return a store on the same tables, reached the same way (its own connections or the host's
   *     transactions), immutable and thread-safe as this one is
   */
  public JdbcStorage withoutFactTableUpkeep() {
    return new JdbcStorage(db, false);
  }

  /** The schema holding the engine's tables. */
  public String schema() {
    return db.schema();
  }

  @Override
  public Programmes programmes() {
    return programmes;
  }

  @Override
  public Pathways pathways() {
    return pathways;
  }

  /** Reads the three in one request: one round trip on PostgreSQL, where the default takes three. */
  @Override
  public StoredPathway storedPathway(TenantId tenant, BeneficiaryId beneficiary, Optional<ProgrammeId> programme) {
    return storedPathways.read(tenant, beneficiary, true, programme);
  }

  /** Reads the two in one request: one round trip on PostgreSQL, where the default takes two. */
  @Override
  public StoredPathway storedPathway(TenantId tenant, BeneficiaryId beneficiary) {
    return storedPathways.read(tenant, beneficiary, false, Optional.empty());
  }

  /** Reads the events and answers of up to 500 people in one request: one round trip on PostgreSQL. */
  @Override
  public Map<BeneficiaryId, StoredPathway> storedPathways(TenantId tenant, List<BeneficiaryId> people) {
    return storedPathways.readAll(tenant, people);
  }

  @Override
  public Beneficiaries beneficiaries() {
    return beneficiaries;
  }

  @Override
  public OutreachEvents outreachEvents() {
    return outreachEvents;
  }

  @Override
  public CollaborativeActions collaborativeActions() {
    return collaborativeActions;
  }

  @Override
  public SiteEvents siteEvents() {
    return siteEvents;
  }

  @Override
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public SpecialCategoryAnswers specialCategoryAnswers() {
    return personalData.answers();
  }

  @Override
  public Consents consents() {
    return consents;
  }

  @Override
  public Erasures erasures() {
    return erasures;
  }

  @Override
  public AccessLog accessLog() {
    return accessLog;
  }

  /**
   * The tenants' events, numbered in the order their transactions committed: a reader never meets an
   * event committed late below a position it has read (see docs/storage-jdbc.md, "Change feed").
   */
  @Override
  public ChangeFeed changeFeed() {
    return changeFeed;
  }

  /**
   * Checkpoints of {@link eu.projectresolution.mobilisation.engine.FeedSubscription}s kept in table
   * {@code change_feed_checkpoints} of this schema. On a store built with {@link #inHostTransactions} or
   * {@link #inHostTransaction}, a checkpoint stored inside the host's transaction commits with it: a
   * view kept in the same database and its checkpoint then move together.
   */
  public FeedCheckpoints feedCheckpoints() {
    return feedCheckpoints;
  }

  @Override
  public PracticeSheets practiceSheets() {
    return practiceSheets;
  }

  /** What indicator reports read: the people's facts, which the appends keep, added up in SQL. */
  @Override
  public IndicatorSources indicatorSources() {
    return indicatorSources;
  }

  @Override
  public String toString() {
    return "JdbcStorage[schema=" + db.schema() + (factTableUpkeep ? "" : ", without the facts' table upkeep") + "]";
  }

  private static String checkSchema(String schema) {
    checkArgument(schema != null, "schema is missing: name the schema for the engine's tables, e.g. \"mobilisation\"");
    checkArgument(
        SCHEMA.matcher(schema).matches(),
        "schema \"%s\" is not valid: use 1 to 63 lower-case letters, digits or '_', starting with a letter "
            + "(e.g. \"mobilisation\")",
        schema);
    return schema;
  }
}
