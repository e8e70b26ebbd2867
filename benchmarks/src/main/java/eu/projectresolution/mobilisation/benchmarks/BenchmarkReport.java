package eu.projectresolution.mobilisation.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the engine's comparisons with their baselines in one go and prints, for each, the engine's
 * figure, the baseline's, their ratio, the goal of issue 12 and whether it is met: JMH reports each
 * benchmark on its own, this puts each pair side by side.
 *
 * <pre>
 * java -cp benchmarks/target/mobilisation-benchmarks.jar eu.projectresolution.mobilisation.benchmarks.BenchmarkReport \
 *     [--people N] [--no-heap] [--rounds N] [JMH options, e.g. -wi 2 -i 3 -w 2s -r 2s -p database=h2-file]
 * </pre>
 *
 * <p>It runs {@link IngestBenchmark} (engine against raw JDBC batches, per database) and {@link
 * InMemoryCommandsBenchmark} (engine in memory against a bare fold) through JMH's {@link Runner}, with
 * the JMH options given (a benchmark pattern among them replaces the two classes), then {@link
 * HeapPerPerson} over {@code N} people (default {@value HeapPerPerson#DEFAULT_PEOPLE}) in this JVM,
 * unless {@code --no-heap}. {@code --rounds N} runs the benchmarks N times over and judges each goal on
 * the median of the N ratios, listing them all: on a shared machine one round's ratio may swing by a
 * third. Each ratio divides two scores of the same run, on the same machine, at the
 * same time: read the ratios more than the absolute figures on a shared machine. The table is printed
 * in Markdown with the machine it ran on, ready for {@code docs/benchmarks.md}.
 */
public final class BenchmarkReport {
  private BenchmarkReport() {}

  /** A pair of benchmarks of one class: the engine's method and its baseline's, and the goal of their ratio. */
  private record Comparison(Class<?> benchmark, String engine, String baseline, String figure, double goal) {}

  private static final List<Comparison> COMPARISONS = List.of(
      new Comparison(IngestBenchmark.class, "engine", "rawJdbcInsert", "Ingest, engine vs raw JDBC batch insert", 0.60),
      new Comparison(InMemoryCommandsBenchmark.class, "engine", "bareFold", "In-memory commands, engine vs bare fold", 0.50));

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    int people = HeapPerPerson.DEFAULT_PEOPLE;
    boolean heap = true;
    int rounds = 1;
    List<String> jmhArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--people")) {
        people = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--no-heap")) {
        heap = false;
      } else if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[++i]);
        if (rounds < 1) {
          throw new IllegalArgumentException("--rounds must be at least 1 (was " + rounds + ")");
        }
      } else {
        jmhArgs.add(args[i]);
      }
    }
    CommandLineOptions given = new CommandLineOptions(jmhArgs.toArray(new String[0]));
    OptionsBuilder options = new OptionsBuilder();
    options.parent(given);
    if (given.getIncludes().isEmpty()) {
      COMPARISONS.forEach(c -> options.include(c.benchmark().getName() + "\\."));
    }
    Options built = options.build();

    HeapPerPerson.Result retained = heap ? HeapPerPerson.measure(people) : null;
    // Each round runs every benchmark again: a slow spell of a shared machine then weighs on one
    // round's ratios, and the median of the rounds' ratios is what the table judges.
    List<Collection<RunResult>> results = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      results.add(new Runner(built).run());
    }

    List<String> table = new ArrayList<>();
    table.add("| figure | engine | baseline | ratio | goal | met |");
    table.add("|---|---|---|---|---|---|");
    for (Comparison comparison : COMPARISONS) {
      Map<String, List<Result<?>[]>> byKey = new LinkedHashMap<>();
      for (Collection<RunResult> round : results) {
        for (Map.Entry<String, Map<String, Result<?>>> pair : pairs(round, comparison).entrySet()) {
          Result<?> engine = pair.getValue().get(comparison.engine());
          Result<?> baseline = pair.getValue().get(comparison.baseline());
          if (engine != null && baseline != null) {
            byKey.computeIfAbsent(pair.getKey(), k -> new ArrayList<>()).add(new Result<?>[] {engine, baseline});
          }
        }
      }
      byKey.forEach((key, pairs) -> table.add(row(comparison, key, pairs)));
    }
    if (retained != null) {
      table.add(String.format(Locale.ROOT, "| Heap per person in memory (%,d people, 4 commands each) | %.0f bytes | - | - | ≤ 1024 bytes | %s |",
          retained.people(), retained.bytesPerPerson(), retained.bytesPerPerson() <= 1024 ? "met" : "not met"));
    }
    System.out.println();
    System.out.println(machine());
    System.out.println();
    table.forEach(System.out::println);
  }

  /**
   * The table's row for one comparison: with one round, both scores with their errors and the ratio;
   * with more, the median of each side's scores, the median ratio, and every round's ratio.
   */
  private static String row(Comparison comparison, String key, List<Result<?>[]> rounds) {
    String figure = comparison.figure() + (key.isEmpty() ? "" : " (" + key + ")");
    double[] ratios = rounds.stream().mapToDouble(r -> r[0].getScore() / r[1].getScore()).sorted().toArray();
    double ratio = median(ratios);
    String engine;
    String baseline;
    String shown;
    if (rounds.size() == 1) {
      engine = score(rounds.get(0)[0]);
      baseline = score(rounds.get(0)[1]);
      shown = String.format(Locale.ROOT, "%.1f %%", 100 * ratio);
    } else {
      String unit = rounds.get(0)[0].getScoreUnit().replace("ops", "people");
      engine = String.format(Locale.ROOT, "%,.0f %s", median(rounds.stream().mapToDouble(r -> r[0].getScore()).sorted().toArray()), unit);
      baseline = String.format(Locale.ROOT, "%,.0f %s", median(rounds.stream().mapToDouble(r -> r[1].getScore()).sorted().toArray()), unit);
      shown = String.format(Locale.ROOT, "%.1f %% (rounds: %s)", 100 * ratio, rounds.stream()
          .map(r -> String.format(Locale.ROOT, "%.1f %%", 100 * r[0].getScore() / r[1].getScore()))
          .collect(java.util.stream.Collectors.joining(", ")));
    }
    return String.format(Locale.ROOT, "| %s | %s | %s | %s | ≥ %.0f %% | %s |", figure, engine, baseline, shown,
        100 * comparison.goal(), ratio >= comparison.goal() ? "met" : "not met");
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** The results of {@code comparison}'s class, by their parameters (e.g. {@code database=h2-file}), then by method. */
  private static Map<String, Map<String, Result<?>>> pairs(Collection<RunResult> results, Comparison comparison) {
    Map<String, Map<String, Result<?>>> pairs = new LinkedHashMap<>();
    String prefix = comparison.benchmark().getName() + ".";
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      if (!benchmark.startsWith(prefix)) {
        continue;
      }
      Map<String, String> params = new TreeMap<>();
      for (String key : result.getParams().getParamsKeys()) {
        params.put(key, result.getParams().getParam(key));
      }
      String key = String.join(", ", params.values());
      pairs.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(benchmark.substring(prefix.length()), result.getPrimaryResult());
    }
    return pairs;
  }

  private static String score(Result<?> result) {
    String error = Double.isNaN(result.getScoreError()) ? "" : String.format(Locale.ROOT, " ± %,.0f", result.getScoreError());
    return String.format(Locale.ROOT, "%,.0f%s %s", result.getScore(), error, result.getScoreUnit().replace("ops", "people"));
  }

  /** The date, the processors, the CPU model and the Java runtime. */
  private static String machine() {
    String cpu = "unknown CPU";
    Path cpuInfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuInfo)) {
      try (Stream<String> lines = Files.lines(cpuInfo)) {
        cpu = lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).trim())
            .findFirst().orElse(cpu);
      } catch (IOException e) {
        cpu = "unknown CPU (" + e.getMessage() + ")";
      }
    }
    return String.format(Locale.ROOT, "Measured on %s: %d processors (%s), Java %s (%s), max heap %,d MB",
        LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"),
        System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
  }
}
