package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.programme.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** The means a practice used: SIPA mobilised 11 full-time equivalents and EUR 1,366,568.14. */
@Value.Immutable
@JsonSerialize(as = ImmutableResources.class)
@JsonDeserialize(as = ImmutableResources.class)
public interface Resources {
  /** Full-time equivalents (FTE) mobilised; not negative. */
  Optional<BigDecimal> fullTimeEquivalent();

  /** The total budget, with its currency; not negative. */
  Optional<Money> budget();

  static Resources of(BigDecimal fullTimeEquivalent, Money budget) {
    return builder().fullTimeEquivalent(fullTimeEquivalent).budget(budget).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableResources.Builder {}
}
