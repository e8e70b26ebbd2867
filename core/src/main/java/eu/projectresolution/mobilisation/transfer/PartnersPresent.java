package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A partner of at least one of the given kinds must be present, e.g. a temporary work agency to co-run a
 * Recrut'Café. Written {@code {"type": "partners", "anyOf": ["TEMPORARY_WORK_AGENCY"]}}; to require two
 * kinds both, write two requirements.
 */
@Value.Immutable
@JsonTypeName("partners")
@JsonSerialize(as = ImmutablePartnersPresent.class)
@JsonDeserialize(as = ImmutablePartnersPresent.class)
public interface PartnersPresent extends Requirement {
  /** The kinds of partner, any one of which meets the requirement. */
  Set<PartnerKind> anyOf();

  @Override
  default boolean isMetBy(TransferContext context) {
    return anyOf().stream().anyMatch(context.partners()::contains);
  }

  @Override
  default String describe() {
    return anyOf().size() == 1
        ? "a partner of kind " + anyOf().iterator().next()
        : "a partner of one of the kinds " + Texts.join(anyOf());
  }

  @Override
  default String observedIn(TransferContext context) {
    List<PartnerKind> present = anyOf().stream().filter(context.partners()::contains).toList();
    if (!present.isEmpty()) {
      return "present: " + Texts.join(present);
    }
    return context.partners().isEmpty() ? "no partner present" : "partners present: " + Texts.join(context.partners());
  }

  @Value.Check
  default void check() {
    Checks.checkText(why(), "requirement " + id() + ".why", Checks.DESCRIPTION);
    checkArgument(!anyOf().isEmpty(), "requirement %s: anyOf must name at least one partner kind", id());
  }

  static PartnersPresent of(RequirementId id, PartnerKind first, PartnerKind... more) {
    return builder().id(id).addAnyOf(first).addAnyOf(more).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePartnersPresent.Builder {}
}
