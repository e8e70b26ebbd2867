package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.StorageFailure;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.StoreSnapshot;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.RecordContact;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store taking part in a transaction the host runs: the host's own row (in its table {@code cases},
 * here in the engine's schema) and the engine's command commit together or not at all, whether the host
 * holds the connection itself or Spring's {@link DataSourceTransactionManager} binds it to the
 * transaction. The store undoes only its own statements when they fail, never the host's, and never
 * runs the host's transaction again.
 */
abstract class HostTransactionsContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  protected abstract TestSchema schema();

  private TenantId tenant;
  /** On the store's own transactions: what another process sees, and another writer. */
  private MobilisationEngine elsewhere;
  /** The host's table, schema-qualified. */
  private String cases;

  @BeforeEach
  void setUp() throws SQLException {
    tenant = Fixtures.newTenant();
    elsewhere = engineOn(schema().storage());
    assertThat(elsewhere.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
    cases = "\"" + schema().name() + "\".cases";
    try (Connection connection = schema().dataSource().getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE IF NOT EXISTS " + cases + " (beneficiary_id UUID NOT NULL, case_number VARCHAR(40) NOT NULL, PRIMARY KEY (beneficiary_id, case_number))");
    }
  }

  private static MobilisationEngine engineOn(MobilisationStorage storage) {
    return MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
  }

  private MobilisationEngine engineIn(Connection connection) {
    return engineOn(JdbcStorage.inHostTransaction(connection, schema().name()));
  }

  @Test
  void theHostsRowAndTheEnginesCommandCommitTogether() throws SQLException {
    DataSource dataSource = schema().dataSource();
    String schema = schema().name();
    BeneficiaryId amina = BeneficiaryId.random();
    Capture capture = Fixtures.capture(amina, D);

    try (Connection connection = dataSource.getConnection()) {
      // README:begin host-transaction
      connection.setAutoCommit(false);                            // the host's transaction
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO " + cases + " (case_number, beneficiary_id) VALUES (?, ?)")) {
        insert.setString(1, "C-2017-0042");                       // the host's own row
        insert.setObject(2, amina.value());
        insert.executeUpdate();
      }
      MobilisationEngine engine =
          MobilisationEngine.builder().storage(JdbcStorage.inHostTransaction(connection, schema)).build();
      CommandResult captured = engine.capture(tenant, capture);   // decided and written in that transaction
      // README:end host-transaction
      assertThat(captured.accepted()).isTrue();
      assertThat(elsewhere.pathway(tenant, amina)).as("not committed yet").isEmpty();
      assertThat(casesOf(amina)).isEmpty();
      connection.commit();
    }

    assertThat(casesOf(amina)).containsExactly("C-2017-0042");
    assertThat(elsewhere.pathway(tenant, amina)).isPresent();
    assertThat(elsewhere.capture(tenant, capture).replayed()).as("the command id was kept").isTrue();
  }

  /** A failure after the engine's command and before the host's commit leaves neither written. */
  @Test
  void aFailureBeforeTheHostsCommitLeavesNeitherWritten() throws SQLException {
    BeneficiaryId amina = BeneficiaryId.random();
    Capture capture = Fixtures.capture(amina, D);
    String before = StoreSnapshot.of(schema().storage(), tenant);

    try (Connection connection = schema().dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try {
        insertCase(connection, "C-1", amina);
        assertThat(engineIn(connection).capture(tenant, capture).accepted()).isTrue();
        throw new IllegalStateException("the host fails before its commit");
      } catch (IllegalStateException e) {
        connection.rollback();
      }
    }

    assertThat(casesOf(amina)).isEmpty();
    assertThat(StoreSnapshot.of(schema().storage(), tenant)).isEqualTo(before);
    CommandResult again = elsewhere.capture(tenant, capture);
    assertThat(again.accepted()).isTrue();
    assertThat(again.replayed()).as("the command id was not kept").isFalse();
  }

  /** A store statement that fails undoes the store's statements, not the host's, whose transaction goes on. */
  @Test
  void aFailingCommandUndoesOnlyItsOwnStatements() throws SQLException {
    BeneficiaryId amina = BeneficiaryId.random();
    Capture capture = Fixtures.capture(amina, D);
    FailingDataSource failing = new FailingDataSource(schema().dataSource())
        .failStatements(writing("INSERT INTO", "fact_cells"));

    try (Connection connection = failing.getConnection()) {
      connection.setAutoCommit(false);
      insertCase(connection, "C-1", amina);
      assertThatThrownBy(() -> engineIn(connection).capture(tenant, capture)).isInstanceOf(StorageFailure.class);
      insertCase(connection, "C-2", amina);
      connection.commit();
    }

    assertThat(failing.executed()).anySatisfy(sql -> assertThat(sql).startsWith("INSERT INTO").contains(".pathway_events "));
    assertThat(casesOf(amina)).containsExactlyInAnyOrder("C-1", "C-2");
    assertThat(elsewhere.pathway(tenant, amina)).isEmpty();
    assertThat(elsewhere.capture(tenant, capture).replayed()).as("the command id was not kept").isFalse();
  }

  /**
   * A command sent again is answered with its original result: the store's insert of its id fails on
   * the key (which on PostgreSQL would abort the host's transaction, were it not in a savepoint), and
   * the engine reads the original events in the same transaction, which goes on.
   */
  @Test
  void aCommandSentAgainIsAnsweredWithItsOriginalResultAndTheTransactionGoesOn() throws SQLException {
    BeneficiaryId amina = BeneficiaryId.random();
    assertThat(elsewhere.capture(tenant, Fixtures.capture(amina, D)).accepted()).isTrue();
    RecordContact contact = RecordContact.builder().commandId(CommandId.random()).beneficiaryId(amina)
        .contact(Fixtures.doorToDoor(D.plusDays(1))).build();
    CommandResult original = elsewhere.recordContact(tenant, contact);
    assertThat(original.accepted()).isTrue();
    FailingDataSource watched = new FailingDataSource(schema().dataSource());

    try (Connection connection = watched.getConnection()) {
      connection.setAutoCommit(false);
      insertCase(connection, "C-1", amina);
      CommandResult again = engineIn(connection).recordContact(tenant, contact);
      assertThat(again.replayed()).isTrue();
      assertThat(again.events()).isEqualTo(original.events());
      insertCase(connection, "C-2", amina);
      connection.commit();
    }

    assertThat(watched.executed()).filteredOn(writing("INSERT INTO", "pathway_commands")).hasSize(1);
    assertThat(casesOf(amina)).containsExactlyInAnyOrder("C-1", "C-2");
    assertThat(elsewhere.pathway(tenant, amina).orElseThrow().version()).isEqualTo(2);
  }

  /**
   * Another writer appends to the pathway between the engine's reading it and its appending, in the
   * host's transaction: the host gets a {@link VersionConflict} and keeps its transaction, with nothing
   * of the engine's command in it.
   */
  @Test
  void aPathwayThatMovedOnMeanwhileIsAVersionConflictForTheHost() throws SQLException {
    BeneficiaryId amina = BeneficiaryId.random();
    assertThat(elsewhere.capture(tenant, Fixtures.capture(amina, D)).accepted()).isTrue();
    Welcome theirs = welcome(amina);
    Welcome ours = welcome(amina);
    FailingDataSource interleaved = new FailingDataSource(schema().dataSource())
        .before(writing("INSERT INTO", "pathway_events"), () -> assertThat(elsewhere.welcome(tenant, theirs).accepted()).isTrue());

    try (Connection connection = interleaved.getConnection()) {
      connection.setAutoCommit(false);
      insertCase(connection, "C-1", amina);
      assertThatThrownBy(() -> engineIn(connection).welcome(tenant, ours))
          .isInstanceOfSatisfying(VersionConflict.class, conflict -> {
            assertThat(conflict.expectedVersion()).isEqualTo(1);
            assertThat(conflict.actualVersion()).isEqualTo(2);
          });
      connection.commit(); // the host keeps its own row
    }

    assertThat(interleaved.executed()).as("its statements ran once more after the key was taken, and saw why")
        .filteredOn(writing("INSERT INTO", "pathway_commands")).hasSize(2);
    assertThat(casesOf(amina)).containsExactly("C-1");
    assertThat(elsewhere.pathway(tenant, amina).orElseThrow().version()).isEqualTo(2);
    assertThat(schema().storage().pathways().eventsOfCommand(tenant, theirs.commandId())).hasSize(1);
    assertThat(schema().storage().pathways().eventsOfCommand(tenant, ours.commandId())).isEmpty();
  }

  /** On a connection in auto-commit mode there is no host transaction to join: the store runs its own. */
  @Test
  void runsItsOwnTransactionOnAConnectionInAutoCommitMode() throws SQLException {
    BeneficiaryId amina = BeneficiaryId.random();

    try (Connection connection = schema().dataSource().getConnection()) {
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(engineIn(connection).capture(tenant, Fixtures.capture(amina, D)).accepted()).isTrue();

      assertThat(elsewhere.pathway(tenant, amina)).as("committed").isPresent();
      assertThat(connection.isClosed()).as("the host's connection stays open").isFalse();
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  @Test
  void takesPartInTheTransactionsSpringManages() throws SQLException {
    DataSource pool = schema().dataSource();
    String schema = schema().name();
    BeneficiaryId amina = BeneficiaryId.random();
    Capture capture = Fixtures.capture(amina, D);

    // README:begin spring-transaction
    TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
    JdbcTemplate jdbc = new JdbcTemplate(pool);
    MobilisationEngine engine = MobilisationEngine.builder()
        .storage(JdbcStorage.inHostTransactions(new TransactionAwareDataSourceProxy(pool), schema)).build();

    transactions.executeWithoutResult(status -> {
      jdbc.update("INSERT INTO " + cases + " (case_number, beneficiary_id) VALUES (?, ?)", "C-2017-0042", amina.value());
      engine.capture(tenant, capture);                        // commits with the host's row, or rolls back with it
    });
    // README:end spring-transaction

    assertThat(casesOf(amina)).containsExactly("C-2017-0042");
    assertThat(engine.pathway(tenant, amina)).as("read outside any transaction").isPresent();
    BeneficiaryId omar = BeneficiaryId.random();
    Capture omarsCapture = Fixtures.capture(omar, D);

    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      jdbc.update("INSERT INTO " + cases + " (case_number, beneficiary_id) VALUES (?, ?)", "C-2017-0043", omar.value());
      assertThat(engine.capture(tenant, omarsCapture).accepted()).isTrue();
      throw new IllegalStateException("the host fails before its commit");
    })).hasMessage("the host fails before its commit");

    assertThat(casesOf(omar)).isEmpty();
    assertThat(engine.pathway(tenant, omar)).isEmpty();
    assertThat(engine.capture(tenant, omarsCapture).replayed())
        .as("outside a transaction, a command of its own, not a replay").isFalse();
    assertThat(elsewhere.pathway(tenant, omar)).as("committed on its own").isPresent();
  }

  private static Welcome welcome(BeneficiaryId beneficiary) {
    return Welcome.builder().commandId(CommandId.random()).beneficiaryId(beneficiary).siteId(Fixtures.SITE_MONTBELIARD)
        .occurredOn(D.plusDays(1)).build();
  }

  private static Predicate<String> writing(String verb, String table) {
    return sql -> sql.startsWith(verb) && sql.contains("." + table + " ");
  }

  private void insertCase(Connection connection, String caseNumber, BeneficiaryId beneficiary) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO " + cases + " (case_number, beneficiary_id) VALUES (?, ?)")) {
      insert.setString(1, caseNumber);
      insert.setObject(2, beneficiary.value());
      insert.executeUpdate();
    }
  }

  /** The host's committed cases of {@code beneficiary}, read on a connection of their own. */
  private List<String> casesOf(BeneficiaryId beneficiary) throws SQLException {
    try (Connection connection = schema().dataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT case_number FROM " + cases + " WHERE beneficiary_id = ? ORDER BY 1")) {
      select.setObject(1, beneficiary.value());
      List<String> found = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      }
      return found;
    }
  }
}
