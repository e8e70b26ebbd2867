package eu.projectresolution.mobilisation.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a person's situation was at a {@link FollowUpMoment} after their exit: looking for a job, in
 * education or training (qualifying or not), having gained a qualification, employed (with the
 * contract), having created a business, and, for people employed at entry, whether their labour-market
 * situation improved (a more stable contract, more hours, more responsibility).
 *
 * <pre>{@code
 * FollowUp sixMonthsLater = FollowUp.builder()
 *     .moment(FollowUpMoment.SIX_MONTHS)
 *     .observedOn(LocalDate.of(2019, 9, 2))
 *     .employment(Employment.of(ContractType.OPEN_ENDED))
 *     .build();
 * }</pre>
 *
 * <p>Recorded with {@code RecordFollowUp}, dated on or after the exit, possibly after the programme has
 * ended; outcome rules only read it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUp.class)
@JsonDeserialize(as = ImmutableFollowUp.class)
public interface FollowUp {
  FollowUpMoment moment();

  /** The day the situation was observed. */
  LocalDate observedOn();

  /** Actively looking for a job. */
  @Value.Default
  default boolean jobSearching() {
    return false;
  }

  /** In education or training. */
  @Value.Default
  default boolean inEducationOrTraining() {
    return false;
  }

  /** The training leads to a recognised qualification ("formation qualifiante"). */
  @Value.Default
  default boolean qualifyingTraining() {
    return false;
  }

  /** Gained a qualification (a diploma, a certificate, a recognised competence). */
  @Value.Default
  default boolean qualificationGained() {
    return false;
  }

  /** The job held, if any. */
  Optional<Employment> employment();

  /** Created a business. */
  @Value.Default
  default boolean businessCreated() {
    return false;
  }

  /**
   * For a person employed at entry: moved from precarious to stable employment, from under-employment to
   * full employment, or to a job with more responsibility or a higher qualification.
   */
  @Value.Default
  default boolean improvedLabourMarketSituation() {
    return false;
  }

  /** In employment, including self-employment: a job or a business created. */
  default boolean employed() {
    return employment().isPresent() || businessCreated();
  }

  @Value.Check
  default void check() {
    checkArgument(
        !qualifyingTraining() || inEducationOrTraining(),
        "followUp.qualifyingTraining is set but followUp.inEducationOrTraining is not: a qualifying "
            + "training is a training, set both");
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableFollowUp.Builder {}
}
