package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.programme.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
  private static final Language DUTCH = Language.of("nl");
  private static final Language GERMAN = Language.of("de");

  @Test
  void givesTheRequestedLanguageWhenItHasIt() {
    LocalizedText text = LocalizedText.frEn("accueil", "welcome").with(Language.SPANISH, "acogida");

    assertThat(text.in(Language.SPANISH)).isEqualTo("acogida");
    assertThat(text.in(Locale.ENGLISH)).isEqualTo("welcome");
  }

  @Test
  void fallsBackToFrenchThenEnglishThenSpanishThenItalianThenByCode() {
    assertThat(LocalizedText.frEn("accueil", "welcome").in(Language.ITALIAN)).isEqualTo("accueil");
    assertThat(LocalizedText.of(Language.ITALIAN, "accoglienza").with(Language.ENGLISH, "welcome").in(DUTCH))
        .isEqualTo("welcome");
    assertThat(LocalizedText.of(Language.ITALIAN, "accoglienza").with(Language.SPANISH, "acogida").in(DUTCH))
        .isEqualTo("acogida");
    assertThat(LocalizedText.of(DUTCH, "onthaal").with(Language.ITALIAN, "accoglienza").in(GERMAN))
        .isEqualTo("accoglienza");
    assertThat(LocalizedText.of(DUTCH, "onthaal").with(GERMAN, "Empfang").in(Language.FRENCH)).isEqualTo("Empfang");
    assertThat(LocalizedText.fr("accueil").in(Locale.JAPANESE)).isEqualTo("accueil");
  }

  @Test
  void listsItsLanguagesInFallbackOrder() {
    Map<Language, String> texts = new LinkedHashMap<>();
    texts.put(DUTCH, "onthaal");
    texts.put(Language.ITALIAN, "accoglienza");
    texts.put(Language.ENGLISH, "welcome");
    texts.put(GERMAN, "Empfang");

    assertThat(LocalizedText.of(texts).languages()).containsExactly(Language.ENGLISH, Language.ITALIAN, GERMAN, DUTCH);
  }

  @Test
  void isWrittenAsAnObjectFromLanguageCodeToText() throws Exception {
    ObjectMapper mapper = MobilisationJson.objectMapper();
    LocalizedText text = LocalizedText.of(Language.ENGLISH, "welcome").with(Language.FRENCH, "accueil");

    String written = mapper.writeValueAsString(text);

    assertThat(written).isEqualTo("{\"fr\":\"accueil\",\"en\":\"welcome\"}");
    assertThat(mapper.readValue(written, LocalizedText.class)).isEqualTo(text);
  }

  @Test
  void refusesNoLanguageABlankTextAndAnUnknownLanguageCode() {
    assertThatThrownBy(() -> LocalizedText.of(Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one language");
    assertThatThrownBy(() -> LocalizedText.fr(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"fr\" text is blank");
    assertThatThrownBy(() -> Language.of("fra")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO 639-1");
    assertThatThrownBy(() -> Language.of("xx")).isInstanceOf(IllegalArgumentException.class);
  }
}
