package eu.projectresolution.mobilisation.examples.scenario;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.examples.Progress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The records of a scenario, each a call to one of the engine's public commands with the day it
 * happened, replayed in the order they happened: by day, and in the order they were planned within a
 * day (so a programme's outreach event comes before the contacts made there, and a person's welcome
 * before their orientation on the same day).
 *
 * <p>A scenario's records are meant to be accepted: a refusal means the scenario is wrong, and the
 * replay stops with the engine's explanation.
 */
public final class RecordReplay {
  private final List<Planned> planned = new ArrayList<>();

  /** Plans a record on {@code on}; {@code what} names it if the engine refuses it. */
  public void add(LocalDate on, String what, Supplier<CommandResult> command) {
    planned.add(new Planned(requireNonNull(on, "on"), planned.size(), what, command));
  }

  public int size() {
    return planned.size();
  }

  /**
   * Sends every planned record to the engine, in the order they happened.
   *
   * @throws IllegalStateException if the engine refuses one: the scenario broke one of its rules
   */
  public Outcome replay(String task, Progress.Factory progress) {
    List<Planned> ordered = new ArrayList<>(planned);
    ordered.sort(Comparator.comparing(Planned::on).thenComparingInt(Planned::order));
    long started = System.nanoTime();
    int replayed = 0;
    try (Progress shown = progress.start(task, ordered.size())) {
      for (Planned record : ordered) {
        CommandResult result = record.command().get();
        if (result.refused()) {
          Refusal refusal = result.refusal().orElseThrow();
          throw new IllegalStateException(
              "The engine refused " + record.what() + " on " + record.on() + " (" + refusal.code() + ", field "
                  + refusal.field() + "): " + refusal.message());
        }
        replayed++;
        shown.step();
      }
    }
    planned.clear();
    return new Outcome(replayed, Duration.ofNanos(System.nanoTime() - started));
  }

  private record Planned(LocalDate on, int order, String what, Supplier<CommandResult> command) {}

  /** How many records were replayed, and how long it took. */
  public record Outcome(int records, Duration took) {}
}
