package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.PathwaysContract;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.Pathways;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A command on its own about a person whose summary the store committed or read last, at the version the
 * command expects, takes that summary instead of reading it, and its update checks that the row still
 * holds the text the store knows: a row rewritten elsewhere at the same version is read again, never
 * overwritten. Seen in the statements the store runs.
 */
abstract class RememberedSummariesContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final Predicate<String> SUMMARY_READ =
      sql -> sql.startsWith("SELECT") && sql.contains(".beneficiaries ");

  private FailingDataSource watched;
  private JdbcStorage storage;
  private TenantId tenant;

  protected abstract TestSchema schema();

  @BeforeEach
  void setUpStore() {
    watched = new FailingDataSource(schema().dataSource());
    storage = JdbcStorage.create(watched, schema().name());
    tenant = Fixtures.newTenant();
  }

  @Test
  void aCommandAfterOneOfTheSameStoreAboutTheSamePersonReadsNoSummary() {
    assertWelcomedWithoutReadingTheSummary(captured());
  }

  /**
   * Another process rewrites the person's summary at the same version (as keeping older answers apart
   * does) after this store wrote it; here its text changes and what it says does not, as a rewrite that
   * found nothing to take apart. The update's check refuses the summary remembered, and the append runs
   * again on the summary read.
   */
  @Test
  void aSummaryRewrittenElsewhereAtTheSameVersionIsReadAgainNotOverwritten() {
    BeneficiaryId id = captured();
    watched.before(sql -> sql.startsWith("INSERT INTO") && sql.contains(".pathway_events "),
        () -> schema().changeSummaryRow("UPDATE %s SET summary = summary || ' '", tenant, id));

    assertWelcomedOnTheSummaryReadAgain(id);
  }

  /**
   * The summary read with a person's events, before a command is decided on them, is the one the
   * command's append takes, even about a person another store (another process) wrote: the append reads
   * no summary, and its update checks that the row still holds the text read.
   */
  @Test
  void aSummaryReadWithThePersonsEventsIsTakenByTheNextCommandWhoeverWroteThemLast() {
    BeneficiaryId id = capturedElsewhere();
    assertThat(storage.storedPathway(tenant, id).events()).hasSize(1);

    assertWelcomedWithoutReadingTheSummary(id);
  }

  /** The person welcomed by an append that reads no summary and checks the row's text in its update. */
  private void assertWelcomedWithoutReadingTheSummary(BeneficiaryId id) {
    int before = watched.executed().size();

    storage.pathways().append(tenant, id, ExpectedVersion.exactly(1), List.of(welcomed(id, CommandId.random())));

    List<String> ran = since(before);
    assertThat(ran).noneMatch(SUMMARY_READ);
    assertThat(ran).anySatisfy(sql -> assertThat(sql).contains("UPDATE ").contains(" AND summary = ?"));
    assertThat(storage.beneficiaries().find(tenant, id).orElseThrow().stage()).isEqualTo(Stage.WELCOMED);
  }

  /**
   * The row changes between the read and the command's append (here rewritten at the same version): the
   * append does not overwrite it with what was read, and runs again on the summary stored.
   */
  @Test
  void aSummaryReadThenRewrittenElsewhereIsReadAgainNotOverwritten() {
    BeneficiaryId id = capturedElsewhere();
    storage.storedPathway(tenant, id);
    schema().changeSummaryRow("UPDATE %s SET summary = summary || ' '", tenant, id);

    assertWelcomedOnTheSummaryReadAgain(id);
  }

  /** The person welcomed once, by an append refused on the summary it knew and run again on the one read. */
  private void assertWelcomedOnTheSummaryReadAgain(BeneficiaryId id) {
    CommandId welcome = CommandId.random();
    int before = watched.executed().size();

    storage.pathways().append(tenant, id, ExpectedVersion.exactly(1), List.of(welcomed(id, welcome)));

    assertThat(since(before)).as("the run again, on the summary read").anyMatch(SUMMARY_READ);
    assertThat(storage.pathways().eventsOfCommand(tenant, welcome)).hasSize(1);
    assertThat(storage.pathways().events(tenant, id)).hasSize(2);
    assertThat(storage.beneficiaries().find(tenant, id).orElseThrow().version()).isEqualTo(2);
  }

  private BeneficiaryId capturedElsewhere() {
    BeneficiaryId id = BeneficiaryId.random();
    schema().storage().pathways().append(tenant, id, ExpectedVersion.noStream(),
        List.of(PathwaysContract.captured(id, CommandId.random(), Fixtures.doorToDoor(D))));
    return id;
  }

  private BeneficiaryId captured() {
    BeneficiaryId id = BeneficiaryId.random();
    Pathways pathways = storage.pathways();
    pathways.append(tenant, id, ExpectedVersion.noStream(),
        List.of(PathwaysContract.captured(id, CommandId.random(), Fixtures.doorToDoor(D))));
    return id;
  }

  private static PathwayEvent welcomed(BeneficiaryId id, CommandId command) {
    return PathwayEvents.Welcomed.of(
        PathwaysContract.header(id, 2, command, Stage.WELCOMED, D.plusDays(1)), Fixtures.SITE_MONTBELIARD, Optional.empty());
  }

  private List<String> since(int before) {
    List<String> all = watched.executed();
    return all.subList(before, all.size());
  }
}
