package eu.projectresolution.mobilisation.transfer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import org.immutables.value.Value;

/**
 * Residents must reach a destination within this many minutes, e.g. a fixed reception site works when
 * people can walk or take a bus to it in about twenty minutes. Written
 * {@code {"type": "travelTime", "to": "SITE", "maximumMinutes": 20}}.
 */
@Value.Immutable
@JsonTypeName("travelTime")
@JsonSerialize(as = ImmutableMaximumTravelTime.class)
@JsonDeserialize(as = ImmutableMaximumTravelTime.class)
public interface MaximumTravelTime extends Requirement {
  TravelDestination to();

  int maximumMinutes();

  @Override
  default boolean isMetBy(TransferContext context) {
    return context.travelMinutesTo(to()) <= maximumMinutes();
  }

  @Override
  default String describe() {
    return "at most " + maximumMinutes() + " minutes' travel to " + Texts.destination(to());
  }

  @Override
  default String observedIn(TransferContext context) {
    return context.travelMinutesTo(to()) + " minutes' travel to " + Texts.destination(to());
  }

  @Value.Check
  default void check() {
    Checks.checkText(why(), "requirement " + id() + ".why", Checks.DESCRIPTION);
    Checks.checkNonNegative(maximumMinutes(), "requirement " + id() + ".maximumMinutes");
  }

  static MaximumTravelTime of(RequirementId id, TravelDestination to, int maximumMinutes) {
    return builder().id(id).to(to).maximumMinutes(maximumMinutes).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableMaximumTravelTime.Builder {}
}
