package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.examples.text.Words;
import eu.projectresolution.mobilisation.examples.transfer.ExampleContexts;
import eu.projectresolution.mobilisation.examples.transfer.TransferNordFrancheComte;
import eu.projectresolution.mobilisation.transfer.Adaptation;
import eu.projectresolution.mobilisation.transfer.PracticeElement;
import eu.projectresolution.mobilisation.transfer.Requirement;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code transfer assess} on the shipped contexts and the {@code transfer-nord-franche-comte} scenario, in
 * Spanish, French and Italian, hold no English: not one text of the English transfer words or of the
 * program's words that the language words differently, not one of SIPA's rule file's English texts (its
 * elements, adaptations and every why), and none of the little words English sentences cannot do without.
 * Checked by these lists, not by eye, as {@link SipaInEveryLanguageTest} checks the SIPA run.
 */
class TransferInEveryLanguageTest {
  @ParameterizedTest
  @ValueSource(strings = {"es", "fr", "it"})
  void theAssessmentOfEveryShippedContextHoldsNoEnglish(String code) throws IOException {
    Locale language = Locale.forLanguageTag(code);
    List<Pattern> english = englishTexts(language);
    for (String context : ExampleContexts.NAMES) {
      LanguagesTest.Ran ran = LanguagesTest.run("transfer", "assess", "--context", context, "--language", code);

      assertThat(ran.exitCode()).as(ran.err()).isZero();
      assertThat(SipaInEveryLanguageTest.englishIn(ran.out(), language, english))
          .as("English left in the %s assessment of %s", code, context).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"es", "fr", "it"})
  void theNordFrancheComteScenarioHoldsNoEnglish(String code) throws IOException {
    Locale language = Locale.forLanguageTag(code);
    LanguagesTest.Ran ran = LanguagesTest.run("run", TransferNordFrancheComte.NAME, "--language", code);

    assertThat(ran.exitCode()).as(ran.err()).isZero();
    TransferWords words = TransferWords.of(language);
    PracticeElement sites = SipaTransfer.practice().elements().stream()
        .filter(e -> e.id().equals(SipaTransfer.FIXED_RECEPTION_SITES)).findFirst().orElseThrow();
    assertThat(ran.out()).contains(Words.of(language).text("transfer_nfc.rural.name"),
        words.text("column.reason"), "France Travail",
        words.why(SipaTransfer.practice().code(), sites.id(), sites.requirements().get(0)).orElseThrow()
            .split(" ")[2]);
    assertThat(SipaInEveryLanguageTest.englishIn(ran.out(), language, englishTexts(language)))
        .as("English left in the %s scenario", code).isEmpty();
  }

  /**
   * The English a transfer output in {@code language} must not hold: the English transfer words and program
   * words the language words differently, and SIPA's rule file's own English texts.
   */
  private static List<Pattern> englishTexts(Locale language) throws IOException {
    // Of the program's words, the sentences: a single word ("rural", "local") may be French or Spanish too.
    List<Pattern> patterns = new ArrayList<>(LanguagesTest.englishLeftIn(language, Words.class, "cli_words").stream()
        .filter(p -> p.pattern().contains(" ")).toList());
    Properties base = LanguagesTest.bundle(TransferWords.class, "transfer_words.properties");
    Properties translated = LanguagesTest.bundle(TransferWords.class, "transfer_words_" + language.getLanguage() + ".properties");
    for (String key : base.stringPropertyNames()) {
      for (String fragment : base.getProperty(key).split("\\{\\d}")) {
        String words = fragment.replaceAll("^[\\s,;:.()]+|[\\s,;:.()]+$", "");
        // A fragment of two words or more ("per person reached") cannot be another language's by chance.
        if (words.contains(" ") && !translated.getProperty(key).contains(words)) {
          patterns.add(Pattern.compile(Pattern.quote(words)));
        }
      }
    }
    List<String> rules = new ArrayList<>(List.of(SipaTransfer.ruleFile().ruleSet()));
    for (PracticeElement element : SipaTransfer.practice().elements()) {
      rules.add(element.name());
      element.requirements().forEach(r -> r.why().ifPresent(rules::add));
    }
    for (Adaptation adaptation : SipaTransfer.ruleFile().adaptations()) {
      rules.add(adaptation.description());
      adaptation.why().ifPresent(rules::add);
      adaptation.when().stream().map(Requirement::why).flatMap(java.util.Optional::stream).forEach(rules::add);
    }
    // A text as long as these is matched by its first words: the table wraps it over several lines.
    rules.forEach(text -> patterns.add(Pattern.compile(Pattern.quote(text.length() > 24 ? text.substring(0, 24) : text))));
    assertThat(patterns).hasSizeGreaterThan(100);
    return patterns;
  }
}
