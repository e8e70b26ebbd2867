package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Records the person's situation as observed on a day (e.g. a follow-up after the exit).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordSituation.class)
@JsonDeserialize(as = ImmutableRecordSituation.class)
public non-sealed interface RecordSituation extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  Situation situation();

  @Override
  LocalDate occurredOn();

  /** Defaults to {@link StaffRole#ADAPTED_ACCOMPANIMENT_COUNSELLOR}. */
  @Override
  @Value.Default
  default StaffRole actor() {
    return StaffRole.ADAPTED_ACCOMPANIMENT_COUNSELLOR;
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRecordSituation.Builder {}
}
