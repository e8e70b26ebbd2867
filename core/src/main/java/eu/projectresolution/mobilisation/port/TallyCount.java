package eu.projectresolution.mobilisation.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** How many people of a report's scope add the same {@link Tally}, under one facts basis. */
@Value.Immutable
@JsonSerialize(as = ImmutableTallyCount.class)
@JsonDeserialize(as = ImmutableTallyCount.class)
public interface TallyCount {
  @Value.Parameter
  String basis();

  @Value.Parameter
  Tally tally();

  @Value.Parameter
  long people();

  static TallyCount of(String basis, Tally tally, long people) {
    return ImmutableTallyCount.of(basis, tally, people);
  }

  @Value.Check
  default void check() {
    checkArgument(people() > 0, "people must be positive (was %s)", people());
  }
}
