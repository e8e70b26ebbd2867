package eu.projectresolution.mobilisation.examples.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import com.google.common.collect.Lists;
import eu.projectresolution.mobilisation.examples.Progress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The records of a scenario, each with the day it happened. Records others depend on (a programme's
 * declaration) are replayed first, one call each, in the order they happened. Then the records that
 * depend on nothing else: those planned in bulk (outreach events, collaborative actions, site events),
 * each kind a few hundred per call, so that each transaction stores hundreds of them; then the others,
 * one call each, {@value #SHARED_THREADS} at a time: each is a transaction of its own, whose commit
 * waits for the disk, and commits made side by side share that wait. Then each person's records (pathway commands), in the order
 * they happened, sent to {@link MobilisationEngine#recordAll} in batches of whole people, about {@value
 * #BATCH} records each, so that each transaction commits hundreds of commands; batches run side by
 * side on as many threads as asked. People go in the order of their ids as a database's index sorts
 * them: each person's rows then land after the previous person's in every table keyed by person, and
 * a store writes each page of its indexes about once, instead of rewriting pages all over them (on an
 * embedded H2 database the SIPA replay writes half the bytes). People's records depend on no one
 * else's, so any order of people stores the same records. Within a day, records keep the order they were planned in (a
 * person's welcome before their orientation on the same day). Whatever the number of threads, the
 * store ends up with the same records.
 *
 * <p>A scenario's records are meant to be accepted: a refusal means the scenario is wrong, and the
 * replay stops with the engine's explanation.
 */
public final class RecordReplay {
  private static final Comparator<Planned> IN_ORDER =
      Comparator.comparing(Planned::on).thenComparingInt(Planned::order);

  /** Ids in the order a database's index keeps them: byte by byte, unsigned (not {@link UUID#compareTo}). */
  private static final Comparator<UUID> IN_KEY_ORDER = (a, b) -> {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  };

  /**
   * How many shared records are sent side by side, whatever the threads asked for people's: their
   * time goes to waiting for commits, not to the processor.
   */
  static final int SHARED_THREADS = 4;

  /** About how many records a batch of people holds: a few hundred commands per transaction. */
  static final int BATCH = 500;

  private final MobilisationEngine engine;
  private final TenantId tenant;
  private final List<Planned> planned = new ArrayList<>();

  /** A replay of records into {@code engine}, people's records for {@code tenant}. */
  public RecordReplay(MobilisationEngine engine, TenantId tenant) {
    this.engine = requireNonNull(engine, "engine");
    this.tenant = requireNonNull(tenant, "tenant");
  }

  /**
   * Plans a record others may depend on, on {@code on}: the replay sends such records first, in the
   * order they happened, one after the other. {@code what} names it if the engine refuses it.
   */
  public void add(LocalDate on, String what, Supplier<CommandResult> command) {
    requireNonNull(command, "command");
    planned.add(new Planned(null, requireNonNull(on, "on"), planned.size(), what, command, null, false, null, null));
  }

  /** A kind of records a replay sends many at a time: one call for a list of them, answering each. */
  @FunctionalInterface
  public interface Bulk<R> {
    List<CommandResult> send(List<R> records);
  }

  /**
   * Plans a record that depends on nothing but records planned with {@link #add}, sent with the others
   * of its kind ({@code bulk}) about {@value #BATCH} at a time, once those are sent: e.g. a programme's
   * site events, through {@code engine.recordSiteEvents}. {@code what} names it if the engine refuses it.
   */
  public <R> void addInBulk(Bulk<R> bulk, LocalDate on, String what, R record) {
    requireNonNull(bulk, "bulk");
    requireNonNull(record, "record");
    planned.add(new Planned(null, requireNonNull(on, "on"), planned.size(), what, null, null, false, bulk, record));
  }

  /**
   * Plans a record people's records may depend on, on {@code on}, that itself depends on nothing but
   * records planned with {@link #add} (such as the programme's declaration): the replay sends such
   * records after those, several at a time. {@code what} names it if the engine refuses it.
   */
  public void addAlongside(LocalDate on, String what, Supplier<CommandResult> command) {
    requireNonNull(command, "command");
    planned.add(new Planned(null, requireNonNull(on, "on"), planned.size(), what, command, null, true, null, null));
  }

  /**
   * Plans one of {@code person}'s records, on {@code on}: the pathway command {@code command} makes
   * when the replay sends it; {@code what} names it if the engine refuses it. Nothing but the person's
   * own records and the shared ones may be needed to accept it.
   */
  public void addFor(BeneficiaryId person, LocalDate on, String what, Supplier<? extends PathwayCommand> command) {
    requireNonNull(command, "command");
    plan(requireNonNull(person, "person"), on, what, null, command);
  }

  private void plan(
      BeneficiaryId person, LocalDate on, String what, Supplier<CommandResult> shared,
      Supplier<? extends PathwayCommand> command) {
    planned.add(new Planned(person, requireNonNull(on, "on"), planned.size(), what, shared, command, false, null, null));
  }

  public int size() {
    return planned.size();
  }

  /** Sends every planned record to the engine, on one thread. */
  public Outcome replay(String task, Progress.Factory progress) {
    return replay(task, progress, 1);
  }

  /**
   * Sends every planned record to the engine: the shared ones planned with {@link #add} first, then
   * those planned with {@link #addAlongside}, then people's, {@code threads} people at a time.
   *
   * @throws IllegalStateException if the engine refuses one: the scenario broke one of its rules
   */
  public Outcome replay(String task, Progress.Factory progress, int threads) {
    checkArgument(threads >= 1, "threads must be at least 1 (was %s)", threads);
    List<Planned> inOrder = new ArrayList<>();
    List<Planned> alongside = new ArrayList<>();
    Map<Bulk<?>, List<Planned>> inBulk = new LinkedHashMap<>();
    Map<UUID, List<Planned>> byPerson = new HashMap<>();
    planned.stream()
        .sorted(IN_ORDER)
        .forEach(r -> (r.bulk() != null ? inBulk.computeIfAbsent(r.bulk(), k -> new ArrayList<>())
            : r.alongside() ? alongside
            : r.person() == null ? inOrder : byPerson.computeIfAbsent(r.person().value(), p -> new ArrayList<>())).add(r));
    Map<UUID, List<Planned>> people = new TreeMap<>(IN_KEY_ORDER);
    people.putAll(byPerson);
    long started = System.nanoTime();
    try (Progress shown = progress.start(task, planned.size())) {
      Progress steps = synchronised(shown);
      inOrder.forEach(r -> send(r, steps));
      inBulk.values().forEach(records -> Lists.partition(records, BATCH).forEach(some -> sendInBulk(some, steps)));
      inParallel(alongside, SHARED_THREADS, r -> send(r, steps));
      inParallel(batches(people.values()), threads, batch -> send(batch, steps));
    }
    int replayed = planned.size();
    planned.clear();
    return new Outcome(replayed, Duration.ofNanos(System.nanoTime() - started));
  }

  /** People's records cut into batches of whole people, each about {@link #BATCH} records. */
  private static List<List<Planned>> batches(Collection<List<Planned>> people) {
    List<List<Planned>> batches = new ArrayList<>();
    List<Planned> batch = new ArrayList<>();
    for (List<Planned> records : people) {
      if (!batch.isEmpty() && batch.size() + records.size() > BATCH) {
        batches.add(batch);
        batch = new ArrayList<>();
      }
      batch.addAll(records);
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }

  /** Sends {@code items} in their order, {@code threads} at a time; the first failure stops the others. */
  private static <T> void inParallel(List<T> items, int threads, Consumer<T> send) {
    if (threads == 1 || items.size() <= 1) {
      items.forEach(send);
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
                  for (int i = next.getAndIncrement(); i < items.size() && !stop.get(); i = next.getAndIncrement()) {
                    send.accept(items.get(i));
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
      // After a failure the others finish the batch they are on, then stop: waiting for them keeps
      // the store open until no thread uses it.
      stop.set(true);
      pool.shutdown();
      awaitEnd(pool);
    }
  }

  /** Waits for the threads to stop, which they do once their batch is done; gives up after a minute. */
  private static void awaitEnd(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(Planned record, Progress steps) {
    check(record, record.shared().get());
    steps.step();
  }

  /** Sends records of one kind in one call. */
  @SuppressWarnings("unchecked")
  private static void sendInBulk(List<Planned> records, Progress steps) {
    Bulk<Object> bulk = (Bulk<Object>) records.get(0).bulk();
    List<CommandResult> results = bulk.send(records.stream().map(Planned::record).toList());
    for (int i = 0; i < records.size(); i++) {
      check(records.get(i), results.get(i));
      steps.step();
    }
  }

  /** Sends a batch of people's records in one call, their commands made in the batch's order. */
  private void send(List<Planned> batch, Progress steps) {
    List<PathwayCommand> commands = new ArrayList<>(batch.size());
    for (Planned record : batch) {
      commands.add(requireNonNull(record.command().get(), () -> "no command for " + record.what()));
    }
    List<CommandResult> results = engine.recordAll(tenant, commands);
    for (int i = 0; i < batch.size(); i++) {
      check(batch.get(i), results.get(i));
      steps.step();
    }
  }

  private static void check(Planned record, CommandResult result) {
    if (result.refused()) {
      Refusal refusal = result.refusal().orElseThrow();
      throw new IllegalStateException(
          "The engine refused " + record.what() + " on " + record.on() + " (" + refusal.code() + ", field "
              + refusal.field() + "): " + refusal.message());
    }
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

  /**
   * A shared record (a call that answers), one sent in bulk (a record and its kind), or a person's (a
   * pathway command, made when sent).
   */
  private record Planned(
      BeneficiaryId person, LocalDate on, int order, String what, Supplier<CommandResult> shared,
      Supplier<? extends PathwayCommand> command, boolean alongside, Bulk<?> bulk, Object record) {}

  /** How many records were replayed, and how long it took. */
  public record Outcome(int records, Duration took) {}
}
