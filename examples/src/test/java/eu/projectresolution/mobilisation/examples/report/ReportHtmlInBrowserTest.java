package eu.projectresolution.mobilisation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.browser.Chromium;
import eu.projectresolution.mobilisation.examples.i18n.WordBundle;
import eu.projectresolution.mobilisation.examples.sipa.SipaMontbeliard;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The HTML report as a funder sees it, rendered in headless Chromium: in Spanish, no English is left of
 * the words listed below, in the page or in its charts; the charts are labelled; the page prints.
 */
class ReportHtmlInBrowserTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final String BUNDLE = "eu.projectresolution.mobilisation.examples.report.report_html";

  /** The report's words checked: headings, table columns, chart titles, axes, legends and bar names. */
  private static final List<String> KEYS = List.of(
      "nav.charts", "column.code", "column.figure", "column.value", "column.computed_from", "column.rule", "footer",
      "funnel.title", "channels.title", "channels.series.outside", "channels.series.sites", "before_after.title",
      "before_after.axis", "before_after.at_entry", "before_after.after_exit", "positive.title", "positive.sipa",
      "esf.title", "esf.axis", "stage.welcomed", "stage.accompanied", "stage.exited", "channel.DOOR_TO_DOOR",
      "channel.WALK_IN", "channel.PARTNER_REFERRAL");

  private static ChromeDriver chrome;
  private static String pageText;
  private static String chartText;

  @BeforeAll
  static void renderTheSpanishReportInChromium() throws Exception {
    MobilisationEngine engine =
        MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(SipaProgramme.CLOCK).build();
    SipaMontbeliard.replay(engine, SipaMontbeliard.TENANT, 1, 0.02, Progress::none);
    IndicatorReport report = engine.indicatorReport(SipaMontbeliard.TENANT, ReportScope.of(SipaProgramme.ID)).orElseThrow();
    Files.createDirectories(Chromium.SCREENSHOTS);
    Path file = Chromium.SCREENSHOTS.resolve("report-es.html").toAbsolutePath();
    Files.writeString(file, ReportHtml.of(report, SPANISH), StandardCharsets.UTF_8);
    chrome = Chromium.start();
    chrome.get(file.toUri().toString());
    pageText = normalised(chrome.findElement(By.tagName("body")).getText());
    chartText = normalised(String.valueOf(chrome.executeScript(
        "return Array.from(document.querySelectorAll('svg text')).map(t => t.textContent).join(' | ')")));
    Chromium.screenshot(chrome, "report-es");
  }

  @AfterAll
  static void stop() {
    if (chrome != null) {
      chrome.quit();
    }
  }

  private static String normalised(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void inSpanishNoEnglishIsLeftOfTheListedWords() {
    WordBundle english = WordBundle.of(BUNDLE, Locale.ENGLISH);
    WordBundle spanish = WordBundle.of(BUNDLE, SPANISH);
    String everything = pageText + " | " + chartText;
    for (String key : KEYS) {
      assertThat(english.text(key)).as(key).isNotEqualTo(spanish.text(key));
      assertThat(everything).as("English of %s", key).doesNotContain(english.text(key));
      assertThat(everything).as("Spanish of %s", key).contains(spanish.text(key));
    }
    assertThat(chrome.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
    assertThat(pageText).contains("del 1 de septiembre de 2016 al 31 de agosto de 2019", "Mujeres");
  }

  @Test
  void namesStagesAndChannelsAsPeopleDoNeverByTheirCodes() {
    assertThat(pageText).doesNotContain("step WELCOME", "DOOR_TO_DOOR", "'welcomed'", "«welcomed»", "«accompanied»");
    assertThat(pageText).contains("«Acogidas»");
  }

  @Test
  void theEsfPlusChartNamesEachIndicatorAndItsAxis() {
    String esf = normalised(chrome.findElement(By.id("chart-esf-plus-by-gender")).getText());
    assertThat(chartText).contains("participantes", "Indicadores comunes del FSE+ por género");
    assertThat(chrome.findElements(By.cssSelector("#chart-esf-plus-by-gender svg text")))
        .anySatisfy(t -> assertThat(t.getText()).startsWith("EECO02 desempleados"));
    assertThat(esf).isNotBlank();
  }

  @Test
  void printsWithoutItsTableOfContents() {
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    try {
      assertThat(chrome.findElement(By.cssSelector("nav.toc")).isDisplayed()).isFalse();
      assertThat(chrome.findElement(By.id("chart-funnel")).isDisplayed()).isTrue();
    } finally {
      chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }
  }
}
