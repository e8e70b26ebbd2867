package eu.projectresolution.mobilisation.examples.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.contract.StoreSnapshot;
import eu.projectresolution.mobilisation.engine.CaseImport;
import eu.projectresolution.mobilisation.engine.FeedSubscription;
import eu.projectresolution.mobilisation.engine.ImportMode;
import eu.projectresolution.mobilisation.engine.ImportReport;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.partner.PartnerApp.ExportRow;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worked partner application: its case and the engine's command in one transaction, its own export
 * imported by its case numbers, and its case list kept from the change feed, on H2.
 */
class PartnerAppTest {
  private static final TenantId TENANT = TenantId.of("defi");
  private static final LocalDate D = LocalDate.of(2018, 3, 15);
  private static final IdentityMatcher MATCHER =
      IdentityMatcher.withSecret("partner-app-secret-0123456789".getBytes(StandardCharsets.UTF_8));

  private JdbcConnectionPool pool;
  private PartnerApp app;

  @BeforeEach
  void start() throws SQLException {
    pool = JdbcConnectionPool.create("jdbc:h2:mem:partner-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    app = PartnerApp.start(pool, TENANT, SipaProgramme.ID, MATCHER, SipaProgramme.CLOCK);
    assertThat(app.engine().registerProgramme(TENANT, SipaProgramme.declaration(1)).accepted()).isTrue();
  }

  @AfterEach
  void stop() {
    pool.dispose();
  }

  private static PersonalDetails person(String given, String phone) {
    return PersonalDetails.builder().givenName(given).familyName("Benali").phone(phone).build();
  }

  @Test
  void opensACaseAndCapturesThePersonInOneTransaction() throws SQLException {
    assertThat(app.openCase("C-2018-001", person("Amina", "0612345678"), D, "c.martin").accepted()).isTrue();

    BeneficiaryId amina = app.storage().personalData().findByCaseId(TENANT, CaseId.of("C-2018-001")).orElseThrow();
    assertThat(app.hasCase("C-2018-001")).isTrue();
    assertThat(app.engine().pathway(TENANT, amina)).isPresent();
  }

  @Test
  void aFailureAfterTheEnginesCommandAndBeforeTheCommitLeavesNeitherWritten() throws SQLException {
    String before = StoreSnapshot.of(app.storage(), TENANT);

    assertThatThrownBy(() -> app.openCase("C-2018-002", person("Karim", "0698765432"), D, "c.martin", () -> {
      throw new IllegalStateException("the partner's screen crashed");
    })).hasMessage("the partner's screen crashed");

    assertThat(app.hasCase("C-2018-002")).isFalse();
    assertThat(app.storage().personalData().findByCaseId(TENANT, CaseId.of("C-2018-002"))).isEmpty();
    assertThat(StoreSnapshot.of(app.storage(), TENANT)).isEqualTo(before);
    assertThat(app.storage().changeFeed().eventsAfter(TENANT, 0, 10)).isEmpty();
  }

  @Test
  void importsItsExportByCaseNumberRecognisesPeopleMetBeforeAndWritesNothingWhenSentAgain() throws SQLException {
    app.openCase("C-2018-001", person("Amina", "0612345678"), D, "c.martin");
    BeneficiaryId amina = app.storage().personalData().findByCaseId(TENANT, CaseId.of("C-2018-001")).orElseThrow();
    List<ExportRow> export = List.of(
        new ExportRow(1, "C-2018-003", D.plusDays(1), person("Sofia", "0611111111"), Optional.empty()),
        new ExportRow(2, "C-2018-003", D.plusDays(3), person("Sofia", "0611111111"), Optional.of(SipaProgramme.SITE_MONTBELIARD)),
        // Amina, under a second case number of the partner's: her keyed hash says who she is.
        new ExportRow(3, "C-2018-004", D.plusDays(4), person(" AMINA", "06 12 34 56 78"), Optional.of(SipaProgramme.SITE_MONTBELIARD)));

    ImportReport report = app.importExport(export, ImportMode.ALL_OR_NOTHING);

    assertThat(report.outcomes()).extracting(ImportReport.Outcome::status).containsOnly(ImportReport.Status.RECORDED);
    assertThat(report.outcomes().get(2).beneficiaryId()).isEqualTo(amina);
    assertThat(app.storage().personalData().caseIdsOf(TENANT, amina))
        .containsExactly(CaseId.of("C-2018-001"), CaseId.of("C-2018-004"));
    assertThat(app.hasCase("C-2018-003")).isTrue();

    String before = StoreSnapshot.of(app.storage(), TENANT);
    ImportReport again = app.importExport(export, ImportMode.EACH_ON_ITS_OWN);
    assertThat(again.outcomes()).extracting(ImportReport.Outcome::status).containsOnly(ImportReport.Status.ALREADY_RECORDED);
    assertThat(StoreSnapshot.of(app.storage(), TENANT)).isEqualTo(before);
  }

  @Test
  void keepsItsCaseListFromTheChangeFeedAndResumesAfterAStopMidBatch() throws SQLException {
    app.openCase("C-2018-001", person("Amina", "0612345678"), D, "c.martin");
    app.openCase("C-2018-002", person("Karim", "0698765432"), D, "c.martin");
    app.importExport(List.of(
        new ExportRow(1, "C-2018-001", D.plusDays(2), person("Amina", "0612345678"), Optional.of(SipaProgramme.SITE_AUDINCOURT)),
        new ExportRow(2, "C-2018-003", D.plusDays(1), person("Sofia", "0611111111"), Optional.empty())),
        ImportMode.EACH_ON_ITS_OWN);
    CaseList caseList = app.caseList();

    FeedSubscription stopped = caseList.subscription(2, events -> {
      if (events.get(0).position() == 3) {
        throw new IllegalStateException("stopped after updating the list, before the checkpoint");
      }
    });
    assertThatThrownBy(stopped::catchUp).hasMessageContaining("stopped");
    assertThat(stopped.checkpoint()).isEqualTo(2);

    assertThat(caseList.refresh()).as("the batch that stopped comes again").isEqualTo(2);
    assertThat(caseList.lines()).extracting(CaseList.Line::caseNumbers, CaseList.Line::stage, CaseList.Line::lastEventOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C-2018-001", "welcomed", D.plusDays(2)),
            org.assertj.core.groups.Tuple.tuple("C-2018-002", "captured", D),
            org.assertj.core.groups.Tuple.tuple("C-2018-003", "captured", D.plusDays(1)));
    assertThat(caseList.refresh()).isZero();
  }

  /** The README's "How to embed" example, run. */
  @Test
  void theReadmeExample() throws SQLException {
    DataSource dataSource = pool;
    TenantId tenant = TENANT;
    PersonalDetails details = person("Amina", "0612345678");
    List<CaseImport.CaseRecord> records = List.of(new CaseImport.CaseRecord(CaseId.of("C-2018-001"),
        MATCHER.keyOf(details), person -> eu.projectresolution.mobilisation.engine.Capture.builder()
            .beneficiaryId(person).programmeId(SipaProgramme.ID)
            .profile(eu.projectresolution.mobilisation.beneficiary.Profile.builder().birthYear(1998).build())
            .contact(eu.projectresolution.mobilisation.capture.Contact.builder().on(D)
                .channel(eu.projectresolution.mobilisation.capture.CaptureChannel.PARTNER_REFERRAL)
                .staffRole(eu.projectresolution.mobilisation.programme.StaffRole.RECEPTION_OFFICER).build())
            .personalDetails(details).build()));
    List<String> screen = new java.util.ArrayList<>();
    String schema = PartnerApp.SCHEMA;
    LocalDate openedOn = D;

    // README:begin partner-embedding
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);                        // the partner's own transaction
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO " + schema + ".partner_cases (case_number, opened_on, counsellor) VALUES (?, ?, ?)")) {
        insert.setString(1, "C-2018-001");
        insert.setObject(2, openedOn);
        insert.setString(3, "c.martin");
        insert.executeUpdate();                               // its case row...
      }
      JdbcStorage store = JdbcStorage.inHostTransaction(connection, schema);
      MobilisationEngine engine = MobilisationEngine.builder().storage(store).build();
      ImportReport report = CaseImport.of(engine, store.personalData())   // ...and its records, by its case ids
          .run(tenant, records, ImportMode.ALL_OR_NOTHING);
      connection.commit();                                    // both, or neither
    }
    JdbcStorage storage = JdbcStorage.create(dataSource, schema);
    FeedSubscription.of(storage.changeFeed(), tenant, "case-screens", storage.feedCheckpoints(),
        events -> events.forEach(e -> screen.add(e.position() + " " + e.event().header().stage())))
        .catchUp();                                           // from its scheduler: the events since last time
    // README:end partner-embedding

    assertThat(app.hasCase("C-2018-001")).isTrue();
    assertThat(screen).containsExactly("1 captured");
  }
}
