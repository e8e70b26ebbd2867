package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A situation observed on a day, at a welcome, an exit or a follow-up. */
@Value.Immutable
@JsonSerialize(as = ImmutableObservedSituation.class)
@JsonDeserialize(as = ImmutableObservedSituation.class)
public interface ObservedSituation {
  @Value.Parameter
  LocalDate on();

  @Value.Parameter
  Situation situation();

  static ObservedSituation of(LocalDate on, Situation situation) {
    return ImmutableObservedSituation.of(on, situation);
  }
}
