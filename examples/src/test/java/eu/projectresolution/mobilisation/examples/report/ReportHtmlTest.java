package eu.projectresolution.mobilisation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.sipa.SipaMontbeliard;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.outcome.EsfPlusParticipant;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportHtmlTest {
  private static IndicatorReport report;
  private static String html;

  @BeforeAll
  static void replaySipaAndRenderItsReport() {
    MobilisationEngine engine =
        MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(SipaProgramme.CLOCK).build();
    SipaMontbeliard.replay(engine, SipaMontbeliard.TENANT, 3, 0.05, Progress::none);
    report = engine.indicatorReport(SipaMontbeliard.TENANT, ReportScope.of(SipaProgramme.ID)).orElseThrow();
    html = ReportHtml.of(report);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void isOneWellFormedDocumentHoldingEveryChartAsInlineSvg() throws Exception {
    Document page = parse(html);

    assertThat(page.getDocumentElement().getLocalName()).isEqualTo("html");
    for (String id : ReportCharts.IDS) {
      Element figure = byId(page, id);
      assertThat(figure).as("chart %s", id).isNotNull();
      assertThat(figure.getLocalName()).isEqualTo("figure");
      NodeList svg = figure.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
      assertThat(svg.getLength()).as("svg of %s", id).isEqualTo(1);
      assertThat(((Element) svg.item(0)).getElementsByTagNameNS("*", "rect").getLength()).as("bars of %s", id).isPositive();
    }
  }

  @Test
  void opensOfflineAndItsIdsAreUnique() throws Exception {
    assertThat(html).doesNotContain("<script", "<link", "<img", "@import", "src=\"http", "url(http");
    Document page = parse(html);
    List<String> ids = new ArrayList<>();
    NodeList all = page.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    Set<String> unique = new HashSet<>(ids);
    assertThat(unique).hasSameSizeAs(ids);
  }

  @Test
  void showsEveryComputableFigureWithItsCodeAndValue() {
    for (Figure figure : report.figures()) {
      if (figure.gender().isEmpty()) {
        assertThat(html).contains("<code>" + ReportHtml.escape(figure.code().value()) + "</code>");
      }
    }
    Figure welcomed = report.figure("welcomed").orElseThrow();
    assertThat(html).contains("<td class=\"n\">" + FigureText.value(welcomed) + "</td>");
  }

  @Test
  void namesStagesAndChannelsAsPeopleDoAndKeepsSmallBarsReadable() {
    assertThat(html).doesNotContain("step WELCOME", "stage of step", "channel DOOR_TO_DOOR")
        .contains("reached stage &#39;Welcomed&#39;", "through channel Door to door");
    // The funnel spans orders of magnitude: its scale is logarithmic, and its subtitle says so.
    assertThat(html).contains("logarithmic scale");
    assertThat(html).contains("@media print");
  }

  @Test
  void titlesAndDrawsTheEsfPlusRulesUnderTheParticipantDefinitionAHostChose() throws Exception {
    MobilisationEngine engine = MobilisationEngine.builder()
        .storage(InMemoryStorage.create())
        .clock(SipaProgramme.CLOCK)
        .outcomeRules(OutcomeRules.standard(EsfPlusParticipant.accompanimentStarted()))
        .build();
    SipaMontbeliard.replay(engine, SipaMontbeliard.TENANT, 3, 0.05, Progress::none);
    IndicatorReport chosen = engine.indicatorReport(SipaMontbeliard.TENANT, ReportScope.of(SipaProgramme.ID)).orElseThrow();
    assertThat(chosen.ruleSets()).extracting(RuleRef::name).contains("esf-plus:accompaniment_started");

    Document page = parse(ReportHtml.of(chosen));

    assertThat(headings(page)).isEqualTo(headings(parse(html)));
    assertThat(byId(page, "chart-positive-exits").getTextContent()).contains("ESF+ (accompaniment_started) v1");
  }

  private static List<String> headings(Document page) {
    List<String> titles = new ArrayList<>();
    NodeList h2 = page.getElementsByTagNameNS("*", "h2");
    for (int i = 0; i < h2.getLength(); i++) {
      titles.add(h2.item(i).getTextContent());
    }
    return titles;
  }

  private static Element byId(Document page, String id) {
    NodeList all = page.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (id.equals(element.getAttribute("id"))) {
        return element;
      }
    }
    return null;
  }
}
