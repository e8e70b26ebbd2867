package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import org.immutables.value.Value;

/**
 * A count observed before the programme, declared so growth can be measured against it: SIPA compares
 * the people welcomed with those welcomed in 2015 (+24 %).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBaseline.class)
@JsonDeserialize(as = ImmutableBaseline.class)
public interface Baseline {
  @Value.Parameter
  Measure measure();

  /** What the baseline was measured on, e.g. "2015". At most 200 characters. */
  @Value.Parameter
  String reference();

  @Value.Parameter
  long value();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(reference(), "baseline.reference", Checks.NAME);
    Checks.checkNonNegative(value(), "baseline.value");
  }

  static Baseline of(Measure measure, String reference, long value) {
    return ImmutableBaseline.of(measure, reference, value);
  }
}
