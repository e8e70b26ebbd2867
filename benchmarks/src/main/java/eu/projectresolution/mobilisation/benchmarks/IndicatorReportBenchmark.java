package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.indicator.ReportResult;
import eu.projectresolution.mobilisation.indicator.ReportScope;
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
import org.openjdk.jmh.annotations.Warmup;

/** How long an indicator report takes over a programme of {@code people} welcomed people. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndicatorReportBenchmark {
  @Param({"in-memory", "h2"})
  public String store;

  @Param({"2000", "17000"})
  public int people;

  private MobilisationEngine engine;
  private TenantId tenant;

  @Setup(Level.Trial)
  public void setUp() {
    tenant = TenantId.of("bench");
    engine = BenchmarkProgrammes.engine(BenchmarkProgrammes.store(store), tenant);
    for (int i = 0; i < people; i++) {
      BenchmarkProgrammes.captureAndWelcome(engine, tenant, i);
    }
  }

  @Benchmark
  public ReportResult reportOverTheWholeProgramme() {
    return engine.indicatorReport(tenant, ReportScope.of(BenchmarkProgrammes.PROGRAMME));
  }
}
