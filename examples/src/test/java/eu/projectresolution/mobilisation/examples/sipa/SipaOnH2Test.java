package eu.projectresolution.mobilisation.examples.sipa;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/** The scenarios leave the same records on H2 as in memory: the counts come from the store, whichever it is. */
class SipaOnH2Test {
  private static MobilisationStorage h2() {
    // A pool, as a host would use: H2 opens a session for every new connection.
    JdbcConnectionPool dataSource =
        JdbcConnectionPool.create("jdbc:h2:mem:sipa-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    JdbcStorage.migrate(dataSource, "sipa");
    return JdbcStorage.create(dataSource, "sipa");
  }

  private static MobilisationEngine engine(MobilisationStorage storage) {
    return MobilisationEngine.builder().storage(storage).clock(SipaProgramme.CLOCK).build();
  }

  @Test
  void theSipaReplayCountsTheSameOnH2AsInMemory() {
    TenantId tenant = SipaMontbeliard.TENANT;
    MobilisationStorage h2 = h2();
    MobilisationStorage memory = InMemoryStorage.create();
    MobilisationEngine onH2 = engine(h2);
    MobilisationEngine inMemory = engine(memory);

    SipaMontbeliard.replay(onH2, tenant, 21, 0.02, Progress::none);
    SipaMontbeliard.replay(inMemory, tenant, 21, 0.02, Progress::none);

    RecordTally tally = RecordTally.of(h2, tenant, SipaProgramme.ID);
    assertThat(tally).isEqualTo(RecordTally.of(memory, tenant, SipaProgramme.ID));
    assertThat(tally.welcomed()).isEqualTo(340);
    assertThat(tally.accompanied()).isEqualTo(11);
  }

  /** Replayed as {@code run} does it: people side by side, each engine deciding on the events it wrote. */
  @Test
  void theSipaReplayLeavesTheSameFiguresWhateverTheNumberOfThreads() {
    TenantId tenant = SipaMontbeliard.TENANT;
    MobilisationStorage forOne = h2();
    MobilisationStorage forTwo = h2();
    MobilisationEngine oneThread = replayingEngine(forOne);
    MobilisationEngine twoThreads = replayingEngine(forTwo);

    SipaMontbeliard.replay(oneThread, tenant, 1, 0.1, Progress::none, 1);
    SipaMontbeliard.replay(twoThreads, tenant, 1, 0.1, Progress::none, 2);

    assertThat(RecordTally.of(forTwo, tenant, SipaProgramme.ID)).isEqualTo(RecordTally.of(forOne, tenant, SipaProgramme.ID));
    IndicatorReport report = twoThreads.indicatorReport(tenant, ReportScope.of(SipaProgramme.ID)).orElseThrow();
    assertThat(report).isEqualTo(oneThread.indicatorReport(tenant, ReportScope.of(SipaProgramme.ID)).orElseThrow());
    assertThat(report.value("welcomed")).isEqualByComparingTo("1700");
  }

  private static MobilisationEngine replayingEngine(MobilisationStorage storage) {
    return MobilisationEngine.builder().storage(storage).clock(SipaProgramme.CLOCK).pathwayCache(10_000).build();
  }

  @Test
  void theRecrutCafeRegisterReadsBackFromH2() {
    MobilisationEngine onH2 = engine(h2());

    RecrutCafe.Story story = RecrutCafe.replay(onH2, RecrutCafe.TENANT, 1, Progress::none);

    assertThat(onH2.attendanceRegister(RecrutCafe.TENANT, story.event()).orElseThrow().entries()).hasSize(14);
    assertThat(onH2.personalDetails(RecrutCafe.TENANT, story.participants().get(0))).isPresent();
  }
}
