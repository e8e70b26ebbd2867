package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetJson;
import eu.projectresolution.mobilisation.practice.ResultOrigin;
import eu.projectresolution.mobilisation.practice.ResultStatement;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.programme.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command reads back what a scenario stored on H2, in every format. */
class ReportCommandTest {
  @TempDir static Path dir;
  private static String data;

  private record Ran(int exitCode, String out, String err) {}

  private static Ran run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Ran(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void runSipaAtATwentiethOfItsSize() {
    data = dir.resolve("data").toString();
    assertThat(run("run", "sipa-montbeliard", "--scale", "0.05", "--data-dir", data).exitCode()).isZero();
  }

  @Test
  void printsTheReportAsTextTables() {
    Ran ran = run("report", "--data-dir", data);

    assertThat(ran.exitCode()).isZero();
    List<String> lines = ran.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("SIPA - Sites d'Information, de Projets et d'Accompagnement (sipa-montbeliard): indicator report");
    assertThat(lines.get(1)).as("the territory, and the public employment service of the country pack SIPA declares")
        .isEqualTo("Territory: Pays de Montbéliard (urban, France); public employment service: France Travail; Cap emploi"
            + " (country pack fr)");
    assertThat(lines.get(3)).as("the moment, as a reader writes it").matches(
        "Computed from the stored records at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC; rules: .*");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("welcomed ").contains(" 850"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("sipa.positive_exits ").contains("12 of 27"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Code ").contains("Total", "Women", "Men", "Non-binary", "Undeclared"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("EECO01 ").contains(" 850 "));
  }

  @Test
  void labelsTheFiguresInTheLanguageAskedKeepingCodesAndNumbers() {
    Ran spanish = run("report", "--data-dir", data, "--language", "es", "--format", "csv");

    assertThat(spanish.exitCode()).isZero();
    assertThat(spanish.out().lines()).anySatisfy(l -> assertThat(l)
        .contains(",welcomed,\"Personas acogidas en los centros durante el período (primera acogida o reingreso)\",").contains(",850,"));
    Ran french = run("report", "--data-dir", data, "--language", "fr");
    assertThat(french.out().lines().findFirst().orElseThrow()).endsWith("(sipa-montbeliard) : rapport d'indicateurs");
    assertThat(french.out().lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("Territoire : Pays de Montbéliard (urbain, France) ; service public de l'emploi : France Travail; Cap emploi"
            + " (dossier pays fr)");
    assertThat(french.out().lines()).anySatisfy(l -> assertThat(l).startsWith("sipa.positive_exits ")
        .contains("Personnes accompagnées sorties positivement", "12 sur 27"));
    Ran german = run("report", "--data-dir", data, "--language", "de");
    assertThat(german.exitCode()).isNotZero();
    assertThat(german.err()).contains("--language de", "[en, fr, es, it]");
  }

  @Test
  void writesJsonThatReadsBackAsTheSameFigures() throws Exception {
    Ran ran = run("report", "--data-dir", data, "--format", "json");

    JsonNode json = MobilisationJson.objectMapper().readTree(ran.out());
    assertThat(json.get("programmeId").asText()).isEqualTo("sipa-montbeliard");
    JsonNode welcomed = null;
    for (JsonNode figure : json.get("figures")) {
      if (figure.get("code").asText().equals("welcomed")) {
        welcomed = figure;
      }
    }
    assertThat(welcomed).isNotNull();
    assertThat(welcomed.get("value").asInt()).isEqualTo(850);
  }

  @Test
  void writesCsvForExcelInFrenchWithSemicolonsAndAByteOrderMark() throws Exception {
    Path csv = dir.resolve("report.csv");

    Ran ran = run("report", "--data-dir", data, "--format", "csv", "--csv-separator", "semicolon", "--output", csv.toString());

    assertThat(ran.exitCode()).isZero();
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text.lines().skip(1))
        .anySatisfy(l -> assertThat(l).startsWith("\"sipa-montbeliard\";\"2016-09-01\";\"2019-08-31\";\"sipa.positive_exit_rate\";"));
  }

  @Test
  void writesTheHtmlPageToAFileByDefault() throws Exception {
    Path page = dir.resolve("page.html");

    Ran ran = run("report", "--data-dir", data, "--format", "html", "-o", page.toString());

    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).startsWith("Wrote the html report of SIPA");
    assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("id=\"chart-funnel\"")
        .contains("<p class=\"meta\" id=\"report-territory\">Territory: Pays de Montbéliard (urban, France);");
  }

  @Test
  void fillsThePracticeSheetsResultsFromTheStoredRecordsAndKeepsTheDeclaredOnes() throws Exception {
    Path filled = dir.resolve("filled.json");

    Ran ran = run("sheet", "fill-results", "--data-dir", data, "-o", filled.toString());

    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).contains("850 people welcomed at the SIPA sites");
    PracticeSheet sheet = PracticeSheetJson.create().read(Files.readString(filled));
    List<ResultStatement> results = sheet.impact().results();
    assertThat(results).filteredOn(r -> r.origin() == ResultOrigin.COMPUTED)
        .anySatisfy(r -> assertThat(r.text().in(Language.FRENCH)).startsWith("850 personnes accueillies sur les sites SIPA"));
    assertThat(results).filteredOn(r -> r.origin() == ResultOrigin.DECLARED)
        .hasSameSizeAs(SipaPracticeSheet.load().impact().results());
  }

  @Test
  void aStoreWithoutTheProgrammeSaysWhichScenarioToRunFirst() {
    Ran ran = run("report", "--data-dir", dir.resolve("empty").toString());

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.err().lines()).containsExactly("error: No records of sipa-montbeliard in " + dir.resolve("empty")
        + ": run 'run sipa-montbeliard' first, or give the --data-dir where they are");
    assertThat(dir.resolve("empty")).doesNotExist();
  }
}
