package eu.projectresolution.mobilisation.transfer;

import eu.projectresolution.mobilisation.programme.Language;
import java.util.List;

/**
 * The Java extension point of transferability: evaluates one element of a practice against a target
 * context and reports what it finds. A partner adds its own rules to a rule set without forking:
 *
 * <pre>{@code
 * Requirement dutch = WorkingLanguage.of(RequirementId.of("recruiters-language"), Language.of("nl"));
 * TransferRule flemishRecruiters = (element, context) ->
 *     element.id().equals(SipaTransfer.RECRUT_CAFE)
 *             && context.country().equals(CountryCode.of("BE"))
 *             && !dutch.isMetBy(context)
 *         ? List.of(Finding.adapt(dutch, interpreter, "Recruiters work in Dutch; an association interprets."))
 *         : List.of();
 * TransferRules flemish = SipaTransfer.rules().with(flemishRecruiters);
 * }</pre>
 *
 * <p>The element's verdict is the worst of what all the rules of a set found about it; an element no rule
 * says anything about is {@link Verdict#TRANSFERABLE}. The rules built from a JSON rule file are a
 * {@link RequirementCheck}.
 *
 * <p>A rule must be deterministic (the same element and context always give the same findings) and
 * monotone (more partners, staff or budget, or a shorter trip, never give a worse verdict).
 * {@code TransferabilityContract}, in core's test-jar, checks both and more against any rule set.
 */
@FunctionalInterface
public interface TransferRule {
  /**
   * What this rule finds about {@code element} in {@code context}.
   *
   * @return the findings, in a stable order; empty when the rule has nothing to say about this element
   */
  List<Finding> evaluate(PracticeElement element, TransferContext context);
}
