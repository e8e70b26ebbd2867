package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named way to make an element work where some of its requirements are not met, possible when every
 * one of its conditions ({@link #when()}) holds. For SIPA in a rural area: "itinerant reception days in
 * town halls, or a mobile office, instead of fixed sites", compensating the fixed sites' need for an urban
 * setting and a short trip, and possible when the municipalities take part.
 *
 * <pre>{@code
 * Adaptation itinerant = Adaptation.builder()
 *     .id(AdaptationId.of("itinerant-reception-days"))
 *     .element(PracticeElementId.of("fixed-reception-sites"))
 *     .addCompensates(RequirementId.of("urban-setting"), RequirementId.of("site-within-reach"))
 *     .addWhen(PartnersPresent.of(RequirementId.of("town-halls"), PartnerKind.MUNICIPALITY))
 *     .description("Itinerant reception days in town halls, or a mobile office, instead of fixed sites")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdaptation.class)
@JsonDeserialize(as = ImmutableAdaptation.class)
public interface Adaptation {
  AdaptationId id();

  /** The element this adaptation changes. */
  PracticeElementId element();

  /** The element's requirements that this adaptation makes unnecessary. */
  List<RequirementId> compensates();

  /** The conditions under which the adaptation is possible; all must hold (none: always possible). */
  List<Requirement> when();

  /** The adaptation in plain words, as a partner would read it in a verdict. At most 2,000 characters. */
  String description();

  /** Why it works, e.g. where it was tried. At most 2,000 characters. */
  Optional<String> why();

  /** Whether every condition of the adaptation holds in {@code context}. */
  default boolean isPossibleIn(TransferContext context) {
    return when().stream().allMatch(condition -> condition.isMetBy(context));
  }

  /** Whether this adaptation compensates requirement {@code requirement} of element {@code element}. */
  default boolean isFor(PracticeElementId element, RequirementId requirement) {
    return element().equals(element) && compensates().contains(requirement);
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(description(), "adaptation " + id() + ".description", Checks.DESCRIPTION);
    Checks.checkText(why(), "adaptation " + id() + ".why", Checks.DESCRIPTION);
    checkArgument(
        !compensates().isEmpty(),
        "adaptation %s compensates no requirement: name at least one requirement id of element %s",
        id(),
        element());
    Set<RequirementId> seen = new HashSet<>();
    for (Requirement condition : when()) {
      checkArgument(
          seen.add(condition.id()),
          "adaptation %s lists condition id %s twice: condition ids must be unique within an adaptation",
          id(),
          condition.id());
    }
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAdaptation.Builder {}
}
