package eu.projectresolution.mobilisation.examples.pages;

import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.scenario.RecordReplay;
import eu.projectresolution.mobilisation.examples.scenario.ScenarioContext;
import eu.projectresolution.mobilisation.examples.sipa.SipaMontbeliard;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIPA replays started from the run page, one at a time, each on a thread of its own so that the
 * page can show how far it has got. The latest finished run's store stays open for the report page.
 */
final class ScenarioRuns implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ScenarioRuns.class);
  private static final SipaMontbeliard SIPA = new SipaMontbeliard();

  /** The real programme: larger runs belong to the command line, whose progress bar suits them. */
  static final double LARGEST_SCALE = 1;

  /** Where a run stands. */
  enum State {
    RUNNING,
    DONE,
    FAILED
  }

  /** A run as the page shows it; {@code total} is 0 until the replay has planned its records. */
  record Status(long number, double scale, long seed, State state, long done, long total, Optional<String> failure,
      Optional<Duration> took) {}

  private final ScenarioStores stores;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "scenario-run");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong();
  private long runs;
  private Status latest;
  private ScenarioStores.Opened kept;

  ScenarioRuns(ScenarioStores stores) {
    this.stores = stores;
  }

  /**
   * Starts replaying SIPA at {@code scale} with {@code seed}, replacing its earlier records.
   *
   * @return the run's number, or empty when a run is still under way (one at a time: they share a store)
   */
  synchronized Optional<Long> start(double scale, long seed) {
    if (latest != null && latest.state() == State.RUNNING) {
      return Optional.empty();
    }
    if (kept != null) {
      kept.close();
      kept = null;
    }
    long number = ++runs;
    done.set(0);
    total.set(0);
    latest = new Status(number, scale, seed, State.RUNNING, 0, 0, Optional.empty(), Optional.empty());
    runner.execute(() -> replay(number, scale, seed));
    return Optional.of(number);
  }

  private void replay(long number, double scale, long seed) {
    ScenarioStores.Opened store = null;
    try {
      store = stores.replace(SIPA);
      MobilisationEngine engine = MobilisationEngine.builder().storage(store.storage()).clock(SipaProgramme.CLOCK)
          .programmeCache(Duration.ofMinutes(10)).pathwayCache(50_000).build();
      RecordReplay.Outcome outcome = SipaMontbeliard.replay(engine, SipaMontbeliard.TENANT, seed, scale, this::progress);
      finish(number, store, State.DONE, Optional.empty(), Optional.of(outcome.took()));
    } catch (RuntimeException e) {
      // The message names what failed (a store, a record); the page shows it, the log keeps the trace.
      LOG.error("The run of {} from the page failed: {}", SIPA.name(), e.getClass().getName());
      LOG.debug("Run failure", e);
      if (store != null) {
        store.close();
      }
      finish(number, null, State.FAILED, Optional.of(String.valueOf(e.getMessage())), Optional.empty());
    }
  }

  private synchronized void finish(
      long number, ScenarioStores.Opened store, State state, Optional<String> failure, Optional<Duration> took) {
    kept = store;
    latest = new Status(number, latest.scale(), latest.seed(), state, done.get(), total.get(), failure, took);
  }

  private Progress progress(String task, long records) {
    total.set(records);
    done.set(0);
    return new Progress() {
      @Override
      public void step() {
        done.incrementAndGet();
      }

      @Override
      public void close() {}
    };
  }

  /** The latest run, as it stands now. */
  synchronized Optional<Status> latest() {
    if (latest == null) {
      return Optional.empty();
    }
    if (latest.state() == State.RUNNING) {
      return Optional.of(new Status(latest.number(), latest.scale(), latest.seed(), State.RUNNING, done.get(), total.get(),
          Optional.empty(), Optional.empty()));
    }
    return Optional.of(latest);
  }

  /** The store of the latest finished run, if it succeeded in this server. */
  synchronized Optional<ScenarioStores.Opened> keptStore() {
    return Optional.ofNullable(kept);
  }

  static boolean validScale(double scale) {
    return scale >= ScenarioContext.MIN_SCALE && scale <= LARGEST_SCALE;
  }

  @Override
  public synchronized void close() {
    runner.shutdownNow();
    if (kept != null) {
      kept.close();
      kept = null;
    }
  }
}
