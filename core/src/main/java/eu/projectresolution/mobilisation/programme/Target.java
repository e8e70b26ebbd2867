package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import org.immutables.value.Value;

/**
 * A target the programme committed to, e.g. SIPA's 3,000 referrals to other schemes. Indicator reports
 * set the achieved count, computed from records, against it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public interface Target {
  @Value.Parameter
  Measure measure();

  @Value.Parameter
  long value();

  @Value.Check
  default void check() {
    Checks.checkNonNegative(value(), "target.value");
  }

  static Target of(Measure measure, long value) {
    return ImmutableTarget.of(measure, value);
  }
}
