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
 * Corrects an earlier event of a person's pathway that was recorded wrong: an exit's reason, a status
 * at entry, the day of an event, the site of a welcome, the channel of a capture or a contact, a
 * referral's outcome (GDPR Art. 16, the right to rectification). The event itself stays in the stream,
 * beside the correction, its reason and who made it; the pathway, the person's facts and every report
 * read the event as corrected.
 *
 * <pre>{@code
 * engine.correct(tenant, CorrectEvent.builder()
 *     .beneficiaryId(amina).correctedVersion(7)
 *     .correction(new Correction.OfExit(ExitReason.EMPLOYMENT, situation, Optional.empty()))
 *     .reason("Exit typed as a training; it was a job")
 *     .occurredOn(today).actor(StaffRole.SITE_MANAGER).author(StaffMemberId.of("ideis:m.durand"))
 *     .build());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCorrectEvent.class)
@JsonDeserialize(as = ImmutableCorrectEvent.class)
public non-sealed interface CorrectEvent extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  /** The version of the event to correct, as {@code Pathway}'s events number them. */
  long correctedVersion();

  Correction correction();

  /** Why, in the counsellor's words (at most {@value Corrections#MAX_REASON_LENGTH} characters). */
  String reason();

  /** The day the correction is made. */
  @Override
  LocalDate occurredOn();

  /** The staff role that makes the correction. */
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

  final class Builder extends ImmutableCorrectEvent.Builder {}
}
