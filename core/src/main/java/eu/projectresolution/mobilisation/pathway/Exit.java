package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A person's exit from the programme: when, why, and the situation observed at that moment. */
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

  static Exit of(LocalDate on, ExitReason reason, Situation situation) {
    return ImmutableExit.of(on, reason, situation);
  }
}
