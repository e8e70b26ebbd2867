package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.StreamReports;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.RuleSets;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Eight counsellors' sessions sending commands at once on four shared pathways: nothing accepted is
 * lost or written twice, versions have no gap and no duplicate, and the only refusal a writer meets is
 * a {@link VersionConflict}, which succeeds when retried with the same command id.
 */
abstract class ConcurrentCommandsContract {
  private static final int THREADS = 8;
  private static final int PEOPLE = 4;
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  private MobilisationStorage storage;
  private MobilisationEngine engine;
  private TenantId tenant;
  private List<BeneficiaryId> people;
  private final Map<CommandId, BeneficiaryId> accepted = new ConcurrentHashMap<>();
  private final AtomicInteger conflicts = new AtomicInteger();

  protected abstract MobilisationStorage storage();

  /** The engine's options under test, on top of the store and the clock: none by default. */
  protected MobilisationEngine.Builder options(MobilisationEngine.Builder builder) {
    return builder;
  }

  @BeforeEach
  void setUpPeople() {
    storage = storage();
    engine = options(MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK)).build();
    tenant = Fixtures.newTenant();
    engine.registerProgramme(tenant, Fixtures.sipa());
    people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      BeneficiaryId id = BeneficiaryId.random();
      assertThat(engine.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
      people.add(id);
    }
  }

  /**
   * In lock step, two sessions per pathway read the same version and write at once. With different
   * commands exactly one of the two gets a conflict and its retry succeeds; with the same command
   * (a double click on two screens) it is recorded once and the other session gets the original result.
   */
  @Test
  void twoSessionsWritingOnePathwayAtOnceNeverLoseOrDuplicateACommand() throws Exception {
    int rounds = 16;
    CyclicBarrier barrier = new CyclicBarrier(THREADS);
    Map<Integer, CommandId> shared = new ConcurrentHashMap<>();
    AtomicInteger replays = new AtomicInteger();
    runOnThreads(
        thread -> {
          BeneficiaryId who = people.get(thread % PEOPLE);
          for (int round = 0; round < rounds; round++) {
            boolean sameCommand = round % 2 == 1;
            CommandId command =
                sameCommand ? shared.computeIfAbsent(round * PEOPLE + thread % PEOPLE, k -> CommandId.random())
                    : CommandId.random();
            long seen = version(who);
            barrier.await(1, TimeUnit.MINUTES);
            CommandResult result = sendUntilAccepted(command, who, seen, 3);
            if (result.replayed()) {
              replays.incrementAndGet();
            } else {
              accepted.put(command, who);
            }
            barrier.await(1, TimeUnit.MINUTES);
          }
        });

    int pairRounds = rounds / 2 * PEOPLE;
    assertThat(conflicts.get()).as("one conflict per pair in each round with different commands").isGreaterThanOrEqualTo(pairRounds);
    assertThat(replays.get()).as("one replay per pair in each round with the same command").isEqualTo(pairRounds);
    assertThat(accepted).hasSize(rounds * PEOPLE + pairRounds);
    assertEveryAcceptedCommandRecordedOnce();
  }

  /** No lock step: each session picks pathways at random and retries on conflict. */
  @Test
  void manySessionsWritingAtRandomNeverLoseOrDuplicateACommand() throws Exception {
    int commandsPerThread = 12;
    runOnThreads(
        thread -> {
          Random random = new Random(thread);
          for (int i = 0; i < commandsPerThread; i++) {
            BeneficiaryId who = people.get(random.nextInt(PEOPLE));
            CommandId command = CommandId.random();
            CommandResult result = sendUntilAccepted(command, who, version(who), 200);
            assertThat(result.replayed()).isFalse();
            accepted.put(command, who);
          }
        });

    assertThat(accepted).hasSize(THREADS * commandsPerThread);
    assertEveryAcceptedCommandRecordedOnce();
  }

  /**
   * Rebuilds of the facts (two engines under different rule sets, taking turns) while sessions write:
   * a rebuild never keeps facts of a version the person's stream has moved on from.
   */
  @Test
  void rebuildsOfTheFactsWhileSessionsWriteLeaveEveryPersonsFactsTrueToTheirEvents() throws Exception {
    int writers = THREADS - 2;
    int commandsPerThread = 12;
    List<MobilisationEngine> rebuilders = List.of(
        options(MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK)
            .outcomeRules(OutcomeRules.of(RuleSets.sipa(), RuleSets.esfPlus()))).build(),
        engine);
    runOnThreads(
        thread -> {
          if (thread >= writers) {
            for (int i = 0; i < 8; i++) {
              rebuilders.get((thread + i) % 2).rebuildFacts(tenant, Fixtures.SIPA, done -> {});
            }
            return;
          }
          Random random = new Random(thread);
          for (int i = 0; i < commandsPerThread; i++) {
            BeneficiaryId who = people.get(random.nextInt(PEOPLE));
            CommandId command = CommandId.random();
            assertThat(sendUntilAccepted(command, who, version(who), 200).replayed()).isFalse();
            accepted.put(command, who);
          }
        });
    // The facts the other rule sets left are computed again; stale ones under these would stay, and
    // the report would differ from the one computed from the streams.
    engine.rebuildFacts(tenant, Fixtures.SIPA, done -> {});

    assertThat(accepted).hasSize(writers * commandsPerThread);
    assertEveryAcceptedCommandRecordedOnce();
  }

  @FunctionalInterface
  interface Session {
    void run(int thread) throws Exception;
  }

  private void runOnThreads(Session session) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CompletionService<Void> sessions = new ExecutorCompletionService<>(pool);
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        sessions.submit(() -> {
          session.run(thread);
          return null;
        });
      }
      for (int t = 0; t < THREADS; t++) {
        // The first session to fail fails the test at once (and shutdownNow frees the others).
        Future<Void> done = sessions.poll(2, TimeUnit.MINUTES);
        assertThat(done).as("a session still running after two minutes").isNotNull();
        done.get();
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }

  private long version(BeneficiaryId who) {
    return storage.beneficiaries().find(tenant, who).orElseThrow().version();
  }

  /** Sends the command, and on a version conflict reads the pathway again and resends it, same id. */
  private CommandResult sendUntilAccepted(CommandId command, BeneficiaryId who, long seen, int maxAttempts) {
    long expected = seen;
    for (int attempt = 1; ; attempt++) {
      try {
        CommandResult result =
            engine.recordSatisfaction(
                tenant,
                RecordSatisfaction.builder().commandId(command).beneficiaryId(who).occurredOn(D)
                    .response(SatisfactionResponse.of(true, 4)).expectedVersion(ExpectedVersion.exactly(expected)).build());
        assertThat(result.refusal()).isEmpty();
        return result;
      } catch (VersionConflict conflict) {
        conflicts.incrementAndGet();
        assertThat(conflict.actualVersion()).isGreaterThan(conflict.expectedVersion());
        assertThat(attempt).as("attempts for command " + command).isLessThan(maxAttempts);
        expected = version(who);
      }
    }
  }

  private void assertEveryAcceptedCommandRecordedOnce() {
    long total = 0;
    for (BeneficiaryId who : people) {
      List<PathwayEvent> events = storage.pathways().events(tenant, who);
      total += events.size();
      assertThat(events).extracting(e -> e.header().version())
          .as("versions of " + who)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
      List<CommandId> commands = events.stream().skip(1).map(e -> e.header().commandId()).toList();
      assertThat(commands).doesNotHaveDuplicates();
      List<CommandId> expected =
          accepted.entrySet().stream().filter(e -> e.getValue().equals(who)).map(Map.Entry::getKey).toList();
      assertThat(commands).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(storage.beneficiaries().find(tenant, who).orElseThrow().version()).isEqualTo(events.size());
    }
    assertThat(total).isEqualTo(PEOPLE + accepted.size());
    accepted.forEach(
        (command, who) -> assertThat(storage.pathways().eventsOfCommand(tenant, command))
            .singleElement()
            .satisfies(e -> assertThat(e.header().beneficiaryId()).isEqualTo(who)));
    assertThat(IntStream.range(0, PEOPLE).mapToLong(i -> engine.pathway(tenant, people.get(i)).orElseThrow().version()).sum())
        .isEqualTo(total);
    // Every person's facts are those of their events as they ended: the report from the facts equals
    // the report computed from the event streams.
    assertThat(storage.indicatorSources().factsNotUnder(
        tenant, Fixtures.SIPA, engine.indicatorFacts().basis(), Optional.empty(), 10)).isEmpty();
    assertThat(engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow().figures())
        .isEqualTo(StreamReports.compute(storage, engine.outcomeRules(), engine.pathwayModel(), Fixtures.CLOCK, tenant,
            ReportScope.of(Fixtures.SIPA)).orElseThrow().figures());
  }
}
