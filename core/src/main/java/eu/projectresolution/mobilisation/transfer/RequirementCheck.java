package eu.projectresolution.mobilisation.transfer;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule a JSON rule file stands for: checks each requirement the element declares and, when one is not
 * met, looks for an adaptation that compensates it and is possible in the context.
 *
 * <ul>
 *   <li>requirement met: {@link Verdict#TRANSFERABLE TRANSFERABLE};
 *   <li>not met, and an adaptation for this element and requirement has every condition met:
 *       {@link Verdict#ADAPT ADAPT}, naming the first such adaptation in rule-file order;
 *   <li>otherwise {@link Verdict#NOT_TRANSFERABLE NOT_TRANSFERABLE}, naming the requirement (and the
 *       conditions that ruled out the adaptations there were).
 * </ul>
 *
 * <p>Since every built-in requirement is monotone and adaptation conditions are requirements too, this rule
 * is monotone: a richer context never makes a verdict worse.
 */
public final class RequirementCheck implements TransferRule {
  private final ImmutableList<Adaptation> adaptations;

  private RequirementCheck(List<Adaptation> adaptations) {
    this.adaptations = ImmutableList.copyOf(adaptations);
  }

  /** Checks the declared requirements, compensating unmet ones with these adaptations when possible. */
  public static RequirementCheck withAdaptations(List<Adaptation> adaptations) {
    return new RequirementCheck(requireNonNull(adaptations, "adaptations"));
  }

  /** Checks the declared requirements, with no adaptation: any unmet requirement is NOT_TRANSFERABLE. */
  public static RequirementCheck withoutAdaptations() {
    return new RequirementCheck(List.of());
  }

  public List<Adaptation> adaptations() {
    return adaptations;
  }

  @Override
  public List<Finding> evaluate(PracticeElement element, TransferContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Requirement requirement : element.requirements()) {
      findings.add(evaluate(element, requirement, context));
    }
    return findings;
  }

  private Finding evaluate(PracticeElement element, Requirement requirement, TransferContext context) {
    String stated = "requirement '" + requirement.id() + "' (" + requirement.describe() + ")";
    String observed = requirement.observedIn(context);
    if (requirement.isMetBy(context)) {
      return Finding.transferable(requirement, capitalised(stated) + " is met: " + observed + ".");
    }
    List<Adaptation> candidates =
        adaptations.stream().filter(a -> a.isFor(element.id(), requirement.id())).toList();
    Optional<Adaptation> possible = candidates.stream().filter(a -> a.isPossibleIn(context)).findFirst();
    if (possible.isPresent()) {
      return Finding.adapt(
          requirement,
          possible.get(),
          capitalised(stated) + " is not met (" + observed + "); adaptation '" + possible.get().id() + "' compensates it.");
    }
    StringBuilder reason =
        new StringBuilder(capitalised(stated)).append(" is not met (").append(observed).append(")");
    if (candidates.isEmpty()) {
      reason.append(" and no adaptation is known for it.");
    } else {
      reason.append(" and no adaptation is possible here:");
      for (Adaptation candidate : candidates) {
        reason.append(" '").append(candidate.id()).append("' would need");
        candidate.when().stream()
            .filter(condition -> !condition.isMetBy(context))
            .forEach(
                condition ->
                    reason
                        .append(' ')
                        .append(condition.describe())
                        .append(" (")
                        .append(condition.observedIn(context))
                        .append(')'));
        reason.append('.');
      }
    }
    return Finding.notTransferable(requirement, reason.toString());
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequirementCheck that && adaptations.equals(that.adaptations);
  }

  @Override
  public int hashCode() {
    return adaptations.hashCode();
  }

  @Override
  public String toString() {
    return "RequirementCheck" + adaptations.stream().map(a -> a.id().value()).toList();
  }
}
