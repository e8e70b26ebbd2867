package eu.projectresolution.mobilisation.transfer;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The target team must have at least this many full-time equivalents in a role, e.g. one FTE of
 * resident-liaison counsellor for outreach. Written
 * {@code {"type": "staff", "role": "RESIDENT_LIAISON_COUNSELLOR", "minimumFullTimeEquivalent": 1}}.
 */
@Value.Immutable
@JsonTypeName("staff")
@JsonSerialize(as = ImmutableMinimumStaff.class)
@JsonDeserialize(as = ImmutableMinimumStaff.class)
public interface MinimumStaff extends Requirement {
  StaffRole role();

  BigDecimal minimumFullTimeEquivalent();

  @Override
  default boolean isMetBy(TransferContext context) {
    return context.fullTimeEquivalent(role()).compareTo(minimumFullTimeEquivalent()) >= 0;
  }

  @Override
  default String describe() {
    return "at least " + minimumFullTimeEquivalent().toPlainString() + " FTE of " + role();
  }

  @Override
  default String observedIn(TransferContext context) {
    return context.fullTimeEquivalent(role()).toPlainString() + " FTE of " + role();
  }

  @Value.Check
  default void check() {
    Checks.checkText(why(), "requirement " + id() + ".why", Checks.DESCRIPTION);
    Checks.checkNonNegative(minimumFullTimeEquivalent(), "requirement " + id() + ".minimumFullTimeEquivalent");
  }

  static MinimumStaff of(RequirementId id, StaffRole role, BigDecimal minimumFullTimeEquivalent) {
    return builder().id(id).role(role).minimumFullTimeEquivalent(minimumFullTimeEquivalent).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableMinimumStaff.Builder {}
}
