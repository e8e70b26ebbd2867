package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.StoreNotReady;
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
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 in a file, as a toolkit author runs it without a server: what was acknowledged survives a restart,
 * and a database that would write it to disk only later is refused. (That nothing acknowledged is lost
 * when the process is killed is {@link AcknowledgedCommandsSurviveAKillTest}.)
 */
class H2FileDurabilityTest {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  @TempDir Path directory;

  private HikariDataSource open() {
    return open(";WRITE_DELAY=0");
  }

  private HikariDataSource open(String settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("mobilisation") + settings);
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  @Test
  void everythingAcknowledgedIsThereAfterClosingAndReopeningTheDatabase() {
    TenantId tenant = Fixtures.newTenant();
    List<BeneficiaryId> people = new ArrayList<>();
    String before;
    try (HikariDataSource dataSource = open()) {
      JdbcStorage.migrate(dataSource, "mobilisation");
      JdbcStorage storage = JdbcStorage.create(dataSource, "mobilisation");
      MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
      assertThat(engine.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
      OutreachEvent cafe = ProgrammeRecordsContract.recrutCafe(D);
      assertThat(engine.recordOutreachEvent(tenant, cafe).accepted()).isTrue();
      assertThat(engine.recordCollaborativeAction(tenant, CollaborativeAction.builder().id(CollaborativeActionId.random())
          .programmeId(Fixtures.SIPA).title("Reverse job fair").date(D).build()).accepted()).isTrue();
      assertThat(engine.recordSiteEvent(tenant, SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA)
          .siteId(Fixtures.SITE_AUDINCOURT).title("Apprenticeships").date(D).build()).accepted()).isTrue();
      for (int i = 0; i < 5; i++) {
        BeneficiaryId id = BeneficiaryId.random();
        Contact atCafe = Contact.builder().on(D).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(cafe.id())
            .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).consentToRecontact(i % 2 == 0).build();
        assertThat(engine.capture(tenant, Capture.builder().from(Fixtures.capture(id, D)).contact(atCafe)
            .personalDetails(PersonalDetails.builder().givenName("Person " + i).notes(HostileStringsContract.tenKilobytes()).build())
            .build()).accepted()).isTrue();
        if (i % 2 == 1) {
          assertThat(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build()).accepted()).isTrue();
        }
        people.add(id);
      }
      before = StoreSnapshot.of(storage, tenant);
    }

    try (HikariDataSource dataSource = open()) {
      JdbcStorage.migrate(dataSource, "mobilisation"); // up to date: changes nothing
      JdbcStorage storage = JdbcStorage.create(dataSource, "mobilisation");

      assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);
      assertThat(storage.personalData().find(tenant, people.get(0)).orElseThrow().notes())
          .contains(HostileStringsContract.tenKilobytes());
      MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
      CommandResult oriented = engine.orient(tenant, Orient.builder().beneficiaryId(people.get(1)).occurredOn(D)
          .orientation(Orientation.ADAPTED_ACCOMPANIMENT).expectedVersion(ExpectedVersion.exactly(2)).build());
      assertThat(oriented.accepted()).isTrue();
      assertThat(engine.countByStage(tenant, Fixtures.SIPA)).containsEntry(Stage.CAPTURED, 3L).containsEntry(Stage.ORIENTED, 1L);
    }
  }

  @Test
  void refusesAnH2FileThatWritesItsCommitsInTheBackground() {
    try (HikariDataSource dataSource = open("")) {
      assertThatThrownBy(() -> JdbcStorage.migrate(dataSource, "mobilisation"))
          .isInstanceOf(StoreNotReady.class)
          .hasMessageContaining("writes its commits to disk in the background (WRITE_DELAY 500 ms)")
          .hasMessageContaining("Add ;WRITE_DELAY=0 to its URL");
      JdbcStorage storage = JdbcStorage.create(dataSource, "mobilisation"); // a host migrating with its own tool
      assertThatThrownBy(() -> storage.programmes().list(Fixtures.newTenant()))
          .isInstanceOf(StoreNotReady.class)
          .hasMessageContaining("Add ;WRITE_DELAY=0 to its URL");
    }
  }

  /** H2 keeps a setting changed once, but opening the file again without it puts back the default. */
  @Test
  void refusesTheFileReopenedWithoutTheSettingItWasOnceOpenedWith() {
    try (HikariDataSource dataSource = open()) {
      JdbcStorage.migrate(dataSource, "mobilisation");
    }
    try (HikariDataSource dataSource = open("")) {
      assertThatThrownBy(() -> JdbcStorage.create(dataSource, "mobilisation").programmes().list(Fixtures.newTenant()))
          .hasMessageContaining("Add ;WRITE_DELAY=0 to its URL");
    }
  }

  @Test
  void acceptsH2InMemoryWhoseRecordsGoWithTheProcessAnyway() throws SQLException {
    DataSource inMemory = TestDatabases.h2().dataSource();
    String schema = TestSchema.newName();
    try {
      JdbcStorage.migrate(inMemory, schema);
      assertThat(JdbcStorage.create(inMemory, schema).programmes().list(Fixtures.newTenant())).isEmpty();
    } finally {
      TestSchema.drop(inMemory, schema);
    }
  }
}
