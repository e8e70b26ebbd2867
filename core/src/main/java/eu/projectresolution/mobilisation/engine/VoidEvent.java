package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.pathway.Corrections;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Voids an earlier event that should never have been recorded (an exit typed for the wrong person, an
 * appointment that did not exist). The event stays in the stream, beside the void, its reason and who
 * made it; the pathway, the person's facts and every report read the pathway as if it had not been
 * recorded. An event others build on cannot be voided out from under them: the capture never, and a
 * move along the pathway (a welcome, an exit...) only while it is the latest event.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVoidEvent.class)
@JsonDeserialize(as = ImmutableVoidEvent.class)
public non-sealed interface VoidEvent extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  /** The version of the event to void. */
  long voidedVersion();

  /** Why, in the counsellor's words (at most {@value Corrections#MAX_REASON_LENGTH} characters). */
  String reason();

  /** The day the void is made. */
  @Override
  LocalDate occurredOn();

  /** The staff role that voids the event. */
  @Override
  StaffRole actor();

  @Value.Check
  default void checkReason() {
    Checks.checkNotBlankText(reason(), "reason", Corrections.MAX_REASON_LENGTH);
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableVoidEvent.Builder {}
}
