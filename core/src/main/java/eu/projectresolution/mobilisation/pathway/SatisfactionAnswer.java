package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** An answer to the satisfaction survey, with the day it was given. */
@Value.Immutable
@JsonSerialize(as = ImmutableSatisfactionAnswer.class)
@JsonDeserialize(as = ImmutableSatisfactionAnswer.class)
public interface SatisfactionAnswer {
  @Value.Parameter
  LocalDate on();

  @Value.Parameter
  SatisfactionResponse response();

  static SatisfactionAnswer of(LocalDate on, SatisfactionResponse response) {
    return ImmutableSatisfactionAnswer.of(on, response);
  }
}
