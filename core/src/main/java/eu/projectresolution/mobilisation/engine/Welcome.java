package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Records a person's first reception at a site ("premier accueil"), or their re-entry after an exit.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWelcome.class)
@JsonDeserialize(as = ImmutableWelcome.class)
public non-sealed interface Welcome extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  SiteId siteId();

  /** The situation at entry, if it was asked: the baseline of before/after rates. */
  Optional<Situation> situation();

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

  final class Builder extends ImmutableWelcome.Builder {}
}
