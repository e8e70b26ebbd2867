package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/**
 * A working language as its ISO 639-1 code, e.g. {@code LanguageCode.of("fr")}: two lower-case letters,
 * and an assigned code. SIPA's tools (posters, flyers, the capitalisation guides) exist in French; a
 * target team working in Italian or Dutch must translate them.
 */
public record LanguageCode(String value) {
  private static final Set<String> ASSIGNED = Set.of(Locale.getISOLanguages());

  public LanguageCode {
    checkArgument(value != null, "language code is missing: give an ISO 639-1 code such as \"fr\"");
    checkArgument(
        isValid(value),
        "language code \"%s\" is not an ISO 639-1 code: use two lower-case letters such as \"fr\", \"es\", "
            + "\"it\", \"nl\" or \"de\"",
        value);
  }

  /** Whether {@code value} is an assigned two-letter ISO 639-1 code, without throwing. */
  public static boolean isValid(String value) {
    return value != null && value.length() == 2 && ASSIGNED.contains(value);
  }

  @JsonCreator
  public static LanguageCode of(String value) {
    return new LanguageCode(value);
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
