package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The verdict on one practice element in one target context, with its reason: the worst of what every
 * rule found about it ({@link #findings()}), the adaptations it needs and the requirements it does not
 * meet.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableElementVerdict.class)
@JsonDeserialize(as = ImmutableElementVerdict.class)
public interface ElementVerdict {
  PracticeElementId element();

  /** The element's name, so that a verdict reads on its own. */
  String name();

  boolean essential();

  Verdict verdict();

  /**
   * Why, in plain English: the reasons of the findings that decided the verdict, for logs and tests; a reader
   * gets it in their language, with each requirement's why, from {@link TransferWords#reason}.
   */
  String reason();

  /** Everything the rules found, in rule order; empty when no rule had anything to say. */
  List<Finding> findings();

  /** The adaptations named by the rules, each once, in the order found. */
  default List<Adaptation> adaptations() {
    Set<Adaptation> adaptations = new LinkedHashSet<>();
    findings().forEach(f -> f.adaptation().ifPresent(adaptations::add));
    return List.copyOf(adaptations);
  }

  /** The requirements the context does not meet (adapted or not), each once, in the order found. */
  default List<Requirement> unmetRequirements() {
    Set<Requirement> unmet = new LinkedHashSet<>();
    findings().stream()
        .filter(f -> f.verdict() != Verdict.TRANSFERABLE)
        .forEach(f -> f.requirement().ifPresent(unmet::add));
    return List.copyOf(unmet);
  }

  /** The adaptation with this id, if the verdict names it. */
  default Optional<Adaptation> adaptation(AdaptationId id) {
    return adaptations().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlank(name(), "elementVerdict.name");
    Checks.checkNotBlank(reason(), "elementVerdict.reason");
    Verdict worst = findings().stream().map(Finding::verdict).reduce(Verdict.TRANSFERABLE, Verdict::worst);
    checkArgument(
        verdict() == worst,
        "element %s has verdict %s but its findings' worst verdict is %s: the verdict is the worst finding",
        element(),
        verdict(),
        worst);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableElementVerdict.Builder {}
}
