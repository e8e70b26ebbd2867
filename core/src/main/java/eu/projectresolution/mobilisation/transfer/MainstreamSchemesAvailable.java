package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A mainstream scheme of at least one of the given kinds must exist locally for people to be referred to.
 * SIPA's whole purpose is to reconnect people with the schemes that already exist ("dispositifs de droit
 * commun"): where there are none, there is nothing to refer to. Written
 * {@code {"type": "mainstreamSchemes", "anyOf": ["PUBLIC_EMPLOYMENT_SERVICE", "TRAINING"]}}.
 */
@Value.Immutable
@JsonTypeName("mainstreamSchemes")
@JsonSerialize(as = ImmutableMainstreamSchemesAvailable.class)
@JsonDeserialize(as = ImmutableMainstreamSchemesAvailable.class)
public interface MainstreamSchemesAvailable extends Requirement {
  Set<SchemeKind> anyOf();

  @Override
  default boolean isMetBy(TransferContext context) {
    return anyOf().stream().anyMatch(context.mainstreamSchemes()::contains);
  }

  @Override
  default String describe() {
    return "a mainstream scheme to refer people to, of kind " + Texts.joinOr(anyOf());
  }

  @Override
  default String observedIn(TransferContext context) {
    List<SchemeKind> available = anyOf().stream().filter(context.mainstreamSchemes()::contains).toList();
    if (!available.isEmpty()) {
      return "available: " + Texts.join(available);
    }
    return context.mainstreamSchemes().isEmpty()
        ? "no mainstream scheme available"
        : "mainstream schemes available: " + Texts.join(context.mainstreamSchemes());
  }

  @Value.Check
  default void check() {
    Checks.checkText(why(), "requirement " + id() + ".why", Checks.DESCRIPTION);
    checkArgument(!anyOf().isEmpty(), "requirement %s: anyOf must name at least one scheme kind", id());
  }

  static MainstreamSchemesAvailable of(RequirementId id, SchemeKind first, SchemeKind... more) {
    return builder().id(id).addAnyOf(first).addAnyOf(more).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableMainstreamSchemesAvailable.Builder {}
}
