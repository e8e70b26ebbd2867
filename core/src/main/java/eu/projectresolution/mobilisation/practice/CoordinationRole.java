package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role in the coordination team and how many people hold it, e.g. SIPA's "2 conseillers relais
 * habitants". {@link #staffRole()} links it, when it matches one, to the engine's
 * {@link StaffRole}, so that a sheet and a programme speak of the same people.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoordinationRole.class)
@JsonDeserialize(as = ImmutableCoordinationRole.class)
public interface CoordinationRole {
  /** The role as the sheet names it. */
  LocalizedText role();

  /** How many people hold it; at least one. */
  int headcount();

  Optional<StaffRole> staffRole();

  static CoordinationRole of(LocalizedText role, int headcount, StaffRole staffRole) {
    return builder().role(role).headcount(headcount).staffRole(staffRole).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCoordinationRole.Builder {}
}
