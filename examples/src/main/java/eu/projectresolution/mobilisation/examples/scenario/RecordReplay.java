package eu.projectresolution.mobilisation.examples.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.examples.Progress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The records of a scenario, each a call to one of the engine's public commands with the day it
 * happened. Records others depend on (a programme's declaration, its outreach events, collaborative
 * actions and site events) are replayed first, in the order they happened; then each person's records,
 * in the order they happened, people side by side on as many threads as asked. Within a day, records
 * keep the order they were planned in (a person's welcome before their orientation on the same day).
 * Whatever the number of threads, the store ends up with the same records.
 *
 * <p>A scenario's records are meant to be accepted: a refusal means the scenario is wrong, and the
 * replay stops with the engine's explanation.
 */
public final class RecordReplay {
  private static final Comparator<Planned> IN_ORDER =
      Comparator.comparing(Planned::on).thenComparingInt(Planned::order);

  private final List<Planned> planned = new ArrayList<>();

  /**
   * Plans a record others may depend on, on {@code on}; {@code what} names it if the engine refuses
   * it.
   */
  public void add(LocalDate on, String what, Supplier<CommandResult> command) {
    plan(null, on, what, command);
  }

  /**
   * Plans one of {@code person}'s records, on {@code on}; {@code what} names it if the engine refuses
   * it. Nothing but the person's own records and the shared ones may be needed to accept it.
   */
  public void addFor(BeneficiaryId person, LocalDate on, String what, Supplier<CommandResult> command) {
    plan(requireNonNull(person, "person"), on, what, command);
  }

  private void plan(BeneficiaryId person, LocalDate on, String what, Supplier<CommandResult> command) {
    planned.add(new Planned(person, requireNonNull(on, "on"), planned.size(), what, command));
  }

  public int size() {
    return planned.size();
  }

  /** Sends every planned record to the engine, on one thread. */
  public Outcome replay(String task, Progress.Factory progress) {
    return replay(task, progress, 1);
  }

  /**
   * Sends every planned record to the engine: the shared ones first, then people's, {@code threads}
   * people at a time.
   *
   * @throws IllegalStateException if the engine refuses one: the scenario broke one of its rules
   */
  public Outcome replay(String task, Progress.Factory progress, int threads) {
    checkArgument(threads >= 1, "threads must be at least 1 (was %s)", threads);
    List<Planned> shared = new ArrayList<>();
    Map<BeneficiaryId, List<Planned>> people = new LinkedHashMap<>();
    planned.stream()
        .sorted(IN_ORDER)
        .forEach(r -> (r.person() == null ? shared : people.computeIfAbsent(r.person(), p -> new ArrayList<>())).add(r));
    long started = System.nanoTime();
    try (Progress shown = progress.start(task, planned.size())) {
      Progress steps = synchronised(shown);
      shared.forEach(r -> send(r, steps));
      replayPeople(List.copyOf(people.values()), threads, steps);
    }
    int replayed = planned.size();
    planned.clear();
    return new Outcome(replayed, Duration.ofNanos(System.nanoTime() - started));
  }

  private static void replayPeople(List<List<Planned>> people, int threads, Progress steps) {
    if (threads == 1) {
      people.forEach(records -> records.forEach(r -> send(r, steps)));
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger named = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, work -> new Thread(work, "replay-" + named.incrementAndGet()));
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < people.size() && !stop.get(); i = next.getAndIncrement()) {
                    people.get(i).forEach(r -> send(r, steps));
                  }
                }));
      }
      for (Future<?> worker : workers) {
        try {
          worker.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException failure) {
            throw failure;
          }
          throw new IllegalStateException("The replay failed: " + e.getCause(), e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while replaying", e);
    } finally {
      // After a failure the others finish the person they are on, then stop: waiting for them keeps
      // the store open until no thread uses it.
      stop.set(true);
      pool.shutdown();
      awaitEnd(pool);
    }
  }

  /** Waits for the threads to stop, which they do once their person is done; gives up after a minute. */
  private static void awaitEnd(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(Planned record, Progress steps) {
    CommandResult result = record.command().get();
    if (result.refused()) {
      Refusal refusal = result.refusal().orElseThrow();
      throw new IllegalStateException(
          "The engine refused " + record.what() + " on " + record.on() + " (" + refusal.code() + ", field "
              + refusal.field() + "): " + refusal.message());
    }
    steps.step();
  }

  /** {@code shown}, stepped by one thread at a time. */
  private static Progress synchronised(Progress shown) {
    return new Progress() {
      @Override
      public synchronized void step() {
        shown.step();
      }

      @Override
      public void close() {
        shown.close();
      }
    };
  }

  private record Planned(BeneficiaryId person, LocalDate on, int order, String what, Supplier<CommandResult> command) {}

  /** How many records were replayed, and how long it took. */
  public record Outcome(int records, Duration took) {}
}
