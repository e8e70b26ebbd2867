package eu.projectresolution.mobilisation.outcome;

/**
 * Supplies a partner's {@link RuleSet} to {@link OutcomeRules#withDiscovered()} through {@link
 * java.util.ServiceLoader}: implement it with a public no-argument constructor and name the class in
 * {@code META-INF/services/eu.projectresolution.mobilisation.outcome.RuleSetProvider} of the partner's
 * jar. Core is never touched.
 */
public interface RuleSetProvider {
  RuleSet ruleSet();
}
