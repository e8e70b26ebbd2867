package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one {@link TransferRule} found about one element in one context: a verdict with its reason, the
 * requirement concerned and, for {@link Verdict#ADAPT ADAPT}, the adaptation. Explanations are complete
 * by construction: an {@code ADAPT} finding names its requirement and its adaptation, a
 * {@code NOT_TRANSFERABLE} finding names its unmet requirement, and every finding has a reason.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public interface Finding {
  Verdict verdict();

  /**
   * Why, in plain English: the engine's own record of the finding, for logs and tests; a reader gets it in
   * their language from {@link TransferWords#reason}.
   */
  String reason();

  /** The requirement concerned: met for {@code TRANSFERABLE}, unmet otherwise. */
  Optional<Requirement> requirement();

  /** The adaptation that makes the element work, for {@code ADAPT} only. */
  Optional<Adaptation> adaptation();

  @Value.Check
  default void check() {
    Checks.checkNotBlank(reason(), "finding.reason");
    checkArgument(
        verdict() == Verdict.TRANSFERABLE || requirement().isPresent(),
        "a %s finding must name the unmet requirement (finding: %s)",
        verdict(),
        reason());
    checkArgument(
        (verdict() == Verdict.ADAPT) == adaptation().isPresent(),
        "an ADAPT finding, and only an ADAPT finding, names its adaptation (finding: %s %s)",
        verdict(),
        reason());
  }

  /** The element carries over as it is, as far as this finding goes. */
  static Finding transferable(String reason) {
    return builder().verdict(Verdict.TRANSFERABLE).reason(reason).build();
  }

  /** Requirement {@code met} is met. */
  static Finding transferable(Requirement met, String reason) {
    return builder().verdict(Verdict.TRANSFERABLE).requirement(met).reason(reason).build();
  }

  /** Requirement {@code unmet} is not met, but {@code adaptation} makes the element work. */
  static Finding adapt(Requirement unmet, Adaptation adaptation, String reason) {
    return builder().verdict(Verdict.ADAPT).requirement(unmet).adaptation(adaptation).reason(reason).build();
  }

  /** Requirement {@code unmet} is not met and nothing makes up for it. */
  static Finding notTransferable(Requirement unmet, String reason) {
    return builder().verdict(Verdict.NOT_TRANSFERABLE).requirement(unmet).reason(reason).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableFinding.Builder {}
}
