package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Whether a practice can work in a target territory, and how: every element's verdict with its reason,
 * the practice's verdict and an overall score. Produced by {@link TransferRules#assess}.
 *
 * <pre>{@code
 * TransferabilityAssessment rural =
 *     SipaTransfer.rules().assess(SipaTransfer.practice(), SipaTransfer.nordFrancheComteRural());
 * rural.transferable();   // true: every essential element is TRANSFERABLE or ADAPT
 * rural.verdict();        // ADAPT: it carries over, with named adaptations
 * rural.score();          // 0.708
 * System.out.println(rural.explain());
 * }</pre>
 *
 * <h2>The practice's verdict</h2>
 *
 * <ul>
 *   <li>{@link Verdict#NOT_TRANSFERABLE NOT_TRANSFERABLE} when at least one essential element is
 *       {@code NOT_TRANSFERABLE}, whatever the other elements;
 *   <li>otherwise {@link Verdict#ADAPT ADAPT} when some element (essential or optional) is not
 *       {@code TRANSFERABLE}: the practice carries over with the named adaptations, leaving out the optional
 *       elements that cannot work there;
 *   <li>otherwise {@link Verdict#TRANSFERABLE TRANSFERABLE}.
 * </ul>
 *
 * <p>So the practice is {@linkplain #transferable() transferable} if and only if every essential element is
 * {@code TRANSFERABLE} or {@code ADAPT}.
 *
 * <h2>The score</h2>
 *
 * <p>A number between 0 and 1 saying how much of the practice carries over as it is, to compare contexts:
 *
 * <pre>
 * score = sum over elements of (weight x value) / sum over elements of (weight x 2)
 *   weight: essential element 2, optional element 1
 *   value:  TRANSFERABLE 2, ADAPT 1, NOT_TRANSFERABLE 0
 * </pre>
 *
 * <p>rounded half-up to three decimals ({@link #scorePoints()} and {@link #maximumPoints()} give the exact
 * numerator and denominator). The score does not override the verdict: a practice whose one essential
 * element cannot work is not transferable even with a high score, and a practice is transferable with
 * any score above 0 as long as its essential elements carry over. The score is 1 exactly when every
 * element is {@code TRANSFERABLE}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransferabilityAssessment.class)
@JsonDeserialize(as = ImmutableTransferabilityAssessment.class)
public interface TransferabilityAssessment {
  /** Weight of an essential element in the score. */
  int ESSENTIAL_WEIGHT = 2;
  /** Weight of an optional element in the score. */
  int OPTIONAL_WEIGHT = 1;

  PracticeCode practice();

  String practiceName();

  /** The name of the rule set that produced the assessment. */
  String ruleSet();

  /** The name of the target context. */
  String context();

  /**
   * What the context's country pack says about the target (its territory designation, its public employment
   * services, the schemes people would be referred to); empty when the context names no pack.
   */
  Optional<LocalGround> localGround();

  /** Every element's verdict, in the practice's order. */
  List<ElementVerdict> elements();

  /** The practice's verdict: see the class documentation. */
  default Verdict verdict() {
    boolean essentialFails =
        elements().stream().anyMatch(e -> e.essential() && e.verdict() == Verdict.NOT_TRANSFERABLE);
    if (essentialFails) {
      return Verdict.NOT_TRANSFERABLE;
    }
    boolean anythingChanges = elements().stream().anyMatch(e -> e.verdict() != Verdict.TRANSFERABLE);
    return anythingChanges ? Verdict.ADAPT : Verdict.TRANSFERABLE;
  }

  /** Whether every essential element is {@code TRANSFERABLE} or {@code ADAPT}. */
  default boolean transferable() {
    return verdict() != Verdict.NOT_TRANSFERABLE;
  }

  /** The score's numerator: the sum of weight x value over the elements. */
  default int scorePoints() {
    return elements().stream().mapToInt(e -> weight(e) * value(e.verdict())).sum();
  }

  /** The score's denominator: the points if every element were {@code TRANSFERABLE}. */
  default int maximumPoints() {
    return elements().stream().mapToInt(e -> weight(e) * value(Verdict.TRANSFERABLE)).sum();
  }

  /** {@link #scorePoints()} / {@link #maximumPoints()}, rounded half-up to three decimals. */
  default BigDecimal score() {
    return BigDecimal.valueOf(scorePoints()).divide(BigDecimal.valueOf(maximumPoints()), 3, RoundingMode.HALF_UP);
  }

  /** The verdict on the element with this id, if the practice has it. */
  default Optional<ElementVerdict> element(PracticeElementId id) {
    return elements().stream().filter(e -> e.element().equals(id)).findFirst();
  }

  /** The elements with this verdict, in the practice's order. */
  default List<ElementVerdict> elementsWith(Verdict verdict) {
    return elements().stream().filter(e -> e.verdict() == verdict).toList();
  }

  /**
   * The assessment as plain English text, one line per element, for logs and tests (a reader gets it in their
   * language from {@link TransferWords#explain}), e.g.
   *
   * <pre>
   * SIPA - ... -> Rural area of Nord Franche-Comté: ADAPT (transferable), score 0.708 (17/24)
   * - [essential] Fixed reception sites: ADAPT. Needs adaptation. ...
   * </pre>
   */
  default String explain() {
    StringBuilder text = new StringBuilder();
    text.append(practiceName())
        .append(" -> ")
        .append(context())
        .append(": ")
        .append(verdict())
        .append(transferable() ? " (transferable)" : " (not transferable)")
        .append(", score ")
        .append(score().toPlainString())
        .append(" (")
        .append(scorePoints())
        .append('/')
        .append(maximumPoints())
        .append(')');
    for (ElementVerdict e : elements()) {
      text.append('\n')
          .append("- [")
          .append(e.essential() ? "essential" : "optional")
          .append("] ")
          .append(e.name())
          .append(": ")
          .append(e.verdict())
          .append(". ")
          .append(e.reason());
    }
    return text.toString();
  }

  private static int weight(ElementVerdict element) {
    return element.essential() ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT;
  }

  private static int value(Verdict verdict) {
    return switch (verdict) {
      case TRANSFERABLE -> 2;
      case ADAPT -> 1;
      case NOT_TRANSFERABLE -> 0;
    };
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlank(practiceName(), "assessment.practiceName");
    Checks.checkNotBlank(ruleSet(), "assessment.ruleSet");
    Checks.checkNotBlank(context(), "assessment.context");
    checkArgument(!elements().isEmpty(), "assessment of %s has no element verdict", practice());
    Set<PracticeElementId> seen = new HashSet<>();
    for (ElementVerdict e : elements()) {
      checkArgument(
          seen.add(e.element()), "assessment of %s has two verdicts for element %s", practice(), e.element());
    }
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTransferabilityAssessment.Builder {}
}
