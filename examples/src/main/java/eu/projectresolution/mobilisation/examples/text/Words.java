package eu.projectresolution.mobilisation.examples.text;

import eu.projectresolution.mobilisation.examples.i18n.WordBundle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the program prints, in the reader's language: its sentences (the bundles {@code
 * cli_words*.properties} beside this class, English being the base, {@code {0}}, {@code {1}}... standing
 * for values), and its numbers and dates written as that language writes them (17,000.5 and 2016-09-01
 * in English; 17 000,5 and 01/09/2016 in French; 17.000,5 in Spanish and Italian). A partner adds a
 * language with a {@code cli_words_xx.properties} of its own; a key it lacks is in English.
 */
public final class Words {
  /** The languages the program ships complete (a test fails if one of them lacks a key). */
  public static final List<Locale> SHIPPED = WordBundle.SHIPPED;

  private static final String BUNDLE = "eu.projectresolution.mobilisation.examples.text.cli_words";

  /** In English, the program's own language. */
  public static final Words ENGLISH = of(Locale.ENGLISH);

  private final Locale locale;
  private final WordBundle bundle;
  private final DateTimeFormatter date;
  private final DateTimeFormatter moment;

  private Words(Locale locale, WordBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
    this.date = DateTimeFormatter.ofPattern(bundle.text("format.date"), locale);
    this.moment = DateTimeFormatter.ofPattern(bundle.text("format.instant"), locale).withZone(ZoneOffset.UTC);
  }

  /** The words in {@code locale}'s language, or in English if no bundle holds it (never the machine's). */
  public static Words of(Locale locale) {
    return new Words(locale, WordBundle.of(BUNDLE, locale));
  }

  /** The shipped language whose code is {@code code} (en, fr, es, it), if there is one. */
  public static Optional<Locale> shipped(String code) {
    return WordBundle.shipped(code);
  }

  /** Whether this is English, the language whose output must not change. */
  public boolean english() {
    return locale.getLanguage().equals("en");
  }

  public Locale locale() {
    return locale;
  }

  /** The text of {@code key}, with {@code {0}}, {@code {1}}... replaced by {@code values} in order. */
  public String text(String key, Object... values) {
    return bundle.text(key, values);
  }

  /** The text of {@code key} if a bundle holds it. */
  public Optional<String> find(String key) {
    return bundle.holds(key) ? Optional.of(bundle.text(key)) : Optional.empty();
  }

  /** "1 row", "12 rows": the key {@code key.one} or {@code key.many}, {@code {0}} being the number. */
  public String count(long n, String key) {
    return text(key + (n == 1 ? ".one" : ".many"), n);
  }

  /** A whole number with the language's grouping: 5,610 in English, 5 610 in French, 5.610 in Spanish. */
  public String whole(long n) {
    return String.format(locale, "%,d", n);
  }

  /** A number with {@code digits} decimals and the language's grouping and decimal mark. */
  public String decimal(BigDecimal n, int digits) {
    return String.format(locale, "%,." + digits + "f", n);
  }

  /** A number with {@code digits} decimals and the language's grouping and decimal mark. */
  public String decimal(double n, int digits) {
    return String.format(locale, "%,." + digits + "f", n);
  }

  /** A date as the language writes it: 2016-09-01 in English, 01/09/2016 in French, Spanish and Italian. */
  public String date(LocalDate day) {
    return date.format(day);
  }

  /** A moment, in UTC, as the language writes it, to the second: 2026-12-06 14:03:27 UTC in English. */
  public String instant(Instant at) {
    return moment.format(at);
  }

  @Override
  public String toString() {
    return "Words{" + locale + "}";
  }
}
