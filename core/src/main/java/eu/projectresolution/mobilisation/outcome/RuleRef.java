package eu.projectresolution.mobilisation.outcome;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Identifiers;
import org.immutables.value.Value;

/**
 * Names a rule and its version, e.g. {@code sipa.positive_exit v1}: every figure says which rule
 * produced it, so that an evaluator can look the definition up. A rule whose definition changes gets a
 * new version; figures computed with the old one stay explained.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleRef.class)
@JsonDeserialize(as = ImmutableRuleRef.class)
public interface RuleRef {
  /** A stable code: letters, digits, '.', '_', ':' or '-', e.g. {@code "fr.iae.exit_category"}. */
  @Value.Parameter
  String name();

  @Value.Parameter
  int version();

  @Value.Check
  default void check() {
    Identifiers.checkCode(name(), "rule name");
    checkArgument(version() >= 1, "rule %s: version must be 1 or more (was %s)", name(), version());
  }

  static RuleRef of(String name, int version) {
    return ImmutableRuleRef.of(name, version);
  }
}
