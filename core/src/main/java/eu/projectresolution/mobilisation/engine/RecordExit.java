package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.pathway.ExitCircumstance;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Records the person's exit from the programme and the situation observed at that moment.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordExit.class)
@JsonDeserialize(as = ImmutableRecordExit.class)
public non-sealed interface RecordExit extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  ExitReason reason();

  Situation situation();

  /**
   * A circumstance (long illness, maternity, incarceration...) that withdraws the exit from funders'
   * rates, if there is one.
   */
  Optional<ExitCircumstance> circumstance();

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

  final class Builder extends ImmutableRecordExit.Builder {}
}
