package eu.projectresolution.mobilisation.examples.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.examples.browser.Chromium;
import eu.projectresolution.mobilisation.practice.PracticeSheetJson;
import eu.projectresolution.mobilisation.practice.SheetCheck;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.transfer.ElementVerdict;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferWords;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A toolkit author's visit, in headless Chromium: SIPA run from the page at a small scale and watched to
 * the end, its report narrowed and read in Spanish, a sheet with planted errors checked, and SIPA's
 * transferability assessed for a context in the form. A screenshot of each page is kept under
 * {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesInBrowserTest {
  private static PageServer server;
  private static ChromeDriver chrome;

  @TempDir static Path files;

  @BeforeAll
  static void start() {
    server = PageServer.start(Locale.ENGLISH);
    chrome = Chromium.start();
    chrome.get(server.address());
  }

  @AfterAll
  static void stop() {
    try {
      if (chrome != null) {
        chrome.quit();
      }
    } finally {
      server.close();
    }
  }

  private static WebDriverWait waiting(int seconds) {
    WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(seconds));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  @Test
  @Order(1)
  void theTokenOpensTheHomePageAndLeavesTheAddress() {
    assertThat(chrome.getCurrentUrl()).isEqualTo(server.url("/"));
    assertThat(chrome.findElement(By.id("page-title")).getText()).isEqualTo("Pages for toolkit authors");
    Chromium.screenshot(chrome, "pages-home");
  }

  @Test
  @Order(2)
  void runsSipaAtASmallScaleAndWatchesItToTheEndThenOpensItsReport() {
    chrome.get(server.url("/run"));
    new Select(chrome.findElement(By.id("scale"))).selectByValue("0.01");
    Chromium.screenshot(chrome, "pages-run");
    chrome.findElement(By.id("start-run")).click();

    // The page reloads itself every second while the replay runs: wait until its state says it is over.
    String state = waiting(180).until(d -> {
      String now = d.findElement(By.id("run-state")).getDomAttribute("data-state");
      return "running".equals(now) ? null : now;
    });
    assertThat(state).as(chrome.findElement(By.tagName("main")).getText()).isEqualTo("done");
    WebElement progress = chrome.findElement(By.id("run-progress"));
    assertThat(progress.getDomAttribute("value")).isEqualTo(progress.getDomAttribute("max"));
    Chromium.screenshot(chrome, "pages-run-status");

    chrome.findElement(By.id("open-report")).click();
    waiting(30).until(d -> !d.findElements(By.id("report")).isEmpty());
    assertThat(chrome.findElements(By.cssSelector("#report figure svg"))).hasSize(5);
    assertThat(chrome.findElement(By.id("report-meta")).getText()).contains("September 1, 2016", "August 31, 2019");
    Chromium.screenshot(chrome, "pages-report");
  }

  @Test
  @Order(3)
  void narrowsTheReportAndSwitchesItToSpanish() {
    chrome.get(server.url("/report"));
    new Select(chrome.findElement(By.id("group"))).selectByValue("WOMEN");
    new Select(chrome.findElement(By.id("site"))).selectByValue("site-audincourt");
    chrome.findElement(By.id("from")).sendKeys("01/01/2017");
    chrome.findElement(By.id("narrow")).click();
    waiting(30).until(d -> d.getCurrentUrl().contains("group=WOMEN"));
    // The site by its name, and the territory with the public employment service of SIPA's country pack.
    assertThat(chrome.findElement(By.id("report-meta")).getText()).contains("target group Women", "site SIPA Audincourt")
        .doesNotContain("site-audincourt");
    assertThat(chrome.findElement(By.id("report-territory")).getText())
        .isEqualTo("Territory: Pays de Montbéliard (urban, France); public employment service: France Travail; Cap emploi"
            + " (country pack fr)");

    chrome.findElement(By.id("lang-es")).click();
    waiting(30).until(d -> "es".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    assertThat(chrome.getCurrentUrl()).contains("group=WOMEN");
    assertThat(chrome.findElement(By.id("page-title")).getText()).isEqualTo("Informe de indicadores");
    assertThat(chrome.findElement(By.id("report-meta")).getText())
        .contains("colectivo Mujeres", "centro SIPA Audincourt", "31 de agosto de 2019").doesNotContain("target group");
    assertThat(chrome.findElement(By.id("report-territory")).getText())
        .startsWith("Territorio: Pays de Montbéliard (urbano, Francia); servicio público de empleo: France Travail");
    assertThat(chrome.findElement(By.id("chart-funnel")).getText()).contains("El embudo");
    Chromium.screenshot(chrome, "pages-report-es");

    // The language is kept for the next pages.
    chrome.get(server.url("/toolkit"));
    assertThat(chrome.findElement(By.id("page-title")).getText()).isEqualTo("La caja de herramientas de fichas de buenas prácticas");
    Chromium.screenshot(chrome, "pages-toolkit-es");
    chrome.findElement(By.id("lang-en")).click();
    waiting(30).until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
  }

  @Test
  @Order(4)
  void searchesTheToolkitAndOpensASheet() {
    chrome.get(server.url("/toolkit"));
    chrome.findElement(By.id("q")).sendKeys("recrut cafe");
    chrome.findElement(By.id("search-button")).click();
    waiting(30).until(d -> d.getCurrentUrl().contains("q=recrut"));
    List<WebElement> results = chrome.findElements(By.cssSelector("#results tr.result a"));
    assertThat(results).hasSize(1);
    Chromium.screenshot(chrome, "pages-toolkit");

    results.get(0).click();
    waiting(30).until(d -> !d.findElements(By.id("sheet")).isEmpty());
    assertThat(chrome.findElement(By.id("sheet")).getDomAttribute("data-sheet")).isEqualTo(SipaPracticeSheet.ID.value());
    chrome.findElement(By.id("reviewer")).sendKeys("CEPS");
    for (WebElement score : chrome.findElements(By.cssSelector("select[id^=score-]"))) {
      new Select(score).selectByValue("4");
    }
    chrome.findElement(By.id("send-review")).click();
    waiting(30).until(d -> d.findElement(By.id("sheet-rank")).getText().startsWith("Rank 1 of 1"));
    Chromium.screenshot(chrome, "pages-sheet");
  }

  @Test
  @Order(5)
  void checksASheetWithPlantedErrorsAndShowsEveryProblemWithItsPath() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode sheet = (ObjectNode) json.readTree(SipaPracticeSheet.class.getResourceAsStream(SipaPracticeSheet.RESOURCE));
    ((ObjectNode) sheet.path("organisation")).remove("name");
    ((ObjectNode) sheet.path("initiative")).withArray("domains").add("ASTROLOGY");
    ((ObjectNode) sheet.path("initiative").path("period")).put("start", "the day we began");
    String planted = json.writeValueAsString(sheet);
    SheetCheck expected = PracticeSheetJson.create().check(planted);
    assertThat(expected.problems()).hasSizeGreaterThanOrEqualTo(3);
    Path file = files.resolve("planted-errors.json");
    Files.writeString(file, planted, StandardCharsets.UTF_8);

    chrome.get(server.url("/sheets/validate"));
    chrome.findElement(By.id("sheet-file")).sendKeys(file.toAbsolutePath().toString());
    chrome.findElement(By.id("validate")).click();
    waiting(30).until(d -> !d.findElements(By.id("problem-count")).isEmpty());

    List<WebElement> rows = chrome.findElements(By.cssSelector("#problems tr.problem"));
    assertThat(rows).hasSameSizeAs(expected.problems());
    for (int i = 0; i < rows.size(); i++) {
      DocumentProblem problem = expected.problems().get(i);
      assertThat(rows.get(i).findElement(By.className("path")).getText()).isEqualTo(problem.path());
      assertThat(rows.get(i).findElement(By.className("message")).getText()).isEqualTo(problem.message());
    }
    assertThat(rows).extracting(r -> r.findElement(By.className("path")).getText())
        .contains("$.organisation.name", "$.initiative.period.start");
    Chromium.screenshot(chrome, "pages-validate-problems");
  }

  @Test
  @Order(6)
  void assessesSipasTransferabilityForAContextInTheForm() {
    chrome.get(server.url("/transfer"));
    new Select(chrome.findElement(By.id("start"))).selectByValue("rural");
    chrome.findElement(By.id("load-start")).click();
    waiting(30).until(d -> d.getCurrentUrl().contains("start=rural"));
    Chromium.screenshot(chrome, "pages-transfer-form");
    chrome.findElement(By.id("assess")).click();
    waiting(30).until(d -> !d.findElements(By.id("verdict")).isEmpty());

    TransferContext context = SipaTransfer.nordFrancheComteRural();
    TransferabilityAssessment expected = SipaTransfer.rules().assess(SipaTransfer.practice(), context);
    // In the page's language, as `transfer assess` words it.
    TransferWords words = TransferWords.of(Locale.forLanguageTag(chrome.findElement(By.tagName("html")).getDomAttribute("lang")));
    assertThat(chrome.findElement(By.id("verdict")).getDomAttribute("data-verdict")).isEqualTo(expected.verdict().name());
    List<WebElement> rows = chrome.findElements(By.cssSelector("#elements tr.element"));
    assertThat(rows).hasSameSizeAs(expected.elements());
    for (int i = 0; i < rows.size(); i++) {
      ElementVerdict element = expected.elements().get(i);
      WebElement row = rows.get(i);
      assertThat(row.getDomAttribute("data-element")).isEqualTo(element.element().toString());
      assertThat(row.findElement(By.className("verdict")).getDomAttribute("class")).contains("verdict-" + element.verdict());
      assertThat(row.findElement(By.className("reason")).getText()).isEqualTo(words.reason(expected.practice(), element, context));
      for (var adaptation : element.adaptations()) {
        assertThat(row.findElement(By.className("adaptations")).getText())
            .contains(words.adaptation(expected.practice(), adaptation));
      }
    }
    Chromium.screenshot(chrome, "pages-transfer-assessment");
  }
}
