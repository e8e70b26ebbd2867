package eu.projectresolution.mobilisation.outcome;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A rate an {@link OutcomeRule} reports: the share of its cohort (the pathways in its {@link
 * OutcomeCategory.Standing#COUNTED} categories) that falls in some of its categories, e.g. the French
 * "dynamic exit" rate = durable employment + transition employment + other positive exits.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcomeRate.class)
@JsonDeserialize(as = ImmutableOutcomeRate.class)
public interface OutcomeRate {
  /** The code of the figure, e.g. {@code "fr.iae.dynamic_exit_rate"}. */
  @Value.Parameter
  String figure();

  /** At most 200 characters. */
  @Value.Parameter
  String label();

  /** The codes of the categories the numerator sums. */
  @Value.Parameter
  Set<String> categories();

  @Value.Check
  default void check() {
    Identifiers.checkCode(figure(), "outcomeRate.figure");
    Checks.checkNotBlankText(label(), "outcomeRate.label", Checks.NAME);
    checkArgument(!categories().isEmpty(), "outcomeRate.categories of %s is empty: name at least one", figure());
  }

  static OutcomeRate of(String figure, String label, String... categories) {
    return ImmutableOutcomeRate.of(figure, label, Set.of(categories));
  }
}
