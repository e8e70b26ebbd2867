package eu.projectresolution.mobilisation.examples;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a long replay has got: a progress bar when a person watches a terminal, a few plain log
 * lines otherwise (in CI, in a file, in tests), so that logs never fill with bar redraws.
 */
public interface Progress extends AutoCloseable {
  /** One more record done. */
  void step();

  /** The task is over (or abandoned). */
  @Override
  void close();

  /** Starts showing progress of a task of {@code total} records. */
  @FunctionalInterface
  interface Factory {
    Progress start(String task, long total);
  }

  /** A bar on a terminal, log lines elsewhere. */
  static Factory forConsole() {
    return System.console() != null ? Progress::bar : Progress::logLines;
  }

  /** Log lines at each quarter of the task. */
  static Progress logLines(String task, long total) {
    return new LogLines(task, total);
  }

  /** Nothing at all. */
  static Progress none(String task, long total) {
    return new Progress() {
      @Override
      public void step() {}

      @Override
      public void close() {}
    };
  }

  private static Progress bar(String task, long total) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUnit(" records", 1)
            .build();
    return new Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /** Plain log lines at 25 %, 50 % and 75 % of a long task, and at the end with the time taken. */
  final class LogLines implements Progress {
    /** Below this many records a task is over too soon for intermediate lines to help. */
    private static final long LONG_TASK = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private final String task;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private int quartersLogged;

    LogLines(String task, long total) {
      this.task = task;
      this.total = total;
    }

    @Override
    public void step() {
      done++;
      int quarters = total == 0 ? 4 : (int) (4 * done / total);
      if (total >= LONG_TASK && quarters > quartersLogged && quarters < 4) {
        quartersLogged = quarters;
        LOG.info("{}: {} of {} records ({} %)", task, String.format("%,d", done), String.format("%,d", total), 25 * quarters);
      }
    }

    @Override
    public void close() {
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      LOG.info("{}: {} records in {}.{} s", task, String.format("%,d", done), took.toSeconds(), String.format("%01d", took.toMillisPart() / 100));
    }
  }
}
