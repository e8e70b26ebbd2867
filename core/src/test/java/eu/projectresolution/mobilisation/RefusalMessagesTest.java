package eu.projectresolution.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RefusalMessagesTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void everyShippedLanguageHasAMessageForEveryCodeNamingTheField() throws IOException {
    for (Locale language : RefusalMessages.SHIPPED) {
      String name = language.getLanguage().equals("en") ? "refusals.properties" : "refusals_" + language.getLanguage() + ".properties";
      Properties messages = bundle(name);
      assertThat(messages.stringPropertyNames()).as("the codes of %s", name)
          .containsExactlyInAnyOrderElementsOf(Arrays.stream(RefusalCode.values()).map(Enum::name).toList());
      messages.forEach((code, text) -> assertThat((String) text).as("%s in %s", code, name).contains("{0}"));
    }
  }

  @Test
  void eachLanguageSaysWhatTheCodeMeansInItsOwnWords() {
    Refusal refusal = Refusal.of(RefusalCode.DATE_IN_FUTURE, "Beneficiary 3f1c was welcomed on 2031-01-01, after today", "occurredOn");

    assertThat(RefusalMessages.of(SPANISH).message(refusal))
        .isEqualTo("La fecha es posterior a hoy: indique la fecha de hoy o una anterior (campo occurredOn).");
    assertThat(RefusalMessages.of(Locale.FRENCH).message(refusal)).startsWith("La date est postérieure").endsWith("(champ occurredOn).");
    assertThat(RefusalMessages.of(Locale.ITALIAN).message(refusal)).endsWith("(campo occurredOn).");
    assertThat(RefusalMessages.of(Locale.ENGLISH).message(refusal)).endsWith("(field occurredOn).");
    assertThat(refusal.message()).as("the engine's own message is unchanged").startsWith("Beneficiary 3f1c");
  }

  @Test
  void theLanguagesDifferFromEnglishForEveryCode() {
    for (Locale language : RefusalMessages.SHIPPED.subList(1, RefusalMessages.SHIPPED.size())) {
      for (RefusalCode code : RefusalCode.values()) {
        assertThat(RefusalMessages.of(language).message(code, "f")).as("%s in %s", code, language)
            .isNotEqualTo(RefusalMessages.of(Locale.ENGLISH).message(code, "f"));
      }
    }
  }

  @Test
  void aLanguageNoBundleHoldsIsEnglishNotTheMachinesLanguage() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      assertThat(RefusalMessages.of(Locale.GERMAN).message(RefusalCode.UNKNOWN_SITE, "siteId"))
          .isEqualTo("The programme has no site with this id (field siteId).");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RefusalMessages.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
