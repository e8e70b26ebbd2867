package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --format html --language es} writes the page a Spanish funder reads. */
class HtmlReportLanguageTest {
  @TempDir Path dir;

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
  }

  @Test
  void theHtmlReportIsInTheLanguageAsked() throws Exception {
    String data = dir.resolve("data").toString();
    assertThat(run("run", "sipa-montbeliard", "--scale", "0.01", "--data-dir", data)).isZero();
    Path page = dir.resolve("sipa-es.html");

    assertThat(run("report", "--format", "html", "--language", "es", "--data-dir", data, "--output", page.toString())).isZero();

    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"es\"", "Informe de indicadores del período del 1 de septiembre de 2016",
        "El embudo: hasta dónde llegaron las personas captadas", "@media print");
    assertThat(html).doesNotContain("step WELCOME", "Indicator report for the period", "At a glance");
  }
}
