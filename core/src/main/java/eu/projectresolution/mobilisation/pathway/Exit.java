package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's exit from the programme: when, why, and the situation observed at that moment; a
 * circumstance that withdraws it from funders' rates, if any; and the follow-up observations recorded
 * after it (at exit, within four weeks, six months later, or at the moments the programme declares).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExit.class)
@JsonDeserialize(as = ImmutableExit.class)
public interface Exit {
  @Value.Parameter
  LocalDate on();

  @Value.Parameter
  ExitReason reason();

  @Value.Parameter
  Situation situation();

  /** A circumstance (illness, maternity, incarceration...) that withdraws the exit from funders' rates. */
  Optional<ExitCircumstance> circumstance();

  /** The follow-up observations of this exit, in the order they were recorded. */
  List<FollowUp> followUps();

  /** The follow-ups at {@code moment}, in the order they were recorded. */
  default List<FollowUp> followUps(FollowUpMoment moment) {
    return followUps().stream().filter(f -> f.moment().equals(moment)).toList();
  }

  static Exit of(LocalDate on, ExitReason reason, Situation situation) {
    return ImmutableExit.of(on, reason, situation);
  }
}
