package eu.projectresolution.mobilisation.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The patterns the engine's schemas share: what each accepts, beyond what its regular expression says. */
class TextPatternTest {
  private static void accepts(TextPattern pattern, List<String> good, List<String> bad) {
    good.forEach(text -> assertThat(pattern.accepts(text)).as("%s accepts \"%s\"", pattern.name(), text).isTrue());
    bad.forEach(text -> assertThat(pattern.accepts(text)).as("%s refuses \"%s\"", pattern.name(), text).isFalse());
  }

  @Test
  void notBlankMeansWhatJavasIsWhitespaceSays() {
    accepts(TextPattern.NOT_BLANK, List.of("a", " a ", "\u00a0", "\u202f"),
        List.of("", " ", "\t\n", "\u2000", "\u3000", "\u001c", "\u000b"));
    assertThat(TextPattern.NOT_BLANK.code()).isEqualTo(ProblemCode.BLANK);
  }

  @Test
  void codesAreAssignedOnesWrittenAsTheStandardSays() {
    accepts(TextPattern.COUNTRY_CODE, List.of("FR", "BE", "IT"), List.of("fr", "FRA", "XX", "France", "FR\n"));
    accepts(TextPattern.LANGUAGE_CODE, List.of("fr", "en", "nl"), List.of("FR", "fra", "qq", "fr\n"));
    accepts(TextPattern.CURRENCY_CODE, List.of("EUR", "CHF"), List.of("eur", "EURO", "XYZ", "EUR\n"));
  }

  @Test
  void aDayIsOneThatExists() {
    accepts(TextPattern.DAY, List.of("2016-09-01", "2024-02-29", "0000-02-29", "9999-12-31"),
        List.of("2023-02-29", "2019-04-31", "2019-13-01", "01/09/2016", "2016-9-1", "2016-09-01\n", "+2016-09-01"));
  }

  @Test
  void aWebAddressIsAnAbsoluteHttpOneThatJavaReads() {
    accepts(TextPattern.WEB_ADDRESS, List.of("https://www.ideis-asso.fr/sipa?x=1#top", "HTTP://EXAMPLE.ORG"),
        List.of("www.ideis-asso.fr", "ftp://ideis-asso.fr", "https:///sipa", "https://exa mple.org", "https://my_site.org"));
  }

  @Test
  void anIdIsOneToAHundredLettersDigitsOrPunctuationStartingWithALetterOrDigit() {
    accepts(TextPattern.CODE, List.of("sipa-montbeliard", "a", "a.b_c:d-e", "x".repeat(100)),
        List.of("", "-a", "a b", "x".repeat(101), "abc\n", "é"));
  }

  @Test
  void quotesTheTextInItsMessageShortenedWhenLong() {
    assertThat(TextPattern.COUNTRY_CODE.message("France"))
        .isEqualTo("\"France\" is not an ISO 3166-1 alpha-2 country code: use two upper-case letters such as FR, ES, IT or BE");
    assertThat(TextPattern.CODE.message("x".repeat(50))).startsWith("\"" + "x".repeat(40) + "...\" is not a valid id");
  }

  @Test
  void aDocumentDefinesAPatternOfItsOwn() {
    TextPattern postcode = TextPattern.of("French postcode", "^[0-9]{5}$", ProblemCode.MALFORMED,
            text -> text + " is not a French postcode: write its five digits, e.g. 25200")
        .alsoRequiring(text -> !text.startsWith("00"));

    accepts(postcode, List.of("25200", "75001"), List.of("2520", "00123", "25 200"));
    assertThat(postcode.message("2520")).isEqualTo("\"2520\" is not a French postcode: write its five digits, e.g. 25200");
    assertThat(postcode.regex()).isEqualTo("^[0-9]{5}$");
  }
}
