package eu.projectresolution.mobilisation.outcome;

import static com.google.common.base.Preconditions.checkArgument;

import eu.projectresolution.mobilisation.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A funder's or a partner's set of {@link OutcomeRule}s, named and versioned as one: SIPA's, the French
 * IAE exit categories, the ESF+ common indicators, or a partner's own (see {@link RuleSets}). When
 * {@link #genderBreakdown()} is set, every figure of the set is also reported for women, men, non-binary
 * people and people whose gender is not declared.
 */
@Value.Immutable
public interface RuleSet {
  RuleRef ref();

  /** What the rule set measures and who asks for it. At most 2,000 characters. */
  String description();

  /** Whether each figure is also broken down by gender (the ESF+ asks for it). */
  @Value.Default
  default boolean genderBreakdown() {
    return false;
  }

  List<OutcomeRule> rules();

  /** Every figure code the set reports. */
  default List<String> figures() {
    return rules().stream().flatMap(r -> r.figures().stream()).toList();
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(description(), "ruleSet " + ref().name() + ".description", Checks.DESCRIPTION);
    Set<String> names = new HashSet<>();
    for (OutcomeRule rule : rules()) {
      checkArgument(
          names.add(rule.ref().name()), "rule set %s lists rule %s twice", ref().name(), rule.ref().name());
    }
    Set<String> figures = new HashSet<>();
    for (String figure : figures()) {
      checkArgument(
          figures.add(figure),
          "rule set %s reports figure %s from two rules: give each figure its own code",
          ref().name(),
          figure);
    }
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRuleSet.Builder {}
}
