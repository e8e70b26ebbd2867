package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A malformed command line is refused in the language of {@code --language} or {@code $MOBILISATION_LANGUAGE},
 * naming the option and what it takes, not in picocli's English.
 */
class UsageErrorsTest {
  /** Command lines picocli refuses, one of each kind of complaint. */
  private static final List<List<String>> MALFORMED = List.of(
      List.of("run", "sipa-montbeliard", "--sede", "3"),
      List.of("run", "sipa-montbeliard", "--scale", "abc"),
      List.of("run", "sipa-montbeliard", "--seed", "x"),
      List.of("run", "sipa-montbeliard", "--seed", "1", "--seed", "2"),
      List.of("run", "sipa-montbeliard", "extra"),
      List.of("run"),
      List.of("transfer", "assess"),
      List.of("report", "--format", "xml"),
      List.of("report", "--from", "2018-13-01"));

  /** picocli's English, which no other language's complaint may hold. */
  private static final List<String> PICOCLI_ENGLISH = List.of("Unknown option", "Invalid value", "is not a",
      "Missing required", "should be specified", "Unmatched argument", "Expected parameter", "expected one of", "cannot convert");

  private record Ran(int exitCode, String err) {}

  private static Ran run(String variable, List<String> args) {
    StringWriter err = new StringWriter();
    int code = Main.execute(args.toArray(String[]::new), variable, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    return new Ran(code, err.toString());
  }

  private static String firstLine(String variable, String... args) {
    return run(variable, List.of(args)).err().lines().findFirst().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "es", "it"})
  void everyComplaintIsInTheLanguageAskedForWithHowToReadTheHelp(String code) {
    Words words = Words.of(Locale.forLanguageTag(code));
    for (List<String> args : MALFORMED) {
      Ran ran = run(code, args);

      assertThat(ran.exitCode()).as("%s", args).isEqualTo(Main.USAGE);
      String command = "mobilisation-examples " + (args.get(0).equals("transfer") ? "transfer assess" : args.get(0));
      assertThat(ran.err()).as("%s in %s", args, code).startsWith(words.text("main.error", ""))
          .contains(words.text("main.see_help", command));
      PICOCLI_ENGLISH.forEach(english -> assertThat(ran.err()).as("%s in %s", args, code).doesNotContain(english));
    }
  }

  @Test
  void eachComplaintNamesTheOptionAndWhatItTakes() {
    assertThat(firstLine(null, "run", "sipa-montbeliard", "--scale", "abc", "--language", "es"))
        .isEqualTo("error: Valor no válido para --scale: «abc» no es un número: escríbalo con punto decimal, p. ej. 0.5");
    assertThat(firstLine("fr", "transfer", "assess"))
        .isEqualTo("erreur : Option obligatoire manquante : --context, par exemple --context=<context.json>");
    assertThat(firstLine("it", "report", "--format", "xml"))
        .isEqualTo("errore: Valore non valido per --format: «xml»: usare uno di questi valori: text, json, csv, html");
    assertThat(firstLine("es", "run", "sipa-montbeliard", "--scale"))
        .isEqualTo("error: La opción --scale necesita un valor: escriba --scale <x>");
    assertThat(firstLine(null, "report", "--from", "2018-13-01", "--language=it"))
        .isEqualTo("errore: Valore non valido per --from: «2018-13-01» non è una data: scriverla AAAA-MM-GG, ad es. 2018-03-15");
    assertThat(firstLine("fr", "run", "sipa-montbeliard", "--sede", "3"))
        .isEqualTo("erreur : Options inconnues : « --sede », « 3 » (vouliez-vous dire --seed ?)");
    assertThat(firstLine(null, "run", "sipa-montbeliard", "--seed", "x"))
        .as("in English too, the option and what it takes").isEqualTo("error: Invalid value for --seed: 'x' is not a whole number, e.g. 7");
  }
}
