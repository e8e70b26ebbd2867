package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A language a text is written in, as its ISO 639-1 two-letter lower-case code: {@code fr}, {@code en},
 * {@code es}, {@code it}... ReSolution's working languages have constants; any other assigned code is
 * accepted too (a Belgian partner may write in {@code nl}).
 */
public record Language(String code) implements Comparable<Language> {
  private static final Set<String> ASSIGNED = Set.of(Locale.getISOLanguages());

  /** French, the language the SIPA sheet was written in and the first fallback. */
  public static final Language FRENCH = new Language("fr");
  /** English, the second fallback. */
  public static final Language ENGLISH = new Language("en");
  /** Spanish, the third fallback. */
  public static final Language SPANISH = new Language("es");
  /** Italian, the fourth fallback. */
  public static final Language ITALIAN = new Language("it");

  public Language {
    checkArgument(
        isValid(code),
        "language \"%s\" is not an ISO 639-1 code: use two lower-case letters such as \"fr\", \"en\", \"es\" or \"it\"",
        code);
  }

  /** Whether {@code code} is an assigned ISO 639-1 two-letter lower-case code, without throwing. */
  public static boolean isValid(String code) {
    return code != null && code.length() == 2 && ASSIGNED.contains(code);
  }

  @JsonCreator
  public static Language of(String code) {
    return new Language(code);
  }

  /** The language of a locale, e.g. {@code Locale.FRANCE} gives {@code fr}. */
  public static Language of(Locale locale) {
    return new Language(locale.getLanguage());
  }

  /**
   * Of texts written in several languages (non-empty), the one in this language, else in English,
   * French, Spanish or Italian, else in the language of the smallest code: what a reader of this
   * language gets of a name a partner gave in a few.
   */
  public String pickFrom(Map<Language, String> texts) {
    checkArgument(!texts.isEmpty(), "no text to pick from: give at least one language");
    String text = texts.get(this);
    for (Language fallback : List.of(ENGLISH, FRENCH, SPANISH, ITALIAN)) {
      text = text != null ? text : texts.get(fallback);
    }
    return text != null ? text : texts.get(texts.keySet().stream().sorted().findFirst().orElseThrow());
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public int compareTo(Language other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
