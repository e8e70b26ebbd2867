package eu.projectresolution.mobilisation.examples.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.indicator.TargetGroup;
import eu.projectresolution.mobilisation.practice.Criterion;
import eu.projectresolution.mobilisation.practice.Domain;
import eu.projectresolution.mobilisation.practice.GeographicCoverage;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import eu.projectresolution.mobilisation.transfer.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every shipped language holds every word of the pages and of the HTML report: a missing key fails here. */
class ShippedWordsTest {
  private static final String PAGES = "/eu/projectresolution/mobilisation/examples/pages/pages";
  private static final String REPORT = "/eu/projectresolution/mobilisation/examples/report/report_html";

  @Test
  void everyShippedLanguageHoldsEveryWordOfThePages() throws IOException {
    sameKeysInEveryLanguage(PAGES);
  }

  @Test
  void everyShippedLanguageHoldsEveryWordOfTheHtmlReport() throws IOException {
    sameKeysInEveryLanguage(REPORT);
  }

  @Test
  void everyValueOfTheVocabulariesThePagesShowHasItsName() throws IOException {
    Properties pages = bundle(PAGES + ".properties");
    for (List<? extends Enum<?>> values : List.of(List.of(Verdict.values()), List.of(TerritoryType.values()),
        List.of(PartnerKind.values()), List.of(StaffRole.values()), List.of(SchemeKind.values()), List.of(Domain.values()),
        List.of(eu.projectresolution.mobilisation.practice.TargetGroup.values()), List.of(GeographicCoverage.values()),
        List.of(Criterion.values()))) {
      for (Enum<?> value : values) {
        assertThat(pages).as("pages").containsKey(value.getDeclaringClass().getSimpleName() + "." + value.name());
      }
    }
    Properties report = bundle(REPORT + ".properties");
    for (CaptureChannel channel : CaptureChannel.values()) {
      assertThat(report).as("report").containsKey("channel." + channel.name());
    }
    for (TargetGroup group : TargetGroup.values()) {
      assertThat(report).as("report").containsKey("target_group." + group.name());
    }
  }

  @Test
  void aLanguageNoFileHoldsGetsEnglishAndValuesAreFilledIn() {
    WordBundle german = WordBundle.of(PAGES.substring(1).replace('/', '.'), Locale.GERMAN);
    assertThat(german.text("status.count", "3", "10")).isEqualTo("3 of 10 records replayed");
    assertThat(WordBundle.of(PAGES.substring(1).replace('/', '.'), Locale.forLanguageTag("es")).text("menu.report")).isEqualTo("Informe");
  }

  private static void sameKeysInEveryLanguage(String base) throws IOException {
    Properties english = bundle(base + ".properties");
    for (Locale language : WordBundle.SHIPPED) {
      if (language.getLanguage().equals("en")) {
        continue;
      }
      Properties translated = bundle(base + "_" + language.getLanguage() + ".properties");
      assertThat(translated.stringPropertyNames()).as("the words of %s in %s", base, language)
          .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
      translated.forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, language).isNotBlank());
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ShippedWordsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
