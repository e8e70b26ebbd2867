package eu.projectresolution.mobilisation.examples.report;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the text report around its figures (section titles, column headings, the lines that
 * say which period and rules), in the reader's language: the bundles {@code report_words*.properties}
 * beside this class, English being the base. The figures' own labels come from core's {@code
 * FigureLabels}.
 */
public final class ReportWords {
  private static final String BUNDLE = "eu.projectresolution.mobilisation.examples.report.report_words";

  /** In English, the program's own language. */
  public static final ReportWords ENGLISH = of(Locale.ENGLISH);

  private final Locale locale;
  private final ResourceBundle bundle;

  private ReportWords(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /** The words in {@code locale}'s language, or in English if no bundle holds it. */
  public static ReportWords of(Locale locale) {
    requireNonNull(locale, "locale");
    return new ReportWords(locale, ResourceBundle.getBundle(BUNDLE, locale, ReportWords.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** The language the words are in, which also says how numbers are written. */
  public Locale locale() {
    return locale;
  }

  /** The text of {@code key}, with {@code {0}}, {@code {1}}... replaced by {@code values} in order. */
  public String text(String key, Object... values) {
    String text = bundle.getString(key);
    for (int i = 0; i < values.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(values[i]));
    }
    return text;
  }

  /** The text of {@code key} if a bundle holds it. */
  boolean holds(String key) {
    return bundle.containsKey(key);
  }
}
