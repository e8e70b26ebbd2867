package eu.projectresolution.mobilisation.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * The number convention of each language, character by character: U+202F is the narrow no-break space,
 * U+00A0 the no-break space.
 */
class NumberStyleTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void groupsFrenchThousandsWithANarrowNoBreakSpace() {
    assertThat(NumberStyle.FRENCH.number(new BigDecimal("0"))).isEqualTo("0");
    assertThat(NumberStyle.FRENCH.number(new BigDecimal("999"))).isEqualTo("999");
    assertThat(NumberStyle.FRENCH.number(new BigDecimal("2124"))).isEqualTo("2\u202F124");
    assertThat(NumberStyle.FRENCH.number(new BigDecimal("17000"))).isEqualTo("17\u202F000");
    assertThat(NumberStyle.FRENCH.number(new BigDecimal("1366568.14"))).isEqualTo("1\u202F366\u202F568,14");
    assertThat(NumberStyle.FRENCH.number(new BigDecimal("-13710"))).isEqualTo("-13\u202F710");
  }

  @Test
  void groupsEnglishThousandsWithACommaAndMarksDecimalsWithAPoint() {
    assertThat(NumberStyle.ENGLISH.number(new BigDecimal("999"))).isEqualTo("999");
    assertThat(NumberStyle.ENGLISH.number(new BigDecimal("17000"))).isEqualTo("17,000");
    assertThat(NumberStyle.ENGLISH.number(new BigDecimal("1366568.14"))).isEqualTo("1,366,568.14");
    assertThat(NumberStyle.ENGLISH.number(new BigDecimal("100000.50"))).isEqualTo("100,000.5");
  }

  @Test
  void writesFrenchPercentagesWithANoBreakSpaceBeforeTheSign() {
    assertThat(NumberStyle.FRENCH.percent(new BigDecimal("24.0"))).isEqualTo("24\u00A0%");
    assertThat(NumberStyle.FRENCH.percent(new BigDecimal("46.4"))).isEqualTo("46,4\u00A0%");
    assertThat(NumberStyle.FRENCH.percent(new BigDecimal("1250.0"))).isEqualTo("1\u202F250\u00A0%");
  }

  @Test
  void writesEnglishPercentagesWithTheSignAgainstTheNumber() {
    assertThat(NumberStyle.ENGLISH.percent(new BigDecimal("24.0"))).isEqualTo("24%");
    assertThat(NumberStyle.ENGLISH.percent(new BigDecimal("46.4"))).isEqualTo("46.4%");
    assertThat(NumberStyle.ENGLISH.percent(new BigDecimal("0.0"))).isEqualTo("0%");
  }

  @Test
  void roundsPercentagesHalfUpToOneDecimal() {
    assertThat(NumberStyle.ENGLISH.percent(new BigDecimal("46.45"))).isEqualTo("46.5%");
    assertThat(NumberStyle.FRENCH.percent(new BigDecimal("33.333"))).isEqualTo("33,3\u00A0%");
    assertThat(NumberStyle.FRENCH.percent(new BigDecimal("99.96"))).isEqualTo("100\u00A0%");
  }

  @Test
  void writesAmountsWithTwoDecimalsAndTheEuroSignWhereEachLanguagePutsIt() {
    assertThat(NumberStyle.FRENCH.money(new BigDecimal("2544.82"), EUR)).isEqualTo("2\u202F544,82\u00A0€");
    assertThat(NumberStyle.ENGLISH.money(new BigDecimal("2544.82"), EUR)).isEqualTo("€2,544.82");
    assertThat(NumberStyle.FRENCH.money(new BigDecimal("80"), EUR)).isEqualTo("80,00\u00A0€");
    assertThat(NumberStyle.ENGLISH.money(new BigDecimal("80.5"), EUR)).isEqualTo("€80.50");
  }

  @Test
  void writesOtherCurrenciesWithTheirIsoCode() {
    Currency chf = Currency.getInstance("CHF");
    assertThat(NumberStyle.FRENCH.money(new BigDecimal("1234.5"), chf)).isEqualTo("1\u202F234,50\u00A0CHF");
    assertThat(NumberStyle.ENGLISH.money(new BigDecimal("1234.5"), chf)).isEqualTo("CHF\u00A01,234.50");
  }
}
