package eu.projectresolution.mobilisation.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A person's answer to the satisfaction survey: satisfied or not with the offer at the sites, and an
 * optional score from 1 (not at all) to 5 (very). SIPA reported 97 % satisfied in its last months.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSatisfactionResponse.class)
@JsonDeserialize(as = ImmutableSatisfactionResponse.class)
public interface SatisfactionResponse {
  boolean satisfied();

  OptionalInt score();

  @Value.Check
  default void check() {
    score()
        .ifPresent(
            s -> checkArgument(s >= 1 && s <= 5, "satisfaction.score %s is out of range: give 1 to 5", s));
  }

  static SatisfactionResponse of(boolean satisfied) {
    return ImmutableSatisfactionResponse.builder().satisfied(satisfied).build();
  }

  static SatisfactionResponse of(boolean satisfied, int score) {
    return ImmutableSatisfactionResponse.builder().satisfied(satisfied).score(score).build();
  }
}
