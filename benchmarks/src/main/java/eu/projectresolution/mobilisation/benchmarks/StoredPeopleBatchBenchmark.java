package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a batch of commands about people already stored takes through {@code recordAll}, per
 * command, with the engine as it comes (no programme or pathway cache): a nightly sync from a partner's
 * system ({@code importCommands} decides the same way). Each invocation sends the welcome, orientation
 * and referral of {@value #PEOPLE} people captured just before it ({@link BenchmarkProgrammes#person}),
 * so the engine reads every one of them from the store, in memory, on embedded H2 or on PostgreSQL (a
 * new schema of the server {@link BenchmarkDatabase} names; through {@code NetworkDelay} to count the
 * round trips).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(StoredPeopleBatchBenchmark.COMMANDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class StoredPeopleBatchBenchmark {
  static final int PEOPLE = 500;
  static final int COMMANDS = PEOPLE * (BenchmarkProgrammes.COMMANDS_PER_PERSON - 1);

  @Param({"in-memory", "h2", "postgresql"})
  public String store;

  private final TenantId tenant = TenantId.of("bench");
  private TrialStore trialStore;
  private MobilisationEngine engine;
  private int n;
  private List<PathwayCommand> batch;

  @Setup(Level.Trial)
  public void setUp() {
    trialStore = TrialStore.open(store);
    engine = BenchmarkProgrammes.engine(trialStore.storage(), tenant);
  }

  /** Captures the people of the next batch, outside the measured time. */
  @Setup(Level.Invocation)
  public void captureThePeople() {
    List<PathwayCommand> captures = new ArrayList<>(PEOPLE);
    batch = new ArrayList<>(COMMANDS);
    for (int p = 0; p < PEOPLE; p++) {
      List<PathwayCommand> person = BenchmarkProgrammes.person(n++);
      captures.add(person.get(0));
      batch.addAll(person.subList(1, person.size()));
    }
    BenchmarkProgrammes.recordAllAccepted(engine, tenant, captures);
  }

  @TearDown(Level.Trial)
  public void dropSchema() {
    trialStore.close();
  }

  @Benchmark
  public int recordTheBatch() {
    return BenchmarkProgrammes.recordAllAccepted(engine, tenant, batch).size();
  }
}
