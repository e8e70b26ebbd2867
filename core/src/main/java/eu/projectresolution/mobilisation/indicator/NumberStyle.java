package eu.projectresolution.mobilisation.indicator;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * How {@link SheetResults} writes numbers in each language it writes. The symbols are fixed here
 * rather than taken from the JDK's locale data, which changed between releases (French grouping was a
 * no-break space before JDK 13, a narrow one since), so that a sentence reads the same on every JVM.
 * Both styles follow the Unicode CLDR data for {@code fr} and {@code en} as Java 17 ships it.
 */
enum NumberStyle {
  /**
   * French: a narrow no-break space (U+202F) groups thousands, a comma marks decimals, a no-break space
   * (U+00A0) comes before "%" and before the currency symbol, which follows the amount: {@code 17 000},
   * {@code 46,4 %}, {@code 2 544,82 €}.
   */
  FRENCH('\u202F', ',', "\u00A0%", false),
  /**
   * English: a comma groups thousands, a point marks decimals, "%" follows the number directly and the
   * currency symbol comes before the amount: {@code 17,000}, {@code 46.4%}, {@code €2,544.82}.
   */
  ENGLISH(',', '.', "%", true);

  static final char NARROW_NO_BREAK_SPACE = '\u202F';
  static final char NO_BREAK_SPACE = '\u00A0';

  private final char grouping;
  private final char decimalMark;
  private final String percentSign;
  private final boolean currencyFirst;

  NumberStyle(char grouping, char decimalMark, String percentSign, boolean currencyFirst) {
    this.grouping = grouping;
    this.decimalMark = decimalMark;
    this.percentSign = percentSign;
    this.currencyFirst = currencyFirst;
  }

  /** The number as it is, without trailing zeros after the decimal mark: {@code 17 000}, {@code 2,5}. */
  String number(BigDecimal value) {
    return digits(value.stripTrailingZeros());
  }

  /** A percentage rounded half up to one decimal, a trailing zero dropped: {@code 24 %}, {@code 46,4 %}. */
  String percent(BigDecimal value) {
    return number(value.setScale(1, RoundingMode.HALF_UP)) + percentSign;
  }

  /**
   * An amount with two decimals and its currency: the euro sign for euros, else the ISO 4217 code
   * ({@code 80,39 €}, {@code 80,39 CHF}; {@code €80.39}, {@code CHF 80.39}).
   */
  String money(BigDecimal amount, Currency currency) {
    String digits = digits(amount.setScale(2, RoundingMode.HALF_UP));
    String code = requireNonNull(currency, "currency").getCurrencyCode();
    if (code.equals("EUR")) {
      return currencyFirst ? "€" + digits : digits + NO_BREAK_SPACE + "€";
    }
    return currencyFirst ? code + NO_BREAK_SPACE + digits : digits + NO_BREAK_SPACE + code;
  }

  private String digits(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(grouping);
      }
      out.append(whole.charAt(i));
    }
    if (point >= 0) {
      out.append(decimalMark).append(plain, point + 1, plain.length());
    }
    return out.toString();
  }
}
