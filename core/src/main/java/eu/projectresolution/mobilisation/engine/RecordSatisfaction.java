package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Records the person's answer to the satisfaction survey.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordSatisfaction.class)
@JsonDeserialize(as = ImmutableRecordSatisfaction.class)
public non-sealed interface RecordSatisfaction extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  SatisfactionResponse response();

  @Override
  LocalDate occurredOn();

  /** Defaults to {@link StaffRole#RECEPTION_OFFICER}. */
  @Override
  @Value.Default
  default StaffRole actor() {
    return StaffRole.RECEPTION_OFFICER;
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRecordSatisfaction.Builder {}
}
