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
 * One element of a practice, essential or optional, with what it needs from a target territory. SIPA's
 * elements include its resident-liaison counsellors' outreach in the neighbourhoods (essential), the
 * Recrut'Café (optional) and its fixed reception sites (essential).
 *
 * <pre>{@code
 * PracticeElement recrutCafe = PracticeElement.builder()
 *     .id(PracticeElementId.of("recrut-cafe"))
 *     .name("Recrut'Café with employers and temporary work agencies")
 *     .essential(false)
 *     .addRequirements(
 *         PartnersPresent.of(RequirementId.of("temporary-work-agency"), PartnerKind.TEMPORARY_WORK_AGENCY))
 *     .build();
 * }</pre>
 *
 * <p>An essential element that cannot work in a territory makes the whole practice not transferable
 * there; an optional one can be left out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePracticeElement.class)
@JsonDeserialize(as = ImmutablePracticeElement.class)
public interface PracticeElement {
  PracticeElementId id();

  /** At most 200 characters. */
  String name();

  /** What the element is and how it works, in plain words. At most 2,000 characters. */
  Optional<String> description();

  /** Whether the practice stops being itself without this element. */
  boolean essential();

  /** What the element needs from a target territory; every one must be met for it to carry over as it is. */
  List<Requirement> requirements();

  /** The requirement with this id, if the element has it. */
  default Optional<Requirement> requirement(RequirementId id) {
    return requirements().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(name(), "practiceElement.name", Checks.NAME);
    Checks.checkText(description(), "practiceElement.description", Checks.DESCRIPTION);
    Set<RequirementId> seen = new HashSet<>();
    for (Requirement requirement : requirements()) {
      checkArgument(
          seen.add(requirement.id()),
          "practice element %s lists requirement id %s twice: requirement ids must be unique within an element",
          id(),
          requirement.id());
    }
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePracticeElement.Builder {}
}
