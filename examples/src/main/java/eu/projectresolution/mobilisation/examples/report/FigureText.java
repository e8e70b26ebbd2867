package eu.projectresolution.mobilisation.examples.report;

import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * A figure's value, numerator and denominator as people read them: 17,000 people, 46.4 %, +24.0 %,
 * EUR 2,544.82, "249 of 537".
 */
public final class FigureText {
  private FigureText() {}

  /** The value with its unit, or "n/c" when it is not computable. */
  public static String value(Figure figure) {
    return value(figure, ReportWords.ENGLISH);
  }

  /**
   * The value with its unit as {@code words}' language writes numbers (46.4 % in English, 46,4 % in
   * French; 17,000 and 17 000), or its "n/c" when it is not computable.
   */
  public static String value(Figure figure, ReportWords words) {
    if (figure.value().isEmpty()) {
      return words.text("not_computable");
    }
    Locale language = words.locale();
    BigDecimal value = figure.value().get();
    return switch (figure.unit()) {
      case PEOPLE, RECORDS -> whole(value, language);
      case PERCENT, PERCENT_OF_TARGET -> String.format(language, "%.1f %%", value);
      case PERCENT_CHANGE -> String.format(language, "%+.1f %%", value);
      case AVERAGE -> String.format(language, "%,.2f", value);
      case MONEY -> money(value, figure.currency(), language);
    };
  }

  /** "249 of 537", "EUR 1,366,568.14 / 537"; empty when the figure is a plain count. */
  public static String ofWhat(Figure figure) {
    return ofWhat(figure, ReportWords.ENGLISH);
  }

  /** As {@link #ofWhat(Figure)}, with the "of" of {@code words}' language ("249 sur 537"). */
  public static String ofWhat(Figure figure, ReportWords words) {
    if (figure.numerator().isEmpty() || figure.denominator().isEmpty()) {
      return "";
    }
    BigDecimal numerator = figure.numerator().get();
    BigDecimal denominator = figure.denominator().get();
    Locale language = words.locale();
    if (figure.unit() == Unit.MONEY) {
      return money(numerator, figure.currency(), language) + " / " + whole(denominator, language);
    }
    String separator =
        figure.unit() == Unit.AVERAGE || figure.unit() == Unit.PERCENT_CHANGE ? " / " : " " + words.text("of") + " ";
    return whole(numerator, language) + separator + whole(denominator, language);
  }

  /** The value as a plain number (0 when not computable), for charts. */
  public static double number(Figure figure) {
    return figure.value().map(BigDecimal::doubleValue).orElse(0.0);
  }

  static String whole(BigDecimal value) {
    return whole(value, Locale.ENGLISH);
  }

  static String whole(BigDecimal value, Locale language) {
    return value.stripTrailingZeros().scale() <= 0
        ? String.format(language, "%,d", value.setScale(0, RoundingMode.UNNECESSARY).longValueExact())
        : String.format(language, "%,.2f", value);
  }

  static String money(BigDecimal amount, Optional<Currency> currency, Locale language) {
    return currency.map(c -> c.getCurrencyCode() + " ").orElse("") + String.format(language, "%,.2f", amount);
  }
}
