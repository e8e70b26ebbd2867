package eu.projectresolution.mobilisation.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A job observed at a follow-up: its {@link ContractType} and, for a fixed-term contract or a temporary
 * assignment, its duration in whole months.
 *
 * <pre>{@code
 * Employment cdd = Employment.of(ContractType.FIXED_TERM, 8);
 * Employment cdi = Employment.of(ContractType.OPEN_ENDED);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmployment.class)
@JsonDeserialize(as = ImmutableEmployment.class)
public interface Employment {
  ContractType contract();

  /** The contract's duration in months, when it has one. */
  OptionalInt durationMonths();

  @Value.Check
  default void check() {
    durationMonths()
        .ifPresent(
            m -> checkArgument(m >= 1, "employment.durationMonths must be 1 or more (was %s)", m));
  }

  static Employment of(ContractType contract) {
    return ImmutableEmployment.builder().contract(contract).build();
  }

  static Employment of(ContractType contract, int durationMonths) {
    return ImmutableEmployment.builder().contract(contract).durationMonths(durationMonths).build();
  }
}
