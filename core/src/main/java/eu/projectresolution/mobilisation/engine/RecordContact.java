package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Records another contact with a person already known, e.g. attending a second Recrut'Café.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordContact.class)
@JsonDeserialize(as = ImmutableRecordContact.class)
public non-sealed interface RecordContact extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  Contact contact();

  /** The day of the contact. */
  @Override
  default LocalDate occurredOn() {
    return contact().on();
  }

  /** The staff role that made the contact. */
  @Override
  default StaffRole actor() {
    return contact().staffRole();
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRecordContact.Builder {}
}
