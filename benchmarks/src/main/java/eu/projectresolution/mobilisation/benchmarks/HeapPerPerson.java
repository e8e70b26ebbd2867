package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Heap bytes per person kept in memory (issue 12, benchmark 4; goal: at most 1 KiB per person).
 *
 * <p>Records {@code people} people ({@link BenchmarkProgrammes#person}: captured, welcomed, oriented,
 * referred: four commands, as most people of the SIPA scenario get) into {@link InMemoryStorage}
 * through {@code recordAll} in batches of 100 people, and divides the heap the store then retains by
 * {@code people}.
 *
 * <p>Method: retained heap is measured as the difference of the heap in use after full collections,
 * before and after recording. {@link #usedAfterCollection} asks for {@link System#gc()} (a full,
 * stop-the-world collection with the JVM's default collector, unless the JVM runs with {@code
 * -XX:+ExplicitGCInvokesConcurrent} or {@code -XX:+DisableExplicitGC}, which this class refuses to
 * run under) and reads {@link MemoryMXBean#getHeapMemoryUsage()}, again until two readings agree
 * within 0.1 %: what is left is what is reachable. The store and the engine are kept reachable until
 * the second reading ({@link Reference#reachabilityFence}); the commands, results and everything else
 * made on the way are garbage by then. This measures retention, not allocation: JMH's {@code -prof
 * gc} counts bytes allocated, most of them short-lived, and says nothing of what stays. The engine
 * runs without its pathway cache (the default): with it, the engine also keeps the events of up to
 * that many people, on purpose and bounded, which is not what the store costs per person.
 *
 * <p>What it leaves out, and which way that errs: the programme, site and scheme ids are shared
 * constants, as a host that parses its input into fresh strings per record would not have them (a few
 * tens of bytes per reference it keeps); with more than 32 GB of heap (no compressed references) every
 * reference doubles. Run it alone with {@code java -cp mobilisation-benchmarks.jar
 * eu.projectresolution.mobilisation.benchmarks.HeapPerPerson [people]} (default {@value
 * #DEFAULT_PEOPLE}), or through {@link BenchmarkReport}.
 */
public final class HeapPerPerson {
  static final int DEFAULT_PEOPLE = 100_000;
  private static final int PEOPLE_PER_BATCH = 100;

  private HeapPerPerson() {}

  /** What was measured. */
  record Result(int people, long retainedBytes) {
    double bytesPerPerson() {
      return (double) retainedBytes / people;
    }
  }

  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PEOPLE;
    Result result = measure(people);
    System.out.printf(Locale.ROOT, "%d people retain %,d bytes of heap in memory: %.0f bytes per person (goal: at most 1024)%n",
        result.people(), result.retainedBytes(), result.bytesPerPerson());
  }

  static Result measure(int people) {
    if (people < PEOPLE_PER_BATCH || people % PEOPLE_PER_BATCH != 0) {
      throw new IllegalArgumentException("people must be a multiple of " + PEOPLE_PER_BATCH + " (was " + people + ")");
    }
    for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (argument.contains("ExplicitGCInvokesConcurrent") || argument.contains("DisableExplicitGC")) {
        throw new IllegalStateException("System.gc() must run a full collection: run without " + argument);
      }
    }
    TenantId tenant = TenantId.of("bench");
    MobilisationStorage storage = InMemoryStorage.create();
    MobilisationEngine engine = BenchmarkProgrammes.engine(storage, tenant);
    // One person first, so that what the first command loads once (classes, caches) is in "before".
    BenchmarkProgrammes.recordAllAccepted(engine, tenant, BenchmarkProgrammes.people(1));
    long before = usedAfterCollection();
    for (int done = 0; done < people; done += PEOPLE_PER_BATCH) {
      BenchmarkProgrammes.recordAllAccepted(engine, tenant, BenchmarkProgrammes.people(PEOPLE_PER_BATCH));
    }
    long after = usedAfterCollection();
    Reference.reachabilityFence(storage);
    Reference.reachabilityFence(engine);
    return new Result(people, after - before);
  }

  /** The heap in use once full collections no longer free anything. */
  static long usedAfterCollection() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long previous = Long.MAX_VALUE;
    for (int round = 0; round < 20; round++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) <= used / 1000) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
