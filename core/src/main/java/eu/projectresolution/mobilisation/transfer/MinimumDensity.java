package eu.projectresolution.mobilisation.transfer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The target territory must have at least this many inhabitants per square kilometre, e.g. for
 * door-to-door contacts to reach enough people on foot. Written
 * {@code {"type": "density", "minimumInhabitantsPerSquareKilometre": 300}}.
 */
@Value.Immutable
@JsonTypeName("density")
@JsonSerialize(as = ImmutableMinimumDensity.class)
@JsonDeserialize(as = ImmutableMinimumDensity.class)
public interface MinimumDensity extends Requirement {
  BigDecimal minimumInhabitantsPerSquareKilometre();

  @Override
  default boolean isMetBy(TransferContext context) {
    // Compared without dividing, so no rounding can tip the verdict.
    return BigDecimal.valueOf(context.population())
            .compareTo(minimumInhabitantsPerSquareKilometre().multiply(context.areaSquareKilometres()))
        >= 0;
  }

  @Override
  default String describe() {
    return "at least " + minimumInhabitantsPerSquareKilometre().toPlainString() + " inhabitants per km²";
  }

  @Override
  default String observedIn(TransferContext context) {
    return "density " + context.density().toPlainString() + " inhabitants per km²";
  }

  @Value.Check
  default void check() {
    Checks.checkText(why(), "requirement " + id() + ".why", Checks.DESCRIPTION);
    Checks.checkNonNegative(
        minimumInhabitantsPerSquareKilometre(), "requirement " + id() + ".minimumInhabitantsPerSquareKilometre");
  }

  static MinimumDensity of(RequirementId id, BigDecimal minimumInhabitantsPerSquareKilometre) {
    return builder().id(id).minimumInhabitantsPerSquareKilometre(minimumInhabitantsPerSquareKilometre).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableMinimumDensity.Builder {}
}
