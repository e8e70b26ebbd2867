package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Records what the counsellor and the person agreed after the first reception.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrient.class)
@JsonDeserialize(as = ImmutableOrient.class)
public non-sealed interface Orient extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  Orientation orientation();

  @Override
  LocalDate occurredOn();

  /** Defaults to {@link StaffRole#CAREER_COUNSELLOR}. */
  @Override
  @Value.Default
  default StaffRole actor() {
    return StaffRole.CAREER_COUNSELLOR;
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableOrient.Builder {}
}
