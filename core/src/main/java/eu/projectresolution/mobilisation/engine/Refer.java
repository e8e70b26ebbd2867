package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Refers the person to a mainstream scheme that one of the programme's partners provides.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRefer.class)
@JsonDeserialize(as = ImmutableRefer.class)
public non-sealed interface Refer extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  /** The id of the new referral, to record its outcome later. */
  ReferralId referralId();

  SchemeId schemeId();

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

  final class Builder extends ImmutableRefer.Builder {}
}
