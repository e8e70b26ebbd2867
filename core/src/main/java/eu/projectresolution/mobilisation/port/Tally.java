package eu.projectresolution.mobilisation.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * What one person adds to the figures of every indicator report whose period falls in one {@link
 * FactCell}: a short list of whole numbers (was the person captured during the period, through which
 * channel, how far along the funnel, which stages they entered, how many referrals and appointments,
 * the category each outcome rule puts them in...). What each number means is given by the facts'
 * {@link PersonFacts#basis() basis}: core writes and reads them; a store only keeps them and counts the
 * people who share one (see {@link IndicatorSources#tallies}).
 *
 * <p>Its {@link #text()} (the numbers separated by commas, e.g. {@code 1,2,3,0,-1}) is how a store
 * keeps it; {@link #parse} reads it back.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTally.class)
@JsonDeserialize(as = ImmutableTally.class)
public interface Tally {
  /** The numbers, in the order the basis defines. */
  List<Integer> values();

  /** The numbers separated by commas: what a store keeps. */
  @Value.Lazy
  default String text() {
    StringBuilder text = new StringBuilder(values().size() * 2);
    for (int i = 0; i < values().size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(values().get(i).intValue());
    }
    return text.toString();
  }

  static Tally of(List<Integer> values) {
    return ImmutableTally.builder().values(values).build();
  }

  /**
   * The tally whose {@link #text()} is {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not whole numbers separated by commas
   */
  static Tally parse(String text) {
    checkArgument(text != null && !text.isEmpty(), "a tally's text is empty: it holds whole numbers separated by commas");
    List<Integer> values = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int comma = text.indexOf(',', start);
      int end = comma < 0 ? text.length() : comma;
      try {
        values.add(Integer.parseInt(text, start, end, 10));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "tally '" + text + "' holds '" + text.substring(start, end) + "', not a whole number", e);
      }
      start = end + 1;
    }
    return of(values);
  }
}
