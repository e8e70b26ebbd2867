package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.examples.report.ReportWords;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.Scenarios;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every shipped language holds every word the program prints and every line of its help: a key
 * missing in one of them fails here, not in front of a partner.
 */
class LanguagesTest {
  private static final List<Locale> TRANSLATED = Words.SHIPPED.subList(1, Words.SHIPPED.size());

  @Test
  void everyShippedLanguageHoldsEveryWordTheProgramPrints() throws IOException {
    Properties base = bundle(Words.class, "cli_words.properties");
    Set<String> expected = new HashSet<>(base.stringPropertyNames());
    // The scenarios' summaries are the scenarios' own in English.
    Scenarios.all().stream().map(Scenario::name).forEach(name -> expected.add("scenario." + name));
    for (Locale language : TRANSLATED) {
      Properties translated = bundle(Words.class, "cli_words_" + language.getLanguage() + ".properties");
      assertThat(translated.stringPropertyNames()).as("the words of %s", language).containsExactlyInAnyOrderElementsOf(expected);
      translated.forEach((key, text) -> assertThat((String) text).as("%s in %s", key, language).isNotBlank());
    }
  }

  @Test
  void everyShippedLanguageHoldsTheHelpOfEveryCommandOptionAndExitCode() throws IOException {
    for (Locale language : TRANSLATED) {
      Properties help = bundle(Main.class, "help_" + language.getLanguage() + ".properties");
      List<String> missing = new ArrayList<>();
      forEachCommand(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), command -> {
        String name = command.qualifiedName(".");
        if (!help.containsKey(name + ".usage.description") && !help.containsKey(name + ".usage.description.0")) {
          missing.add(name + ".usage.description");
        }
        for (OptionSpec option : command.options()) {
          String key = option.longestName().replaceFirst("^-+", "");
          if (!option.inherited() && !help.containsKey(name + "." + key) && !help.containsKey(key)) {
            missing.add(name + "." + key);
          }
        }
        for (PositionalParamSpec parameter : command.positionalParameters()) {
          String key = parameter.paramLabel() + "[" + parameter.index() + "]";
          if (!help.containsKey(name + "." + key) && !help.containsKey(key)) {
            missing.add(name + "." + key);
          }
        }
        for (int i = 0; i < command.usageMessage().exitCodeList().size(); i++) {
          if (!help.containsKey(name + ".usage.exitCodeList." + i)) {
            missing.add(name + ".usage.exitCodeList." + i);
          }
        }
      });
      assertThat(missing).as("help keys missing in %s", language).isEmpty();
    }
  }

  @Test
  void helpIsInTheLanguageAskedWithTheSameLayout() {
    String spanish = run("run", "--help", "--language", "es").out();

    assertThat(spanish).startsWith("Uso: mobilisation-examples run [OPTIONS] <scenario>")
        .contains("Ejecuta un escenario", "Semilla de las decisiones aleatorias", "(por defecto: 1)", "Escenarios:",
            "Un Recrut'Café en Petite Hollande")
        .doesNotContain("Runs a scenario", "Seed of the random decisions", "One Recrut'Café");
    assertThat(run("--language=it", "--help").out()).contains("Comandi:", "Esempio: java -jar", "Esegue scenari di esempio");
    assertThat(run("frobnicate", "--language", "fr").err()).startsWith("erreur : Commande inconnue « frobnicate »");
  }

  @Test
  void theEnvironmentChoosesTheLanguageUnlessTheCommandLineDoes() {
    assertThat(Main.languageOf(new String[] {"run", "x"}, "es")).contains(Locale.forLanguageTag("es"));
    assertThat(Main.languageOf(new String[] {"run", "--language", "it"}, "es")).contains(Locale.ITALIAN);
    assertThat(Main.languageOf(new String[] {"run", "--", "--language", "it"}, null)).isEmpty();
    Ran german = run("report", "--language", "de");
    assertThat(german.exitCode()).isEqualTo(Main.USAGE);
    assertThat(german.err()).isEqualTo("error: --language de is not a language the program speaks: use one of [en, fr, es, it]\n");
    StringWriter err = new StringWriter();
    assertThat(Main.execute(new String[] {"--help"}, "xx", new PrintWriter(new StringWriter()), new PrintWriter(err, true)))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("$MOBILISATION_LANGUAGE=xx is not a language");
  }

  /** The program itself, not only {@link Main#execute}: its {@code main} reads the language first too. */
  @Test
  void aLanguageTheProgramDoesNotSpeakIsOneLineFromTheProgramItself() throws Exception {
    ProgramProcess german = ProgramProcess.run(Map.of("MOBILISATION_LANGUAGE", "fr"), "report", "--language", "de");
    assertThat(german.exitCode()).isEqualTo(Main.USAGE);
    assertThat(german.output()).isEqualTo("error: --language de is not a language the program speaks: use one of [en, fr, es, it]\n");

    ProgramProcess fromTheEnvironment = ProgramProcess.run(Map.of("MOBILISATION_LANGUAGE", "de"), "report");
    assertThat(fromTheEnvironment.exitCode()).isEqualTo(Main.USAGE);
    assertThat(fromTheEnvironment.output())
        .isEqualTo("error: $MOBILISATION_LANGUAGE=de is not a language the program speaks: use one of [en, fr, es, it]\n");
  }

  @Test
  void writesNumbersAndDatesAsEachLanguageDoes() {
    BigDecimal amount = new BigDecimal("136656.81");
    assertThat(Words.of(Locale.ENGLISH).decimal(amount, 2)).isEqualTo("136,656.81");
    assertThat(Words.of(Locale.FRENCH).decimal(amount, 2)).isEqualTo("136\u202f656,81");
    assertThat(Words.of(Locale.forLanguageTag("es")).decimal(amount, 2)).isEqualTo("136.656,81");
    assertThat(Words.of(Locale.ITALIAN).whole(17_000)).isEqualTo("17.000");
    LocalDate day = LocalDate.of(2016, 9, 1);
    assertThat(Words.of(Locale.ENGLISH).date(day)).isEqualTo("2016-09-01");
    assertThat(Words.of(Locale.FRENCH).date(day)).isEqualTo("01/09/2016");
    assertThat(Words.of(Locale.GERMAN).date(day)).as("a language no bundle holds is written as in English").isEqualTo("2016-09-01");
  }

  /**
   * The English texts a translated output must not hold: every value of the English bundles that the
   * language's bundle words differently, at least four letters long, matched as whole words.
   */
  static List<Pattern> englishLeftIn(Locale language, Class<?> anchor, String base) throws IOException {
    Properties english = bundle(anchor, base + ".properties");
    Properties translated = bundle(anchor, base + "_" + language.getLanguage() + ".properties");
    List<Pattern> patterns = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String text = english.getProperty(key).strip();
      String words = text.replaceAll("\\{\\d}", "").strip();
      if (words.length() >= 4 && !text.equals(translated.getProperty(key, "").strip()) && !key.startsWith("format.")) {
        // A sentence with values is matched by its longest stretch of words.
        String longest = "";
        for (String part : text.split("\\{\\d}")) {
          if (part.strip().length() > longest.length()) {
            longest = part.strip();
          }
        }
        if (longest.length() >= 4) {
          patterns.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(longest) + "(?![\\p{L}])"));
        }
      }
    }
    return patterns;
  }

  static List<Pattern> reportWordsLeftIn(Locale language) throws IOException {
    return englishLeftIn(language, ReportWords.class, "report_words");
  }

  static Properties bundle(Class<?> anchor, String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static void forEachCommand(CommandLine line, java.util.function.Consumer<CommandSpec> action) {
    action.accept(line.getCommandSpec());
    line.getSubcommands().values().forEach(sub -> forEachCommand(sub, action));
  }

  record Ran(int exitCode, String out, String err) {}

  static Ran run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, null, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Ran(code, out.toString(), err.toString());
  }
}
