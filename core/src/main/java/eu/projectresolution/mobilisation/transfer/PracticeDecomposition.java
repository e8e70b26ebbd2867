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
 * A practice split into the elements whose transferability is judged one by one, as section 5 of the
 * practice sheet asks ("which elements are essential?"). SIPA's decomposition ships as
 * {@link SipaTransfer#practice()}: outreach by resident-liaison counsellors, Recrut'Café, fixed reception
 * sites, short adapted accompaniment, referral network to mainstream schemes, user–partner committees,
 * collaborative actions and a final festive event.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePracticeDecomposition.class)
@JsonDeserialize(as = ImmutablePracticeDecomposition.class)
public interface PracticeDecomposition {
  /** The practice's code, e.g. {@code sipa}. */
  PracticeCode code();

  /** The practice's name, e.g. "SIPA - Sites d'Information, de Projets et d'Accompagnement". At most 200 characters. */
  String name();

  /** At most 2,000 characters. */
  Optional<String> description();

  List<PracticeElement> elements();

  /** The element with this id, if the practice has it. */
  default Optional<PracticeElement> element(PracticeElementId id) {
    return elements().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The elements without which the practice stops being itself. */
  default List<PracticeElement> essentialElements() {
    return elements().stream().filter(PracticeElement::essential).toList();
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(name(), "practice.name", Checks.NAME);
    Checks.checkText(description(), "practice.description", Checks.DESCRIPTION);
    checkArgument(!elements().isEmpty(), "practice %s has no element: list at least one", code());
    Set<PracticeElementId> seen = new HashSet<>();
    for (PracticeElement element : elements()) {
      checkArgument(
          seen.add(element.id()),
          "practice %s lists element id %s twice: element ids must be unique",
          code(),
          element.id());
    }
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePracticeDecomposition.Builder {}
}
