package eu.projectresolution.mobilisation.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The report periods over which what one person adds to the figures stays the same, and what it is.
 * A report's period counts a person through the one cell of theirs that {@link #covers} it: its start
 * lies between {@link #startFrom()} and {@link #startTo()} and its end between {@link #endFrom()} and
 * {@link #endTo()}, bounds included, an empty bound being open.
 *
 * <p>Why cells: every figure compares the period's start and end with the dates of the person's
 * records (captured on, welcomed on, left on...). Between two such dates nothing can change, so a
 * handful of cells, computed when the records change, answers every period a report can ask for.
 *
 * @see PersonFacts
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFactCell.class)
@JsonDeserialize(as = ImmutableFactCell.class)
public interface FactCell {
  Optional<LocalDate> startFrom();

  Optional<LocalDate> startTo();

  LocalDate endFrom();

  Optional<LocalDate> endTo();

  /** The person's site for these periods (their latest welcome by the period's end, else their capture's). */
  Optional<SiteId> site();

  /** The channel of the person's capture. */
  CaptureChannel channel();

  Tally tally();

  /** Whether a report over {@code period} counts the person through this cell. */
  default boolean covers(Period period) {
    return startFrom().map(from -> !period.start().isBefore(from)).orElse(true)
        && startTo().map(to -> !period.start().isAfter(to)).orElse(true)
        && !period.end().isBefore(endFrom())
        && endTo().map(to -> !period.end().isAfter(to)).orElse(true);
  }

  @Value.Check
  default void check() {
    checkArgument(startFrom().isEmpty() || startTo().isEmpty() || !startTo().get().isBefore(startFrom().get()),
        "cell starts from %s to %s: startTo must not be before startFrom", startFrom(), startTo());
    checkArgument(endTo().isEmpty() || !endTo().get().isBefore(endFrom()),
        "cell ends from %s to %s: endTo must not be before endFrom", endFrom(), endTo());
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableFactCell.Builder {}
}
