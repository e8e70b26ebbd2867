package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** How many people hold a staff role, and how many full-time equivalents (FTE) that makes. */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffing.class)
@JsonDeserialize(as = ImmutableStaffing.class)
public interface Staffing {
  @Value.Parameter
  StaffRole role();

  @Value.Parameter
  int headcount();

  @Value.Parameter
  BigDecimal fullTimeEquivalent();

  @Value.Check
  default void check() {
    Checks.checkNonNegative(headcount(), "staffing.headcount");
    Checks.checkNonNegative(fullTimeEquivalent(), "staffing.fullTimeEquivalent");
  }

  static Staffing of(StaffRole role, int headcount, BigDecimal fullTimeEquivalent) {
    return ImmutableStaffing.of(role, headcount, fullTimeEquivalent);
  }

  /** Shorthand: {@code Staffing.of(StaffRole.RESIDENT_LIAISON_COUNSELLOR, 2, "2")}. */
  static Staffing of(StaffRole role, int headcount, String fullTimeEquivalent) {
    return of(role, headcount, new BigDecimal(fullTimeEquivalent));
  }
}
