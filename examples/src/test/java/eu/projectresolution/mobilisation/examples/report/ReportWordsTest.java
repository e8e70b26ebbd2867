package eu.projectresolution.mobilisation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.indicator.FigureLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportWordsTest {
  @Test
  void everyLanguageOfTheFiguresLabelsHoldsEveryWordOfTheReport() throws IOException {
    Properties base = bundle("report_words.properties");
    for (Locale language : FigureLabels.SHIPPED) {
      if (language.getLanguage().equals("en")) {
        continue;
      }
      Properties translated = bundle("report_words_" + language.getLanguage() + ".properties");
      assertThat(translated.stringPropertyNames()).as("the words of %s", language)
          .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
    }
  }

  @Test
  void fillsItsValuesInAndFallsBackToEnglish() {
    assertThat(ReportWords.of(Locale.FRENCH).text("period", "2016-09-01", "2019-08-31"))
        .isEqualTo("Période du 2016-09-01 au 2019-08-31");
    assertThat(ReportWords.of(Locale.GERMAN).text("column.value")).isEqualTo("Value");
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ReportWords.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
