package eu.projectresolution.mobilisation.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
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
 * <p>Its {@link #text()} is how a store keeps it, one character per number: {@code 0}-{@code 9},
 * {@code a}-{@code z} and {@code A}-{@code Z} for 0 to 61, {@code -} for -1, and a number outside
 * these written {@code ~}digits{@code .} (e.g. {@code ~120.}). Short text makes a store's count by
 * tally fast; {@link #parse} reads it back.
 */
// Hashed once: a store counts people by tally, and keeps one instance of each.
@Value.Immutable(prehash = true)
@JsonSerialize(as = ImmutableTally.class)
@JsonDeserialize(as = ImmutableTally.class)
public interface Tally {
  /** The numbers, in the order the basis defines. */
  List<Integer> values();

  /** The numbers, one character each (see the class description): what a store keeps. */
  @Value.Lazy
  default String text() {
    StringBuilder text = new StringBuilder(values().size());
    for (Integer value : values()) {
      int v = value;
      if (v >= 0 && v < DIGITS.length()) {
        text.append(DIGITS.charAt(v));
      } else if (v == -1) {
        text.append('-');
      } else {
        text.append('~').append(v).append('.');
      }
    }
    return text.toString();
  }

  /** The characters of the numbers 0 to 61 in a tally's text. */
  String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /**
   * A 64-bit id of this tally under {@code basis}: a hash of both, the same in every JVM, so that a
   * store can keep each distinct tally once and count people by id without asking which ids exist.
   * Different tallies almost never share one (a store keeping the text can tell).
   */
  default long idUnder(String basis) {
    return Hashing.murmur3_128().newHasher().putString(basis, StandardCharsets.UTF_8).putByte((byte) 0)
        .putString(text(), StandardCharsets.UTF_8).hash().asLong();
  }

  static Tally of(List<Integer> values) {
    return ImmutableTally.builder().values(values).build();
  }

  /**
   * The tally whose {@link #text()} is {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a tally's text
   */
  static Tally parse(String text) {
    checkArgument(text != null && !text.isEmpty(), "a tally's text is empty: it holds one character per number");
    List<Integer> values = new ArrayList<>(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        values.add(-1);
      } else if (c == '~') {
        int end = text.indexOf('.', i);
        checkArgument(end > i + 1, "tally '%s' opens a number with '~' at %s without closing it with '.'", text, i);
        try {
          values.add(Integer.parseInt(text, i + 1, end, 10));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "tally '" + text + "' holds '" + text.substring(i + 1, end) + "', not a whole number", e);
        }
        i = end;
      } else {
        int value = DIGITS.indexOf(c);
        checkArgument(value >= 0, "tally '%s' holds '%s' at %s, which stands for no number", text, c, i);
        values.add(value);
      }
    }
    return of(values);
  }
}
