package eu.projectresolution.mobilisation.privacy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The audit entry an erasure leaves (GDPR Art. 5(2) and 30): whose data, who asked, on which ground,
 * when, who recorded it and which classes of data were erased. It holds none of the erased data, so it
 * is kept for good, beside the pseudonymous pathway.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableErasureRecord.class)
@JsonDeserialize(as = ImmutableErasureRecord.class)
public interface ErasureRecord {
  /** The erasure's command id (a purge gives each erasure its own). */
  CommandId commandId();

  BeneficiaryId beneficiaryId();

  Requester requester();

  ErasureGround ground();

  LocalDate requestedOn();

  /** When the data were erased, by the engine's clock. */
  Instant erasedAt();

  String recordedBy();

  /** What was erased; empty when nothing was left to erase (the person was erased before). */
  Set<ErasedData> erased();

  /** The legal ground's article, e.g. "GDPR Art. 17(1)(b)". */
  default String article() {
    return ground().article();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableErasureRecord.Builder {}
}
