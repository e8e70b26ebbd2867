package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.CommitNotConfirmed;
import eu.projectresolution.mobilisation.MobilisationException;
import eu.projectresolution.mobilisation.StorageFailure;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.ProgrammeRecordsContract;
import eu.projectresolution.mobilisation.contract.StoreSnapshot;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures injected through the {@link javax.sql.DataSource} (no hook in the adapters): one that
 * strikes after the events are inserted but before the projection is written leaves nothing written,
 * not even the command id, so that the same command then goes through; one that strikes after the
 * commit loses nothing, and a retry with the same command id is recognised.
 */
abstract class AtomicityContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  private FailingDataSource failing;
  private MobilisationEngine healthy;
  private MobilisationEngine ailing;
  private TenantId tenant;

  protected abstract TestSchema schema();

  @BeforeEach
  void setUpEngines() {
    failing = new FailingDataSource(schema().dataSource());
    healthy = MobilisationEngine.builder().storage(schema().storage()).clock(Fixtures.CLOCK).build();
    ailing =
        MobilisationEngine.builder().storage(JdbcStorage.create(failing, schema().name())).clock(Fixtures.CLOCK).build();
    tenant = Fixtures.newTenant();
    assertThat(healthy.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
  }

  /** A statement (on PostgreSQL, one of a request's: it then fails the whole request) writing to {@code table}. */
  /** The statement {@code verb} on {@code table}, sent as is or with its update count checked by the server. */
  private static Predicate<String> writing(String verb, String table) {
    return sql -> (sql.startsWith(verb) || sql.startsWith("WITH changed AS (" + verb)) && sql.contains("." + table + " ");
  }

  private String snapshot() {
    return StoreSnapshot.of(schema().storage(), tenant);
  }

  @Test
  void aCaptureFailingBetweenItsEventAndItsProjectionLeavesNothingWritten() {
    BeneficiaryId id = BeneficiaryId.random();
    Capture capture =
        Capture.builder().from(Fixtures.capture(id, D)).personalDetails(PersonalDetails.builder().givenName("Amina").build())
            .build();
    String before = snapshot();
    failing.failStatements(writing("INSERT INTO", "beneficiaries"));

    assertThatThrownBy(() -> ailing.capture(tenant, capture))
        .isInstanceOf(StorageFailure.class)
        .hasRootCauseInstanceOf(SQLException.class)
        .hasMessageContaining(id.toString());

    assertThat(failing.executed()).anySatisfy(sql -> assertThat(sql).startsWith("INSERT INTO").contains(".pathway_events "));
    assertThat(snapshot()).isEqualTo(before);
    assertThat(schema().storage().pathways().events(tenant, id)).isEmpty();
    assertThat(schema().storage().pathways().eventsOfCommand(tenant, capture.commandId())).isEmpty();
    assertThat(schema().storage().personalData().find(tenant, id)).isEmpty();
    CommandResult again = healthy.capture(tenant, capture);
    assertThat(again.accepted()).isTrue();
    assertThat(again.replayed()).as("the command id was not kept").isFalse();
  }

  /** No events without their facts: a capture whose facts cannot be written is not recorded at all. */
  @Test
  void aCaptureFailingToStoreItsFactsLeavesNothingWritten() {
    BeneficiaryId id = BeneficiaryId.random();
    Capture capture = Fixtures.capture(id, D);
    String before = snapshot();
    failing.failStatements(writing("INSERT INTO", "fact_cells"));

    assertThatThrownBy(() -> ailing.capture(tenant, capture)).isInstanceOf(MobilisationException.class);

    assertThat(failing.executed()).anySatisfy(sql -> assertThat(sql).startsWith("INSERT INTO").contains(".pathway_events "));
    assertThat(snapshot()).isEqualTo(before);
    assertThat(schema().storage().pathways().events(tenant, id)).isEmpty();
    assertThat(healthy.capture(tenant, capture).replayed()).as("the command id was not kept").isFalse();
  }

  /**
   * No facts without their events: a command failing after the person's earlier facts were deleted
   * keeps them, and its own are never seen.
   */
  @Test
  void aCommandFailingWhileReplacingThePersonsFactsLeavesTheEarlierOnes() {
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(healthy.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
    Welcome welcome = Welcome.builder().commandId(CommandId.random()).beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD)
        .occurredOn(D.plusDays(1)).build();
    String before = snapshot();
    failing.failStatements(writing("INSERT INTO", "fact_cells"));

    assertThatThrownBy(() -> ailing.welcome(tenant, welcome)).isInstanceOf(MobilisationException.class);

    assertThat(failing.executed()).anySatisfy(sql -> assertThat(sql).startsWith("DELETE FROM").contains(".fact_cells "));
    assertThat(snapshot()).isEqualTo(before);
    assertThat(healthy.welcome(tenant, welcome).accepted()).isTrue();
    assertThat(snapshot()).isNotEqualTo(before);
  }

  @Test
  void aCaptureFailingToStoreThePersonsDetailsLeavesNothingWritten() {
    BeneficiaryId id = BeneficiaryId.random();
    PersonalDetails amina = PersonalDetails.builder().givenName("Amina").email("amina@example.org").build();
    Capture capture = Capture.builder().from(Fixtures.capture(id, D)).personalDetails(amina).build();
    String before = snapshot();
    failing.failStatements(writing("INSERT INTO", "personal_data"));

    assertThatThrownBy(() -> ailing.capture(tenant, capture)).isInstanceOf(MobilisationException.class);

    assertThat(failing.executed()).anySatisfy(sql -> assertThat(sql).startsWith("INSERT INTO").contains(".pathway_events "));
    assertThat(snapshot()).isEqualTo(before);
    assertThat(schema().storage().pathways().events(tenant, id)).as("no pathway without its details").isEmpty();
    assertThat(schema().storage().personalData().find(tenant, id)).isEmpty();
    CommandResult again = healthy.capture(tenant, capture);
    assertThat(again.accepted()).isTrue();
    assertThat(again.replayed()).as("the command id was not kept").isFalse();
    assertThat(schema().storage().personalData().find(tenant, id)).contains(amina);
  }

  @Test
  void aCommandFailingBetweenItsEventsAndTheProjectionUpdateLeavesNothingWritten() {
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(healthy.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
    Welcome welcome = Welcome.builder().commandId(CommandId.random()).beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build();
    String before = snapshot();
    failing.failStatements(writing("UPDATE", "beneficiaries"));

    assertThatThrownBy(() -> ailing.welcome(tenant, welcome)).isInstanceOf(MobilisationException.class);

    assertThat(failing.executed()).anySatisfy(sql -> assertThat(sql).startsWith("INSERT INTO").contains(".pathway_events "));
    assertThat(snapshot()).isEqualTo(before);
    assertThat(schema().storage().beneficiaries().find(tenant, id).orElseThrow().stage()).isEqualTo(Stage.CAPTURED);
    CommandResult again = healthy.welcome(tenant, welcome);
    assertThat(again.accepted()).isTrue();
    assertThat(again.replayed()).isFalse();
    assertThat(schema().storage().pathways().events(tenant, id)).hasSize(2);
  }

  @Test
  void aContactFailingToEnterTheAttendanceRegisterLeavesNothingWritten() {
    OutreachEvent cafe = ProgrammeRecordsContract.recrutCafe(D);
    assertThat(healthy.recordOutreachEvent(tenant, cafe).accepted()).isTrue();
    BeneficiaryId id = BeneficiaryId.random();
    Contact atCafe =
        Contact.builder().on(D).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(cafe.id())
            .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build();
    Capture capture = Capture.builder().from(Fixtures.capture(id, D)).contact(atCafe).build();
    String before = snapshot();
    failing.failStatements(writing("INSERT INTO", "attendance_entries"));

    assertThatThrownBy(() -> ailing.capture(tenant, capture)).isInstanceOf(MobilisationException.class);

    assertThat(snapshot()).isEqualTo(before);
    assertThat(schema().storage().beneficiaries().attendance(tenant, cafe.id())).isEmpty();
    assertThat(healthy.capture(tenant, capture).replayed()).isFalse();
    assertThat(schema().storage().beneficiaries().attendance(tenant, cafe.id())).hasSize(1);
  }

  @Test
  void aConnectionLostAfterTheCommitLosesNothingAndTheRetryIsRecognised() {
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(healthy.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
    Welcome welcome = Welcome.builder().commandId(CommandId.random()).beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build();
    failing.failAfterCommit();

    assertThatThrownBy(() -> ailing.welcome(tenant, welcome))
        .isInstanceOf(CommitNotConfirmed.class)
        .hasMessageContaining("may or may not have been recorded")
        .hasMessageContaining("same command id");

    assertThat(schema().storage().pathways().eventsOfCommand(tenant, welcome.commandId())).hasSize(1);
    String after = snapshot();
    CommandResult retried = healthy.welcome(tenant, welcome);
    assertThat(retried.accepted()).isTrue();
    assertThat(retried.replayed()).isTrue();
    assertThat(snapshot()).isEqualTo(after);
    assertThat(schema().storage().pathways().events(tenant, id)).extracting(e -> e.header().commandId())
        .containsOnlyOnce(welcome.commandId());
  }

  @Test
  void aConnectionFailingToCloseAfterTheCommitLosesNothingAndIsNotReportedAsAFailure() {
    BeneficiaryId id = BeneficiaryId.random();
    failing.failOnClose();

    CommandResult captured = ailing.capture(tenant, Fixtures.capture(id, D));

    assertThat(captured.accepted()).isTrue();
    assertThat(schema().storage().pathways().events(tenant, id)).isEqualTo(captured.events());
    assertThat(schema().storage().beneficiaries().find(tenant, id)).isPresent();
  }

  @Test
  void aFailingReadSaysWhatCouldNotBeReadWithoutASqlException() {
    failing.failStatements(sql -> sql.startsWith("SELECT"));

    assertThatThrownBy(() -> ailing.pathway(tenant, BeneficiaryId.random()))
        .isInstanceOf(StorageFailure.class)
        .hasMessageContaining("read the pathway of beneficiary")
        .hasMessageContaining("08006");
    assertThatThrownBy(() -> JdbcStorage.create(failing, schema().name()).programmes().list(tenant))
        .isInstanceOf(MobilisationException.class)
        .hasMessageContaining("list the programmes of tenant " + tenant);
  }
}
