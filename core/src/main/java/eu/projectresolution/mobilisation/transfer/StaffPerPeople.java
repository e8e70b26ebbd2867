package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The target team must have full-time equivalents in a role in proportion to the people it serves: at least
 * {@link #minimumFullTimeEquivalent()} FTE for every {@link #per()} people to reach (or to accompany). A
 * village that means to reach 300 people needs a fraction of the reception staff a town of 117,000 needed,
 * where an absolute minimum ({@link MinimumStaff}) would refuse it for lacking a whole reception officer.
 * SIPA had 3 reception officers for 17,000 people welcomed, hence 0.176 FTE per 1,000 people to reach:
 *
 * <pre>{@code
 * {"type": "staffPerPeople", "role": "RECEPTION_OFFICER", "minimumFullTimeEquivalent": 0.176,
 *  "per": 1000, "of": "PEOPLE_TO_REACH"}
 * }</pre>
 *
 * <p>Met when {@code FTE in role x per >= minimumFullTimeEquivalent x people}, compared exactly. Scaled to
 * the people to accompany, it is not met when the context does not say how many people it will accompany
 * ({@link TransferContext#peopleToAccompany()}): the reason says so, and to add it.
 */
@Value.Immutable
@JsonTypeName("staffPerPeople")
@JsonSerialize(as = ImmutableStaffPerPeople.class)
@JsonDeserialize(as = ImmutableStaffPerPeople.class)
public interface StaffPerPeople extends Requirement {
  StaffRole role();

  /** The full-time equivalents needed in the role for every {@link #per()} people. */
  BigDecimal minimumFullTimeEquivalent();

  /** How many people {@link #minimumFullTimeEquivalent()} is for, e.g. 1,000 or 100. */
  long per();

  /** Whether the people counted are those to reach or those to accompany. */
  PeopleServed of();

  /** How many people the context counts for this requirement; empty when it does not say. */
  default OptionalLong people(TransferContext context) {
    return switch (of()) {
      case PEOPLE_TO_REACH -> OptionalLong.of(context.peopleToReach());
      case PEOPLE_TO_ACCOMPANY -> context.peopleToAccompany();
    };
  }

  /**
   * The full-time equivalents the context needs in the role, rounded up to three decimals; empty when it does
   * not say how many people it serves.
   */
  default Optional<BigDecimal> neededIn(TransferContext context) {
    OptionalLong people = people(context);
    if (people.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(minimumFullTimeEquivalent().multiply(BigDecimal.valueOf(people.getAsLong()))
        .divide(BigDecimal.valueOf(per()), 3, RoundingMode.CEILING));
  }

  @Override
  default boolean isMetBy(TransferContext context) {
    OptionalLong people = people(context);
    if (people.isEmpty()) {
      return false;
    }
    BigDecimal available = context.fullTimeEquivalent(role()).multiply(BigDecimal.valueOf(per()));
    return available.compareTo(minimumFullTimeEquivalent().multiply(BigDecimal.valueOf(people.getAsLong()))) >= 0;
  }

  @Override
  default String describe() {
    return "at least " + minimumFullTimeEquivalent().toPlainString() + " FTE of " + role() + " per " + per() + " "
        + (of() == PeopleServed.PEOPLE_TO_REACH ? "people to reach" : "people to accompany");
  }

  @Override
  default String observedIn(TransferContext context) {
    String available = context.fullTimeEquivalent(role()).toPlainString() + " FTE of " + role();
    return neededIn(context)
        .map(needed -> available + " for " + people(context).getAsLong()
            + (of() == PeopleServed.PEOPLE_TO_REACH ? " people to reach" : " people to accompany")
            + ", which need " + needed.toPlainString() + " FTE")
        .orElse(available + "; the context does not say how many people it will accompany (peopleToAccompany)");
  }

  @Value.Check
  default void check() {
    Checks.checkText(why(), "requirement " + id() + ".why", Checks.DESCRIPTION);
    Checks.checkNonNegative(minimumFullTimeEquivalent(), "requirement " + id() + ".minimumFullTimeEquivalent");
    checkArgument(per() > 0, "requirement %s.per must be at least 1 (was %s): the FTE are for every 'per' people",
        id(), per());
  }

  /** At least {@code fullTimeEquivalent} FTE in {@code role} for every {@code per} people of {@code of}. */
  static StaffPerPeople of(RequirementId id, StaffRole role, BigDecimal fullTimeEquivalent, long per, PeopleServed of) {
    return builder().id(id).role(role).minimumFullTimeEquivalent(fullTimeEquivalent).per(per).of(of).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableStaffPerPeople.Builder {}
}
