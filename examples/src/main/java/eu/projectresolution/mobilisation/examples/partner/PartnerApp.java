package eu.projectresolution.mobilisation.examples.partner;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CaseImport;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.ImportMode;
import eu.projectresolution.mobilisation.engine.ImportReport;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A small partner application that embeds the engine the way issue 15 asks: it has a case table of its
 * own ({@code partner_cases}) in the schema the engine's tables share, records its case and the engine's
 * command in one transaction of its own, imports a batch from its own export addressed by its own case
 * numbers, and keeps a case list of its own up to date from the change feed ({@link CaseList}).
 */
public final class PartnerApp {
  /** The schema the partner's tables and the engine's share. */
  public static final String SCHEMA = "partner_app";

  private final DataSource pool;
  private final TenantId tenant;
  private final ProgrammeId programme;
  private final IdentityMatcher matcher;
  private final Clock clock;
  /** On the engine's own transactions: for reads and the change feed. */
  private final JdbcStorage storage;

  private PartnerApp(DataSource pool, TenantId tenant, ProgrammeId programme, IdentityMatcher matcher, Clock clock) {
    this.pool = requireNonNull(pool, "pool");
    this.tenant = requireNonNull(tenant, "tenant");
    this.programme = requireNonNull(programme, "programme");
    this.matcher = requireNonNull(matcher, "matcher");
    this.clock = requireNonNull(clock, "clock");
    this.storage = JdbcStorage.create(pool, SCHEMA);
  }

  /**
   * Creates the partner's own tables, then the engine's beside them (the engine's migration joins a
   * schema that already holds others), and returns the application.
   */
  public static PartnerApp start(DataSource pool, TenantId tenant, ProgrammeId programme, IdentityMatcher matcher, Clock clock)
      throws SQLException {
    try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
      sql.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".partner_cases ("
          + "case_number VARCHAR(100) PRIMARY KEY, opened_on DATE NOT NULL, counsellor VARCHAR(100) NOT NULL)");
    }
    JdbcStorage.migrate(pool, SCHEMA);
    return new PartnerApp(pool, tenant, programme, matcher, clock);
  }

  /** The engine on the engine's own transactions. */
  public MobilisationEngine engine() {
    return MobilisationEngine.builder().storage(storage).clock(clock).build();
  }

  /** The store on the engine's own transactions. */
  public JdbcStorage storage() {
    return storage;
  }

  /** The partner's case list, kept from the change feed. */
  public CaseList caseList() {
    return new CaseList(pool, storage, tenant);
  }

  /**
   * Opens a case: the partner's case row and the engine's capture of the person, with their details,
   * matching key and case number, commit together or not at all.
   */
  public CommandResult openCase(String caseNumber, PersonalDetails details, LocalDate on, String counsellor)
      throws SQLException {
    return openCase(caseNumber, details, on, counsellor, () -> {});
  }

  /** As {@link #openCase(String, PersonalDetails, LocalDate, String)}, running {@code beforeCommit} last. */
  CommandResult openCase(String caseNumber, PersonalDetails details, LocalDate on, String counsellor, Runnable beforeCommit)
      throws SQLException {
    return inOneTransaction(connection -> {
      insertCase(connection, caseNumber, on, counsellor);
      JdbcStorage store = JdbcStorage.inHostTransaction(connection, SCHEMA);
      MobilisationEngine engine = MobilisationEngine.builder().storage(store).clock(clock).build();
      BeneficiaryId person = BeneficiaryId.random();
      CommandResult captured = engine.capture(tenant, capture(person, CommandId.random(), details, on));
      if (captured.accepted()) {
        store.personalData().putCaseId(tenant, person, CaseId.of(caseNumber));
      }
      beforeCommit.run();
      return captured;
    });
  }

  /**
   * One row of the partner's own export: its own row id (from which the command id derives, so that
   * sending the export again writes nothing), its case number, and what happened.
   *
   * @param welcomedAt the site where the person was welcomed, for a welcome; empty for the opening of a case
   */
  public record ExportRow(long rowId, String caseNumber, LocalDate on, PersonalDetails details, Optional<SiteId> welcomedAt) {}

  /**
   * Imports rows of the partner's export in {@code mode}, in one transaction with the case rows of the
   * cases it opens: people are addressed by case number, and one already met (before their case was
   * opened) is recognised by the keyed hash of their identity.
   */
  public ImportReport importExport(List<ExportRow> rows, ImportMode mode) throws SQLException {
    return inOneTransaction(connection -> {
      JdbcStorage store = JdbcStorage.inHostTransaction(connection, SCHEMA);
      MobilisationEngine engine = MobilisationEngine.builder().storage(store).clock(clock).build();
      List<CaseImport.CaseRecord> records = new ArrayList<>();
      for (ExportRow row : rows) {
        Optional<MatchingKey> key = matcher.keyOf(row.details());
        CommandId command = CommandId.of(UUID.nameUUIDFromBytes(("partner-export/" + row.rowId()).getBytes(StandardCharsets.UTF_8)));
        Function<BeneficiaryId, PathwayCommand> toCommand = person -> row.welcomedAt().isPresent()
            ? Welcome.builder().commandId(command).beneficiaryId(person).siteId(row.welcomedAt().get()).occurredOn(row.on()).build()
            : capture(person, command, row.details(), row.on());
        records.add(new CaseImport.CaseRecord(CaseId.of(row.caseNumber()), key, toCommand));
      }
      ImportReport report = CaseImport.of(engine, store.personalData()).run(tenant, records, mode);
      for (ImportReport.Outcome outcome : report.outcomes()) {
        ExportRow row = rows.get(outcome.index());
        if (outcome.status() == ImportReport.Status.RECORDED && row.welcomedAt().isEmpty()) {
          insertCase(connection, row.caseNumber(), row.on(), "import");
        }
      }
      return report;
    });
  }

  private Capture capture(BeneficiaryId person, CommandId command, PersonalDetails details, LocalDate on) {
    Capture.Builder capture = Capture.builder().commandId(command).beneficiaryId(person).programmeId(programme)
        .profile(Profile.undeclared())
        .contact(Contact.builder().on(on).channel(CaptureChannel.PARTNER_REFERRAL).staffRole(StaffRole.RECEPTION_OFFICER)
            .consentToRecontact(true).build())
        .personalDetails(details);
    matcher.keyOf(details).ifPresent(capture::matchingKey);
    return capture.build();
  }

  private static void insertCase(Connection connection, String caseNumber, LocalDate on, String counsellor)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + SCHEMA + ".partner_cases (case_number, opened_on, counsellor) VALUES (?, ?, ?)")) {
      insert.setString(1, caseNumber);
      insert.setObject(2, on);
      insert.setString(3, counsellor);
      insert.executeUpdate();
    }
  }

  /** Whether the partner's case table holds {@code caseNumber}. */
  public boolean hasCase(String caseNumber) throws SQLException {
    try (Connection connection = pool.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT 1 FROM " + SCHEMA + ".partner_cases WHERE case_number = ?")) {
      select.setString(1, caseNumber);
      try (var rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one transaction of the partner's: committed if it returns, rolled back if it throws. */
  private <T> T inOneTransaction(Work<T> work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }
}
