package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A pathway entering a stage on a day. */
@Value.Immutable
@JsonSerialize(as = ImmutableStageVisit.class)
@JsonDeserialize(as = ImmutableStageVisit.class)
public interface StageVisit {
  @Value.Parameter
  Stage stage();

  @Value.Parameter
  LocalDate on();

  static StageVisit of(Stage stage, LocalDate on) {
    return ImmutableStageVisit.of(stage, on);
  }
}
