package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Records a follow-up observation of the person's latest exit, at one of the moments the programme
 * declares ({@code Programme.followUps}; a programme that declares none: at exit, within four weeks or
 * six months later). It may be dated after the programme has ended, never before the exit ({@code
 * FOLLOW_UP_BEFORE_EXIT}), at a moment the programme does not declare ({@code
 * FOLLOW_UP_MOMENT_NOT_DECLARED}) nor outside its moment's declared window ({@code
 * FOLLOW_UP_OUTSIDE_WINDOW}).
 *
 * <pre>{@code
 * engine.recordFollowUp(tenant, RecordFollowUp.builder()
 *     .beneficiaryId(amina)
 *     .followUp(FollowUp.builder()
 *         .moment(FollowUpMoment.SIX_MONTHS)
 *         .observedOn(LocalDate.of(2019, 10, 20))
 *         .employment(Employment.of(ContractType.OPEN_ENDED))
 *         .build())
 *     .build());
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordFollowUp.class)
@JsonDeserialize(as = ImmutableRecordFollowUp.class)
public non-sealed interface RecordFollowUp extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  FollowUp followUp();

  /** The day of the observation. */
  @Override
  default LocalDate occurredOn() {
    return followUp().observedOn();
  }

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

  final class Builder extends ImmutableRecordFollowUp.Builder {}
}
