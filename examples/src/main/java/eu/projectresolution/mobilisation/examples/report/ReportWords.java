package eu.projectresolution.mobilisation.examples.report;

import eu.projectresolution.mobilisation.examples.i18n.WordBundle;
import java.util.Locale;

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
  private final WordBundle bundle;

  private ReportWords(Locale locale, WordBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /** The words in {@code locale}'s language, or in English if no bundle holds it. */
  public static ReportWords of(Locale locale) {
    return new ReportWords(locale, WordBundle.of(BUNDLE, locale));
  }

  /** The language the words are in, which also says how numbers are written. */
  public Locale locale() {
    return locale;
  }

  /** The text of {@code key}, with {@code {0}}, {@code {1}}... replaced by {@code values} in order. */
  public String text(String key, Object... values) {
    return bundle.text(key, values);
  }

  /** The text of {@code key} if a bundle holds it. */
  boolean holds(String key) {
    return bundle.holds(key);
  }
}
