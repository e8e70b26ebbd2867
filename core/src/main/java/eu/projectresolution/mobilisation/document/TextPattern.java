package eu.projectresolution.mobilisation.document;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Language;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a {@code "pattern"} of a document's JSON Schema means: the problem to report, in words, when a text
 * does not follow it, and what the engine also requires of such a text that a schema cannot say (a country
 * code that is assigned, not only two upper-case letters).
 *
 * <p>Every pattern a schema uses must have a meaning, found by its exact regular expression: a schema with a
 * pattern the engine does not know is refused when it is loaded, so that no text is ever refused with
 * "does not match {@code ^[A-Z]{2}$}". The kit knows the patterns the engine's documents share ({@link
 * #STANDARD}); a document with a pattern of its own registers it with {@link
 * DocumentChecker.Builder#patterns}.
 *
 * <p>The regular expression is read as JSON Schema reads it (ECMA-262): it may match anywhere in the text
 * unless anchored, and a final {@code $} means the very end of the text.
 */
public final class TextPattern {
  /** A text with something other than white space in it (Java's {@link Character#isWhitespace}). */
  public static final TextPattern NOT_BLANK =
      of(
              "not blank",
              "[^\\t-\\r\\u001C-\\u0020\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]",
              ProblemCode.BLANK,
              text -> "is blank: write something or leave the field out if it is optional")
          .alsoRequiring(text -> !text.isBlank());

  /** An assigned ISO 3166-1 alpha-2 country code such as {@code FR}. */
  public static final TextPattern COUNTRY_CODE =
      of(
              "country code",
              "^[A-Z]{2}$",
              ProblemCode.MALFORMED,
              text -> text + " is not an ISO 3166-1 alpha-2 country code: use two upper-case letters such as FR, ES,"
                  + " IT or BE")
          .alsoRequiring(CountryCode::isValid);

  /** An assigned ISO 639-1 language code such as {@code fr}. */
  public static final TextPattern LANGUAGE_CODE =
      of(
              "language code",
              "^[a-z]{2}$",
              ProblemCode.MALFORMED,
              text -> text + " is not an ISO 639-1 language code: use two lower-case letters such as fr, en, es"
                  + " or it")
          .alsoRequiring(Language::isValid)
          .asKeys("{\"fr\": \"...\"}");

  /** An ISO 4217 currency code Java knows, such as {@code EUR}. */
  public static final TextPattern CURRENCY_CODE =
      of(
              "currency code",
              "^[A-Z]{3}$",
              ProblemCode.MALFORMED,
              text -> text + " is not an ISO 4217 currency code: use three upper-case letters such as EUR")
          .alsoRequiring(TextPattern::isCurrency);

  /** A day that exists, written {@code YYYY-MM-DD}: {@code 2024-02-29}, not {@code 2023-02-29}. */
  public static final TextPattern DAY =
      of(
              "day",
              "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
                  + "|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])"
                  + "|(?:0[048]|[2468][048]|[13579][26])00)-02-29)$",
              ProblemCode.MALFORMED,
              text -> text + " is not a date: write it YYYY-MM-DD, e.g. 2016-09-01")
          .alsoRequiring(TextPattern::isDay);

  /** An absolute http or https address with a host that {@link URI} reads. */
  public static final TextPattern WEB_ADDRESS =
      of(
              "web address",
              "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+",
              ProblemCode.MALFORMED,
              text -> text + " is not a web address: write it in full, e.g. \"https://www.ideis-asso.fr\"")
          .alsoRequiring(TextPattern::isWebAddress);

  /** A stable id or code: 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit. */
  public static final TextPattern CODE =
      of(
          "id",
          "^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$",
          ProblemCode.MALFORMED,
          text -> text + " is not a valid id: use 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a"
              + " letter or digit (e.g. \"sipa-montbeliard\")");

  /** The patterns every document checker knows. */
  public static final List<TextPattern> STANDARD =
      List.of(NOT_BLANK, COUNTRY_CODE, LANGUAGE_CODE, CURRENCY_CODE, DAY, WEB_ADDRESS, CODE);

  private final String name;
  private final String regex;
  private final Pattern compiled;
  private final ProblemCode code;
  private final Function<String, String> message;
  private final Predicate<String> alsoRequired;
  private final String keyExample;

  private TextPattern(
      String name,
      String regex,
      ProblemCode code,
      Function<String, String> message,
      Predicate<String> alsoRequired,
      String keyExample) {
    this.name = requireNonNull(name, "name");
    this.regex = requireNonNull(regex, "regex");
    this.compiled = Pattern.compile(regex.endsWith("$") && !regex.endsWith("\\$")
        ? regex.substring(0, regex.length() - 1) + "\\z"
        : regex);
    this.code = requireNonNull(code, "code");
    this.message = requireNonNull(message, "message");
    this.alsoRequired = requireNonNull(alsoRequired, "alsoRequired");
    this.keyExample = keyExample;
  }

  /**
   * The meaning of {@code regex}.
   *
   * @param name what such a text is, for the reader of the code: "country code"
   * @param code the problem a text that does not follow it is
   * @param message what is wrong and how to fix it, given the text as the message quotes it
   *     ({@code "France"}, in quotes, shortened when long)
   */
  public static TextPattern of(String name, String regex, ProblemCode code, Function<String, String> message) {
    return new TextPattern(name, regex, code, message, text -> true, null);
  }

  /** The same meaning, with a check the engine makes beyond the regular expression. */
  public TextPattern alsoRequiring(Predicate<String> check) {
    return new TextPattern(name, regex, code, message, alsoRequired.and(check), keyExample);
  }

  /** The same meaning, for the field names of an object: an empty one is shown this example. */
  public TextPattern asKeys(String example) {
    return new TextPattern(name, regex, code, message, alsoRequired, requireNonNull(example, "example"));
  }

  public String name() {
    return name;
  }

  /** The regular expression, exactly as the schema writes it. */
  public String regex() {
    return regex;
  }

  public ProblemCode code() {
    return code;
  }

  /** Whether {@code text} follows the pattern and what the engine also requires. */
  public boolean accepts(String text) {
    return compiled.matcher(text).find() && alsoRequired.test(text);
  }

  /** What is wrong with {@code text} and how to fix it. */
  public String message(String text) {
    return message.apply(Wording.quote(text));
  }

  /** An example of an object whose field names follow this pattern, when they are meant to. */
  Optional<String> keyExample() {
    return Optional.ofNullable(keyExample);
  }

  @Override
  public String toString() {
    return name + " " + regex;
  }

  private static boolean isCurrency(String code) {
    try {
      return Currency.getInstance(code).getCurrencyCode().equals(code);
    } catch (IllegalArgumentException notACurrency) {
      return false;
    }
  }

  private static boolean isDay(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException notADay) {
      return false;
    }
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    } catch (URISyntaxException notAnAddress) {
      return false;
    }
  }
}
