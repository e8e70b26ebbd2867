package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The target territory must be of one of the given types, e.g. door-to-door in building halls needs a
 * priority urban neighbourhood or another urban area. Written
 * {@code {"type": "territoryType", "anyOf": ["PRIORITY_URBAN_NEIGHBOURHOOD", "OTHER_URBAN"]}}.
 */
@Value.Immutable
@JsonTypeName("territoryType")
@JsonSerialize(as = ImmutableTerritoryTypeIn.class)
@JsonDeserialize(as = ImmutableTerritoryTypeIn.class)
public interface TerritoryTypeIn extends Requirement {
  Set<TerritoryType> anyOf();

  @Override
  default boolean isMetBy(TransferContext context) {
    return anyOf().contains(context.territoryType());
  }

  @Override
  default String describe() {
    return "a territory of type " + Texts.joinOr(anyOf());
  }

  @Override
  default String observedIn(TransferContext context) {
    return "territory type " + context.territoryType();
  }

  @Value.Check
  default void check() {
    Checks.checkText(why(), "requirement " + id() + ".why", Checks.DESCRIPTION);
    checkArgument(!anyOf().isEmpty(), "requirement %s: anyOf must name at least one territory type", id());
  }

  static TerritoryTypeIn of(RequirementId id, TerritoryType first, TerritoryType... more) {
    return builder().id(id).addAnyOf(first).addAnyOf(more).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTerritoryTypeIn.Builder {}
}
