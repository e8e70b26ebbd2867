package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.indicator.IndicatorFacts;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.RuleSets;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.Programme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
 * How long computing a programme's facts again takes, per person: what a report does first after a new
 * rule set version is registered ({@code MobilisationEngine.rebuildFacts}), in memory, on embedded H2
 * and on PostgreSQL (a new schema of the server {@link BenchmarkDatabase} names, dropped at the end).
 *
 * <p>The store holds {@value #PEOPLE} people as varied as SIPA's ({@link BenchmarkProgrammes#variedPerson}).
 * Each invocation of {@link #rebuild} is a rebuild of all of them: two engines take turns, one under
 * the standard rule sets and one under SIPA's and ESF+'s only, so each finds every person's facts
 * under the other's rule sets. Its baseline, {@link #computeOnly}, computes the same people's facts
 * under the same rule sets from their pathways already in memory, with no store: the ratio between
 * the two is what reading the people's events and writing their facts adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(FactsRebuildBenchmark.PEOPLE)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class FactsRebuildBenchmark {
  static final int PEOPLE = 2_000;

  @Param({"in-memory", "h2", "postgresql"})
  public String store;

  private final TenantId tenant = TenantId.of("bench");
  private TrialStore trialStore;
  private final List<MobilisationEngine> engines = new ArrayList<>(2);
  private int next;
  private final List<Pathway> pathways = new ArrayList<>(PEOPLE);
  /** The facts' definitions of each engine, for the baseline. */
  private final List<IndicatorFacts> definitions = new ArrayList<>(2);
  private int nextDefinitions;

  @Setup(Level.Trial)
  public void recordThePeople() {
    trialStore = TrialStore.open(store);
    MobilisationStorage storage = trialStore.storage();
    MobilisationEngine recording = BenchmarkProgrammes.bulkEngine(storage, tenant);
    Random random = new Random(12);
    List<PathwayCommand> batch = new ArrayList<>();
    for (int n = 0; n < PEOPLE; n++) {
      batch.addAll(BenchmarkProgrammes.variedPerson(n, random));
      if (batch.size() >= 400 || n == PEOPLE - 1) {
        BenchmarkProgrammes.recordAllAccepted(recording, tenant, batch);
        batch.clear();
      }
    }
    engines.add(MobilisationEngine.builder().storage(storage).clock(BenchmarkProgrammes.CLOCK)
        .outcomeRules(OutcomeRules.of(RuleSets.sipa(), RuleSets.esfPlus())).build());
    engines.add(MobilisationEngine.builder().storage(storage).clock(BenchmarkProgrammes.CLOCK).build());
    for (BeneficiarySummary person : storage.beneficiaries().ofProgramme(tenant, BenchmarkProgrammes.PROGRAMME)) {
      pathways.add(Pathway.fold(storage.pathways().events(tenant, person.beneficiaryId())));
    }
    Programme programme = storage.programmes().find(tenant, BenchmarkProgrammes.PROGRAMME).orElseThrow();
    engines.forEach(engine -> definitions.add(engine.indicatorFacts().declaredBy(programme)));
  }

  @TearDown(Level.Trial)
  public void dropSchema() {
    trialStore.close();
  }

  @Benchmark
  public long rebuild() {
    MobilisationEngine engine = engines.get(next++ % 2);
    long rebuilt = engine.rebuildFacts(tenant, BenchmarkProgrammes.PROGRAMME, done -> {});
    if (rebuilt != PEOPLE) {
      throw new IllegalStateException("A rebuild computed " + rebuilt + " people's facts again, not " + PEOPLE);
    }
    return rebuilt;
  }

  @Benchmark
  public int computeOnly() {
    IndicatorFacts facts = definitions.get(nextDefinitions++ % 2);
    int cells = 0;
    for (Pathway pathway : pathways) {
      cells += facts.compute(pathway, event -> Optional.empty()).cells().size();
    }
    return cells;
  }
}
