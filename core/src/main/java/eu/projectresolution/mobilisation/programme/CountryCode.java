package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/**
 * A country as its ISO 3166-1 alpha-2 code, e.g. {@code CountryCode.of("FR")}. Upper case, two letters,
 * and an assigned code: "XX" or "fra" are refused with a message saying so.
 */
public record CountryCode(String value) {
  private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

  public CountryCode {
    checkArgument(value != null, "country code is missing: give an ISO 3166-1 alpha-2 code such as \"FR\"");
    checkArgument(
        ASSIGNED.contains(value),
        "country code \"%s\" is not an ISO 3166-1 alpha-2 code: use two upper-case letters such as "
            + "\"FR\", \"ES\", \"IT\" or \"BE\"",
        value);
  }

  /** Whether {@code value} is an assigned ISO 3166-1 alpha-2 code, without throwing. */
  public static boolean isValid(String value) {
    return value != null && ASSIGNED.contains(value);
  }

  @JsonCreator
  public static CountryCode of(String value) {
    return new CountryCode(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
