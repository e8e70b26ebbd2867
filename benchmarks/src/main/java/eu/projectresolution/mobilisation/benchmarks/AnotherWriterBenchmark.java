package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a welcome takes on PostgreSQL, with the engine as it comes (no caches), when the person was
 * captured through another store instance (another process of the partner's system: {@link
 * #welcomeByAnotherStore}) against the same one ({@link #welcomeBySameStore}, the baseline). The store
 * remembers the summaries it wrote; since the tenth session it also remembers the one it reads with a
 * person's events, so the welcome's write reads nothing whoever captured them. Each invocation welcomes
 * a person captured just before it, outside the measured time. Run it through {@code NetworkDelay} to
 * see the round trips.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnotherWriterBenchmark {
  private final TenantId tenant = TenantId.of("bench");
  private BenchmarkDatabase database;
  private MobilisationEngine capturing;
  private MobilisationEngine another;
  private BeneficiaryId person;
  private int n;

  @Setup(Level.Trial)
  public void setUp() {
    database = BenchmarkDatabase.open("postgresql");
    capturing = BenchmarkProgrammes.engine(database.storage(), tenant);
    another = BenchmarkProgrammes.engine(database.storage(), tenant);
  }

  /** Captures the next person, outside the measured time. */
  @Setup(Level.Invocation)
  public void capture() {
    person = BenchmarkProgrammes.captured(capturing, tenant, n++);
  }

  @TearDown(Level.Trial)
  public void dropSchema() {
    database.close();
  }

  @Benchmark
  public void welcomeBySameStore() {
    BenchmarkProgrammes.welcome(capturing, tenant, person);
  }

  @Benchmark
  public void welcomeByAnotherStore() {
    BenchmarkProgrammes.welcome(another, tenant, person);
  }
}
