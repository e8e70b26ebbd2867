package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.MobilisationException;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store remembers the tallies it stored once their transaction commits, and only then: a later
 * append with the same tallies does not look them up again, while one after a rolled-back insert of
 * them does, and stores them. Seen in the statements the store runs, on a schema of the test's own, so
 * that every tally starts unknown.
 */
abstract class FactTalliesContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final Predicate<String> LOOKUP = sql -> sql.startsWith("SELECT") && sql.contains(".fact_tallies ");
  private static final Predicate<String> INSERT = sql -> sql.startsWith("INSERT INTO") && sql.contains(".fact_tallies ");

  private FailingDataSource watched;
  private MobilisationEngine engine;
  private TenantId tenant;

  protected abstract TestSchema schema();

  @BeforeEach
  void setUpEngine() {
    watched = new FailingDataSource(schema().dataSource());
    engine = MobilisationEngine.builder().storage(JdbcStorage.create(watched, schema().name())).clock(Fixtures.CLOCK).build();
    tenant = Fixtures.newTenant();
    assertThat(engine.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
  }

  /** A capture through {@code channel}: its tallies (which count the channel) are those of no other test. */
  private static Capture capture(CaptureChannel channel) {
    Capture capture = Fixtures.capture(BeneficiaryId.random(), D);
    return Capture.builder().from(capture).contact(Contact.builder().from(capture.contact()).channel(channel).build()).build();
  }

  /** The statements a capture through {@code channel} ran. */
  private List<String> captured(CaptureChannel channel) {
    int before = watched.executed().size();
    assertThat(engine.capture(tenant, capture(channel)).accepted()).isTrue();
    List<String> all = watched.executed();
    return all.subList(before, all.size());
  }

  @Test
  void talliesStoredByACommittedAppendAreNotLookedUpAgain() {
    assertThat(captured(CaptureChannel.MEDIATOR_REFERRAL)).as("the first person with these tallies")
        .anyMatch(LOOKUP).anyMatch(INSERT);

    assertThat(captured(CaptureChannel.MEDIATOR_REFERRAL)).as("the second, whose tallies the store now knows")
        .noneMatch(LOOKUP).noneMatch(INSERT);
  }

  @Test
  void talliesInsertedByARolledBackAppendAreLookedUpAndStoredAgain() {
    watched.failStatements(sql -> sql.startsWith("INSERT INTO") && sql.contains(".fact_cells "));
    assertThatThrownBy(() -> engine.capture(tenant, capture(CaptureChannel.POSTER_OR_FLYER)))
        .isInstanceOf(MobilisationException.class);
    assertThat(watched.executed()).as("the failed capture inserted its tallies").anyMatch(INSERT);
    watched.failStatements(sql -> false);

    assertThat(captured(CaptureChannel.POSTER_OR_FLYER)).as("after the rollback").anyMatch(LOOKUP).anyMatch(INSERT);
    assertThat(captured(CaptureChannel.POSTER_OR_FLYER)).noneMatch(LOOKUP).noneMatch(INSERT);
  }
}
