package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Commands recorded by the engine in memory against a bare fold of the same events (issue 12,
 * benchmark 3; goal: the engine at 50 % of the bare fold's throughput or more), in people per second.
 *
 * <p>A pool of {@value #POOL_PEOPLE} people ({@link BenchmarkProgrammes#person}: captured, welcomed,
 * oriented, referred) is made once per trial and recorded once through an engine to keep the events
 * it decides. Each invocation then takes the pool's next {@value #PEOPLE_PER_BATCH} people:
 *
 * <ul>
 *   <li>{@link #engine}: {@code engine.recordAll(tenant, commands)} on {@link InMemoryStorage}, the
 *       engine set up for bulk recording as in {@link IngestBenchmark} (programme and pathway caches on):
 *       it checks each command against the person's pathway, makes the events and stores them with
 *       the command ids and the summaries.
 *   <li>{@link #bareFold}: a plain loop appending the same events, in the same order, to one list per
 *       person in a {@link HashMap}.
 * </ul>
 *
 * <p>Why the bare fold is the baseline: it is the least any in-memory event store does to keep those
 * events, with nothing decided or checked, so the ratio says how much of the engine's time goes to
 * keeping events at all. It is a severe baseline, the cost of a few hash-map and list operations per
 * event. When the pool is used up, the next invocation's set-up (unmeasured) starts again from an
 * empty store and a new engine, or an empty map: both sides hold at most {@value #POOL_PEOPLE} people,
 * so the heap, and the collector's work, stay bounded and alike. {@link BenchmarkReport} runs both
 * and prints their ratio.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(InMemoryCommandsBenchmark.PEOPLE_PER_BATCH)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class InMemoryCommandsBenchmark {
  static final int PEOPLE_PER_BATCH = 100;
  static final int POOL_PEOPLE = 20_000;

  private final TenantId tenant = TenantId.of("bench");
  /** The pool's commands, a batch of people each. */
  private final List<List<PathwayCommand>> commandBatches = new ArrayList<>();
  /** The events the engine made for each batch, in order, and whose pathway each is in. */
  private final List<PathwayEvent[]> eventBatches = new ArrayList<>();
  private final List<BeneficiaryId[]> ownerBatches = new ArrayList<>();

  private int next;
  private MobilisationEngine engine;
  private Map<BeneficiaryId, List<PathwayEvent>> streams;

  @Setup(Level.Trial)
  public void makePool() {
    MobilisationEngine recorder = BenchmarkProgrammes.bulkEngine(InMemoryStorage.create(), tenant);
    for (int b = 0; b < POOL_PEOPLE / PEOPLE_PER_BATCH; b++) {
      List<PathwayCommand> commands = BenchmarkProgrammes.people(PEOPLE_PER_BATCH);
      List<CommandResult> results = BenchmarkProgrammes.recordAllAccepted(recorder, tenant, commands);
      List<PathwayEvent> events = new ArrayList<>();
      List<BeneficiaryId> owners = new ArrayList<>();
      for (int i = 0; i < commands.size(); i++) {
        for (PathwayEvent event : results.get(i).events()) {
          events.add(event);
          owners.add(commands.get(i).beneficiaryId());
        }
      }
      commandBatches.add(commands);
      eventBatches.add(events.toArray(new PathwayEvent[0]));
      ownerBatches.add(owners.toArray(new BeneficiaryId[0]));
    }
    next = commandBatches.size();
  }

  /** Moves to the pool's next batch, starting again on an empty store and map when it is used up. */
  @Setup(Level.Invocation)
  public void nextBatch() {
    if (++next >= commandBatches.size()) {
      next = 0;
      engine = BenchmarkProgrammes.bulkEngine(InMemoryStorage.create(), tenant);
      streams = new HashMap<>();
    }
  }

  @Benchmark
  public List<CommandResult> engine() {
    return BenchmarkProgrammes.recordAllAccepted(engine, tenant, commandBatches.get(next));
  }

  @Benchmark
  public Map<BeneficiaryId, List<PathwayEvent>> bareFold() {
    PathwayEvent[] events = eventBatches.get(next);
    BeneficiaryId[] owners = ownerBatches.get(next);
    for (int i = 0; i < events.length; i++) {
      streams.computeIfAbsent(owners[i], owner -> new ArrayList<>()).add(events[i]);
    }
    return streams;
  }
}
