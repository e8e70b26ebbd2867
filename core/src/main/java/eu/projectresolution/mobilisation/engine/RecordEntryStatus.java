package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Records a participant's status at entry: labour-market status, education level and the special
 * categories funders ask about. Accepted once per person, after the welcome; a second one is refused
 * with {@code ENTRY_STATUS_ALREADY_RECORDED}. The special-category answers are kept apart from the
 * event, in the personal-data store, each with its lawful basis (see {@code EntryStatus}); the reports
 * count them all the same.
 *
 * <pre>{@code
 * engine.recordEntryStatus(tenant, RecordEntryStatus.builder()
 *     .beneficiaryId(amina)
 *     .entryStatus(EntryStatus.builder()
 *         .labourMarketStatus(LabourMarketStatus.LONG_TERM_UNEMPLOYED)
 *         .educationLevel(EducationLevel.ISCED_3_4)
 *         .build())
 *     .occurredOn(LocalDate.of(2017, 3, 14))
 *     .build());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordEntryStatus.class)
@JsonDeserialize(as = ImmutableRecordEntryStatus.class)
public non-sealed interface RecordEntryStatus extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  EntryStatus entryStatus();

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

  final class Builder extends ImmutableRecordEntryStatus.Builder {}
}
