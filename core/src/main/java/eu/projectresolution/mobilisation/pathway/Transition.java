package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A move a {@link PathwayModel} allows, from one stage to another (or to the same stage). */
@Value.Immutable
@JsonSerialize(as = ImmutableTransition.class)
@JsonDeserialize(as = ImmutableTransition.class)
public interface Transition {
  @Value.Parameter
  Stage fromStage();

  @Value.Parameter
  Stage toStage();

  static Transition of(Stage from, Stage to) {
    return ImmutableTransition.of(from, to);
  }
}
