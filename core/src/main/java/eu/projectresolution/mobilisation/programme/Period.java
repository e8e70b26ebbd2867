package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A span of calendar days, both ends included: a programme's duration (SIPA: 2016-09-01 to 2019-08-31)
 * or the period an indicator report covers.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriod.class)
@JsonDeserialize(as = ImmutablePeriod.class)
public interface Period {
  @Value.Parameter
  LocalDate start();

  /** The last day included. */
  @Value.Parameter
  LocalDate end();

  /** Whether {@code day} falls within the period, ends included. */
  default boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  @Value.Check
  default void check() {
    checkArgument(
        !end().isBefore(start()),
        "period.end (%s) is before period.start (%s): a period must end on or after the day it starts",
        end(),
        start());
  }

  static Period of(LocalDate start, LocalDate end) {
    return ImmutablePeriod.of(start, end);
  }
}
