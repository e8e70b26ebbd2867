package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.practice.PracticeSheetJson;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetCommandTest {
  @TempDir Path dir;

  private record Ran(int exitCode, String out, String err) {}

  private static Ran run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Ran(code, out.toString(), err.toString());
  }

  @Test
  void printsTheSipaSheetSectionBySectionInTheLanguageAsked() {
    Ran english = run("sheet", "print");
    Ran french = run("sheet", "print", "--language", "fr");

    assertThat(english.exitCode()).isZero();
    assertThat(english.out()).contains("1. Organisation, country", "2. Description of the initiative",
        "3. Implementation of the initiative", "4. Results and impact of the initiative",
        "5. Transferability / reproduction of the initiative", "Recrut");
    assertThat(french.out()).contains("Sites d'Information, de Projets et d'Accompagnement");
  }

  @Test
  void exportsAValidSheetThatValidatesAndReadsBackEqual() throws IOException {
    Path exported = dir.resolve("out/sipa.json");

    Ran export = run("sheet", "export", "--output", exported.toString());
    Ran validate = run("sheet", "validate", exported.toString());

    assertThat(export.exitCode()).isZero();
    assertThat(validate.exitCode()).isZero();
    assertThat(validate.out()).isEqualTo(exported + ": a valid practice sheet (sipa-montbeliard)" + System.lineSeparator());
    assertThat(PracticeSheetJson.create().read(Files.readString(exported))).isEqualTo(SipaPracticeSheet.load());
  }

  @Test
  void validateListsEveryProblemWithItsPath() throws IOException {
    Path sheet = Files.writeString(dir.resolve("sheet.json"), "{\"id\": \"my-practice\", \"organisation\": {}}");

    Ran ran = run("sheet", "validate", sheet.toString());

    assertThat(ran.exitCode()).isEqualTo(SheetCommand.INVALID);
    assertThat(ran.out()).startsWith(sheet + ": ").contains("  $.organisation.name: ", "  $.initiative: ");
  }

  @Test
  void printingAnInvalidSheetIsOneLineSayingHowToSeeTheProblems() throws IOException {
    Path sheet = Files.writeString(dir.resolve("sheet.json"), "not json");

    Ran ran = run("sheet", "print", sheet.toString());

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.err().lines()).singleElement().asString()
        .startsWith("error: " + sheet + " is not a valid practice sheet (1 problem; first: $: the text is not valid JSON")
        .endsWith("run 'sheet validate " + sheet + "' to list them all");
  }
}
