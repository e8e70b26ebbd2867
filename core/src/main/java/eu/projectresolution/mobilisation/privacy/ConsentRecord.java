package eu.projectresolution.mobilisation.privacy;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person giving or withdrawing their consent to one purpose, on a day, as a counsellor recorded it.
 * Records are never changed: a withdrawal is a record of its own, and so is a consent given again.
 * Whether a consent is in force on a day follows from the person's records ({@link #inForce}).
 *
 * <pre>{@code
 * engine.recordConsent(tenant, ConsentRecord.given(amina, ConsentPurpose.followUpAfterExit(), day, "c.martin")
 *     .withExpiresOn(day.plusYears(1)));
 * engine.recordConsent(tenant, ConsentRecord.withdrawn(amina, ConsentPurpose.followUpAfterExit(), later, "c.martin"));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsentRecord.class)
@JsonDeserialize(as = ImmutableConsentRecord.class)
public interface ConsentRecord {
  /** Given or withdrawn. */
  enum Change {
    GIVEN,
    WITHDRAWN
  }

  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  BeneficiaryId beneficiaryId();

  ConsentPurpose purpose();

  Change change();

  /** The day the person gave or withdrew their consent. */
  LocalDate on();

  /**
   * For a consent given for a limited time: the first day it is no longer in force. Absent for a
   * withdrawal and for a consent given until withdrawn.
   */
  Optional<LocalDate> expiresOn();

  /** Who recorded it: the staff member's id as the host knows them (not the person's name). At most 200 characters. */
  String recordedBy();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(recordedBy(), "consentRecord.recordedBy", Checks.NAME);
    expiresOn().ifPresent(expires -> {
      checkArgument(change() == Change.GIVEN,
          "consentRecord.expiresOn is given for a withdrawal: only a consent given may expire");
      checkArgument(expires.isAfter(on()),
          "consentRecord.expiresOn (%s) is not after consentRecord.on (%s): a consent expires after it is given",
          expires, on());
    });
  }

  static ConsentRecord given(BeneficiaryId beneficiary, ConsentPurpose purpose, LocalDate on, String recordedBy) {
    return ImmutableConsentRecord.builder().beneficiaryId(beneficiary).purpose(purpose).change(Change.GIVEN).on(on)
        .recordedBy(recordedBy).build();
  }

  static ConsentRecord withdrawn(BeneficiaryId beneficiary, ConsentPurpose purpose, LocalDate on, String recordedBy) {
    return ImmutableConsentRecord.builder().beneficiaryId(beneficiary).purpose(purpose).change(Change.WITHDRAWN).on(on)
        .recordedBy(recordedBy).build();
  }

  /** This record, expiring on {@code expiresOn} (the first day it is no longer in force). */
  default ConsentRecord withExpiresOn(LocalDate expiresOn) {
    return ImmutableConsentRecord.copyOf(this).withExpiresOn(expiresOn);
  }

  /** This record under another command id. */
  default ConsentRecord withCommandId(CommandId commandId) {
    return ImmutableConsentRecord.copyOf(this).withCommandId(commandId);
  }

  /**
   * Whether the person's consent to {@code purpose} is in force on {@code day}: the latest of their
   * records for it dated on or before that day (the later recorded, between two of the same day) gives
   * it, and it has not expired by then.
   *
   * @param records one person's records, in the order they were recorded
   */
  static boolean inForce(List<ConsentRecord> records, ConsentPurpose purpose, LocalDate day) {
    ConsentRecord latest = null;
    for (ConsentRecord record : records) {
      if (record.purpose().equals(purpose) && !record.on().isAfter(day)
          && (latest == null || !record.on().isBefore(latest.on()))) {
        latest = record;
      }
    }
    return latest != null
        && latest.change() == Change.GIVEN
        && latest.expiresOn().map(day::isBefore).orElse(true);
  }
}
