package eu.projectresolution.mobilisation.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.programme.StaffMemberId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every pathway event records besides its own facts: whose pathway, its position in the stream
 * ({@link #version()}, from 1, without gaps), the command that produced it, when it was recorded (from
 * the engine's clock) and when it happened (the business date a counsellor gives), who acted (their role,
 * and the staff member when the host names them), and the
 * stage the pathway is in after it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEventHeader.class)
@JsonDeserialize(as = ImmutableEventHeader.class)
public interface EventHeader {
  BeneficiaryId beneficiaryId();

  /** The event's position in the beneficiary's stream: 1 for the capture, then 2, 3... */
  long version();

  CommandId commandId();

  /** When the engine recorded the event (its clock). */
  Instant recordedAt();

  /** When it happened (the day the counsellor gives). */
  LocalDate occurredOn();

  /** The staff role that acted. */
  StaffRole actor();

  /** The staff member who acted, if the host named them (events recorded before authors have none). */
  Optional<StaffMemberId> author();

  /** The stage the pathway is in after this event. */
  Stage stage();

  @Value.Check
  default void check() {
    checkArgument(version() >= 1, "eventHeader.version must be 1 or more (was %s)", version());
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableEventHeader.Builder {}
}
