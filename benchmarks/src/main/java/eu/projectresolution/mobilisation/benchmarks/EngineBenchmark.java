package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the engine takes to record a person captured and welcomed (two commands, each checked and
 * appended atomically, one transaction each), in memory, on embedded H2 and on PostgreSQL (a new schema
 * of the server {@link BenchmarkDatabase} names, dropped at the end: there each command's round trips
 * count), with and without the pathway cache (which the SIPA replay turns on: the capture then expects
 * someone new and the welcome decides on the capture it just wrote, instead of each reading the person's
 * events). The SIPA replay records about 17,000 of
 * these: at the measured rate that is what "finishes in seconds" rests on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
  @Param({"in-memory", "h2", "postgresql"})
  public String store;

  /**
   * How many people's events the engine keeps: none (the default), or a thousand, plenty when each
   * person is recorded in one go.
   */
  @Param({"0", "1000"})
  public long pathwayCache;

  private MobilisationEngine engine;
  private TenantId tenant;
  private int n;
  private TrialStore trialStore;

  @Setup(Level.Trial)
  public void setUp() {
    tenant = TenantId.of("bench");
    trialStore = TrialStore.open(store);
    engine = BenchmarkProgrammes.engine(trialStore.storage(), tenant, pathwayCache);
  }

  @TearDown(Level.Trial)
  public void dropSchema() {
    trialStore.close();
  }

  @Benchmark
  public void captureAndWelcomeOnePerson() {
    BenchmarkProgrammes.captureAndWelcome(engine, tenant, n++);
  }
}
