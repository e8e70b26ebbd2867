package eu.projectresolution.mobilisation.privacy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A request to erase a person's identifying data (GDPR Art. 17): who asked, on which legal ground, on
 * which day, and who recorded it. The engine erases the person's identity, contact details, notes,
 * matching key, the partner's case ids and special-category answers for good, and the detail of their
 * pathway that no report counts ({@link PathwayDetail}); it keeps their pseudonymous pathway, facts and
 * every report unchanged, and keeps an {@link ErasureRecord} that holds none of the erased data.
 *
 * <pre>{@code
 * engine.erase(tenant, Erasure.builder()
 *     .beneficiaryId(amina)
 *     .requester(Requester.THE_PERSON)
 *     .ground(ErasureGround.CONSENT_WITHDRAWN)
 *     .requestedOn(LocalDate.of(2019, 9, 2))
 *     .recordedBy("c.martin")
 *     .build());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableErasure.class)
@JsonDeserialize(as = ImmutableErasure.class)
public interface Erasure {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  BeneficiaryId beneficiaryId();

  Requester requester();

  ErasureGround ground();

  /** The day the erasure was asked for; not after today. */
  LocalDate requestedOn();

  /** Who recorded it: the staff member's id as the host knows them. At most 200 characters. */
  String recordedBy();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(recordedBy(), "erasure.recordedBy", Checks.NAME);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableErasure.Builder {}
}
