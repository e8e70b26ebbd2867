package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.examples.text.Words;
import eu.projectresolution.mobilisation.indicator.FigureLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SIPA run and its text report, in Spanish, French and Italian, hold no English: not one sentence
 * of the English bundles that the language words differently, not one English figure label or reason,
 * and none of the little words English sentences cannot do without. Checked by these lists, not by eye.
 */
class SipaInEveryLanguageTest {
  /** Words every English sentence has and no Spanish, French or Italian one does. */
  private static final List<Pattern> LITTLE_ENGLISH_WORDS =
      List.of(" the ", " of the ", " and ", " with ", " which ", " from the ", " people ", " during ")
          .stream().map(w -> Pattern.compile(Pattern.quote(w))).toList();

  @TempDir static Path dir;
  private static String data;
  private static LanguagesTest.Ran spanishRun;

  @BeforeAll
  static void runSipaInSpanish() {
    data = dir.resolve("data").toString();
    spanishRun = LanguagesTest.run("run", "sipa-montbeliard", "--scale", "0.1", "--data-dir", data, "--language", "es");
    assertThat(spanishRun.exitCode()).as(spanishRun.err()).isZero();
  }

  @Test
  void theSpanishRunIsInSpanish() throws IOException {
    assertThat(spanishRun.out()).startsWith("SIPA - Sites d'Information, de Projets et d'Accompagnement, del 01/09/2016 al 31/08/2019")
        .contains("registros reproducidos mediante las órdenes del motor", "Personas acogidas en los centros SIPA",
            "Coste por salida positiva", "EUR 136.656,81 / 25", "(base de datos H2 integrada)", "1.700");
    assertThat(runSentences(Locale.forLanguageTag("es"))).hasSizeGreaterThan(100);
    assertThat(englishIn(spanishRun.out(), Locale.forLanguageTag("es"), runSentences(Locale.forLanguageTag("es"))))
        .as("English left in the Spanish run").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "it"})
  void theRunInFrenchAndItalianHoldsNoEnglish(String code) throws IOException {
    Locale language = Locale.forLanguageTag(code);
    LanguagesTest.Ran ran = LanguagesTest.run("run", "sipa-montbeliard", "--in-memory", "--scale", "0.01", "--language", code);

    assertThat(ran.exitCode()).isZero();
    assertThat(englishIn(ran.out(), language, runSentences(language))).as("English left in the %s run", code).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"es", "fr", "it"})
  void theTextReportHoldsNoEnglish(String code) throws IOException {
    Locale language = Locale.forLanguageTag(code);
    LanguagesTest.Ran report = LanguagesTest.run("report", "--data-dir", data, "--language", code);
    LanguagesTest.Ran english = LanguagesTest.run("report", "--data-dir", data);

    assertThat(report.exitCode()).isZero();
    List<Pattern> sentences = new ArrayList<>(LanguagesTest.reportWordsLeftIn(language));
    sentences.addAll(figureSentencesLeftIn(language));
    // Every English figure label of the report, as the engine and its rule sets word them.
    english.out().lines().filter(l -> l.matches("^[a-z][a-z0-9_.]+ +[A-Z].*"))
        .map(l -> l.replaceFirst("^\\S+ +", "").split("  ")[0].strip())
        // A code in capitals (a measure, a channel) is an identifier, the same in every language.
        .filter(label -> label.length() >= 12 && label.contains(" "))
        .forEach(label -> sentences.add(Pattern.compile(Pattern.quote(label))));
    assertThat(sentences).hasSizeGreaterThan(100);
    assertThat(englishIn(report.out(), language, sentences)).as("English left in the %s report", code).isEmpty();
    List<String> codes = english.out().lines().filter(l -> l.matches("^[a-z][a-z0-9_.]+ .*")).map(l -> l.split(" ")[0]).toList();
    assertThat(codes).as("every figure of the report, in every language").hasSizeGreaterThan(50)
        .allSatisfy(c -> assertThat(report.out()).contains(c + " "));
  }

  @Test
  void theCsvReportHasItsHeaderInTheLanguage() {
    LanguagesTest.Ran csv = LanguagesTest.run("report", "--data-dir", data, "--language", "es", "--format", "csv",
        "--csv-separator", "semicolon");

    assertThat(csv.out().lines().findFirst().orElseThrow())
        .endsWith("programa;inicio_período;fin_período;código;descripción;género;unidad;valor;numerador;denominador;"
            + "moneda;regla;versión_regla;motivo_no_calculable");
    assertThat(csv.out()).contains("no se ha declarado ningún objetivo para").doesNotContain("no target is declared");
  }

  private static List<Pattern> runSentences(Locale language) throws IOException {
    return LanguagesTest.englishLeftIn(language, Words.class, "cli_words");
  }

  /** The figures bundle's English labels and reasons that the language words differently. */
  private static List<Pattern> figureSentencesLeftIn(Locale language) throws IOException {
    Properties english = load("figures.properties");
    Properties translated = load("figures_" + language.getLanguage() + ".properties");
    List<Pattern> patterns = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if (key.startsWith("column.")) {
        continue;
      }
      for (String part : english.getProperty(key).split("\\{\\d}")) {
        if (part.strip().length() >= 12 && !translated.getProperty(key, "").contains(part.strip())) {
          patterns.add(Pattern.compile(Pattern.quote(part.strip())));
        }
      }
    }
    return patterns;
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = FigureLabels.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  static List<String> englishIn(String output, Locale language, List<Pattern> sentences) {
    List<String> found = new ArrayList<>();
    List<Pattern> all = new ArrayList<>(sentences);
    all.addAll(LITTLE_ENGLISH_WORDS);
    for (Pattern sentence : all) {
      output.lines().filter(line -> sentence.matcher(line).find())
          .forEach(line -> found.add(sentence.pattern() + " in: " + line.strip()));
    }
    return found;
  }
}
