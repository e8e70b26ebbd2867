package eu.projectresolution.mobilisation.examples.i18n;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of one part of the program (the HTML report, the web pages) in a reader's language: a
 * resource bundle of UTF-8 {@code .properties} files, English being the base ({@code name.properties})
 * and each other language a file of its own ({@code name_fr.properties}). A partner adds a language by
 * adding its files; {@link #SHIPPED} lists the languages shipped complete, which a test checks key by key.
 * The command line's own words are {@link eu.projectresolution.mobilisation.examples.text.Words}, which
 * also writes numbers and dates.
 */
public final class WordBundle {
  /** The languages the program ships every word in: English, French, Spanish and Italian. */
  public static final List<Locale> SHIPPED =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.ITALIAN);

  private final ResourceBundle bundle;
  private final Locale locale;

  private WordBundle(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * The words of bundle {@code baseName} in {@code locale}'s language, or in English for a language no
   * file holds (never in the machine's default language: a page must not change with the server).
   */
  public static WordBundle of(String baseName, Locale locale) {
    requireNonNull(baseName, "baseName");
    requireNonNull(locale, "locale");
    ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, WordBundle.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new WordBundle(bundle, locale);
  }

  /** The language asked for, which also formats numbers and dates. */
  public Locale locale() {
    return locale;
  }

  /**
   * The text of {@code key}, with {@code {0}}, {@code {1}}... replaced by {@code values} in order.
   *
   * @throws MissingResourceException if no file of the bundle holds the key: a program error, which the
   *     bundles' test catches first
   */
  public String text(String key, Object... values) {
    String text = bundle.getString(key);
    for (int i = 0; i < values.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(values[i]));
    }
    return text;
  }

  /** Whether a file of the bundle holds {@code key}. */
  public boolean holds(String key) {
    return bundle.containsKey(key);
  }

  /** The text of {@code key}, or {@code otherwise} when no file holds it (a partner's own code, say). */
  public String textOr(String key, String otherwise) {
    return holds(key) ? bundle.getString(key) : otherwise;
  }

  /** The name of an enum constant: key {@code prefix.CONSTANT}. */
  public String name(String prefix, Enum<?> constant) {
    return text(prefix + "." + constant.name());
  }

  /** Every key the bundle holds in this language, its base's included. */
  public Set<String> keys() {
    return bundle.keySet();
  }

  /** The shipped language whose code is {@code code} ("fr"), if there is one. */
  public static java.util.Optional<Locale> shipped(String code) {
    return SHIPPED.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
  }
}
