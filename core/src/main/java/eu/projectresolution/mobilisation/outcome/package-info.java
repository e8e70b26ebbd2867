/**
 * Outcome rules: named, versioned rules that classify a pathway (its entry, its exit and the follow-ups
 * of the exit) into categories, each classification with its reason. Whether an exit is "positive" is
 * never a recorded fact: it is what a rule decides, and different funders decide differently.
 *
 * <p>Three {@link eu.projectresolution.mobilisation.outcome.RuleSet}s ship ({@link
 * eu.projectresolution.mobilisation.outcome.RuleSets}): SIPA's positive exit, the French work-integration
 * (IAE) exit categories of the DARES, and the ESF+ common output and result indicators of Regulation
 * (EU) 2021/1057, Annex I. A partner adds its own (Spain, Italy, Belgium...) without touching core,
 * through {@link eu.projectresolution.mobilisation.outcome.OutcomeRules#with} or a {@link
 * eu.projectresolution.mobilisation.outcome.RuleSetProvider} found by {@link java.util.ServiceLoader}.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.outcome;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
