package eu.projectresolution.mobilisation.outcome;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One category an {@link OutcomeRule} classifies pathways into, how it stands towards the rule's cohort
 * (the denominator of its rates), and the code of the figure that counts it in indicator reports, if it
 * is reported.
 *
 * <pre>{@code
 * OutcomeCategory durable = OutcomeCategory.counted("durable_employment", "Exits to durable employment",
 *     "fr.iae.durable_employment");
 * OutcomeCategory withdrawn = OutcomeCategory.withdrawn("withdrawn", "Withdrawn exits", "fr.iae.withdrawn_exits");
 * OutcomeCategory notLeft = OutcomeCategory.outOfScope("not_left", "Did not leave during the period");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcomeCategory.class)
@JsonDeserialize(as = ImmutableOutcomeCategory.class)
public interface OutcomeCategory {
  /** How a category stands towards the rule's cohort. */
  enum Standing {
    /** In the cohort: counted in the denominator of the rule's rates. */
    COUNTED,
    /** In scope but withdrawn from the denominator (the French IAE "sorties neutralisées"). */
    WITHDRAWN,
    /** Not concerned by the rule (e.g. did not leave during the period): neither counted nor reported. */
    OUT_OF_SCOPE
  }

  /** The category's code, unique within its rule, e.g. {@code "positive_exit"}. */
  String code();

  /** The category in plain words, e.g. "Positive exits". At most 200 characters. */
  String label();

  Standing standing();

  /** The code of the figure that counts the category in reports, e.g. {@code "sipa.positive_exits"}. */
  Optional<String> figure();

  @Value.Check
  default void check() {
    Identifiers.checkCode(code(), "outcomeCategory.code");
    Checks.checkNotBlankText(label(), "outcomeCategory.label", Checks.NAME);
    figure().ifPresent(f -> Identifiers.checkCode(f, "outcomeCategory.figure"));
  }

  /** A category in the cohort, reported as {@code figure}. */
  static OutcomeCategory counted(String code, String label, String figure) {
    return builder().code(code).label(label).standing(Standing.COUNTED).figure(figure).build();
  }

  /** A category in the cohort, not reported on its own. */
  static OutcomeCategory counted(String code, String label) {
    return builder().code(code).label(label).standing(Standing.COUNTED).build();
  }

  /** A category withdrawn from the cohort's denominator, reported as {@code figure}. */
  static OutcomeCategory withdrawn(String code, String label, String figure) {
    return builder().code(code).label(label).standing(Standing.WITHDRAWN).figure(figure).build();
  }

  /** The pathways the rule does not concern. */
  static OutcomeCategory outOfScope(String code, String label) {
    return builder().code(code).label(label).standing(Standing.OUT_OF_SCOPE).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableOutcomeCategory.Builder {}
}
