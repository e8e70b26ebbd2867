package eu.projectresolution.mobilisation.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.pathway.PartnerStep;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Records that a person took one of the partner's own steps, which its pathway model declares beyond
 * the built-in ones ({@link eu.projectresolution.mobilisation.pathway.PathwayModel#partnerSteps()}): a
 * job club session, driving lessons, mentoring. The pathway moves to the stage the model says the step
 * leads to, as the model's transitions allow.
 *
 * <pre>{@code
 * engine.recordPartnerStep(tenant, RecordPartnerStep.builder()
 *     .beneficiaryId(amina).step(PartnerStep.of("job_club")).occurredOn(LocalDate.of(2017, 5, 2))
 *     .site(SiteId.of("sipa-montbeliard")).note("Tuesday group")
 *     .build());
 * }</pre>
 *
 * <p>Refused with {@code STEP_NOT_IN_MODEL} (field {@code step}) for a step the model does not declare,
 * {@code TRANSITION_NOT_ALLOWED} for a move the model forbids from the person's stage, and {@code
 * UNKNOWN_SITE} (field {@code site}) for a site the programme does not have; and, as every command, for
 * its day.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordPartnerStep.class)
@JsonDeserialize(as = ImmutableRecordPartnerStep.class)
public non-sealed interface RecordPartnerStep extends PathwayCommand {
  /** Defaults to a new random id: set it explicitly to make retries idempotent. */
  @Override
  @Value.Default
  default CommandId commandId() {
    return CommandId.timeOrdered();
  }

  @Override
  BeneficiaryId beneficiaryId();

  /** The partner step taken, as the pathway model declares it. */
  PartnerStep step();

  @Override
  LocalDate occurredOn();

  /** The programme's site where it took place, if it took place at one. */
  Optional<SiteId> site();

  /**
   * A short note in words that identify nobody (e.g. "Tuesday group"), at most 200 characters: it stays
   * in the pathway after the person's identifying data are erased, until the pathway's detail is purged.
   */
  Optional<String> note();

  /** Defaults to {@link StaffRole#PARTNER_PROFESSIONAL}. */
  @Override
  @Value.Default
  default StaffRole actor() {
    return StaffRole.PARTNER_PROFESSIONAL;
  }

  @Value.Check
  default void check() {
    Checks.checkText(note(), "recordPartnerStep.note", Checks.NAME);
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRecordPartnerStep.Builder {}
}
