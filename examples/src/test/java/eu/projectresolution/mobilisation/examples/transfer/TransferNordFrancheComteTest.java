package eu.projectresolution.mobilisation.examples.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.scenario.ScenarioContext;
import eu.projectresolution.mobilisation.examples.text.Words;
import eu.projectresolution.mobilisation.transfer.ElementVerdict;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferWords;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.transfer.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TransferNordFrancheComteTest {
  private static final Words ENGLISH = Words.ENGLISH;

  /** What the scenario prints in the language of {@code words}. */
  private static String run(Words words) {
    StringWriter text = new StringWriter();
    new TransferNordFrancheComte().run(new ScenarioContext(
        MobilisationEngine.builder().storage(InMemoryStorage.create()).build(), TenantId.of("ideis"), 1, 1, 1,
        new PrintWriter(text, true), Progress::none, "in memory", words));
    return text.toString();
  }

  @Test
  void printsOneRowPerElementWithItsVerdictAdaptationAndReason() {
    String text = run(ENGLISH);
    TransferabilityAssessment rural = TransferNordFrancheComte.assess(ENGLISH).get(1);
    TransferWords words = TransferWords.of(Locale.ENGLISH);

    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("SIPA - Sites d'Information, de Projets et d'Accompagnement → Nord Franche-Comté,"
        + " a priority urban neighbourhood (QPV)");
    assertThat(text).contains("→ Nord Franche-Comté, a rural area\nVerdict: carries over with adaptations (transferable);"
        + " score 0.708 (17 of 24 points; rules: SIPA transferability rules)");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Element").contains("Verdict", "Adaptation", "Reason"));
    for (ElementVerdict element : rural.elements()) {
      // Each element's row starts with the first words of its name.
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(element.name().split(" ")[0]));
    }
    assertThat(text).contains("Itinerant reception days in town", "Needs at most 20");
  }

  @Test
  void theTerritoriesOfSipasSpreadAreInTheCountryPackTheSipaProgrammeDeclares() {
    String text = run(ENGLISH);

    assertThat(TransferNordFrancheComte.contexts(ENGLISH)).allSatisfy(c -> assertThat(c.countryPack()).contains("fr"));
    assertThat(text).contains("Country pack: fr", "Public employment service: France Travail");
  }

  @Test
  void theReasonOfAnAdaptedElementNamesWhatTheTerritoryLacksAndWhyItMatters() {
    TransferContext rural = TransferNordFrancheComte.contexts(ENGLISH).get(1);
    TransferabilityAssessment assessment = TransferNordFrancheComte.assess(ENGLISH).get(1);
    ElementVerdict sites = assessment.element(SipaTransfer.FIXED_RECEPTION_SITES).orElseThrow();

    assertThat(sites.verdict()).isEqualTo(Verdict.ADAPT);
    assertThat(TransferWords.of(Locale.ENGLISH).reason(assessment.practice(), sites, rural))
        .startsWith("Needs a territory of type priority urban neighbourhood, urban or peri-urban; here, the territory is of"
            + " type rural. A fixed site draws its visitors from the surrounding neighbourhoods.")
        .contains("Needs at most 20 minutes' travel to a reception site");
  }

  @Test
  void inAPriorityNeighbourhoodEveryElementCarriesOverAsItIs() {
    TransferabilityAssessment qpv = TransferNordFrancheComte.assess(ENGLISH).get(0);
    TransferContext context = TransferNordFrancheComte.contexts(ENGLISH).get(0);

    assertThat(qpv.elements()).allSatisfy(e -> {
      assertThat(e.verdict()).isEqualTo(Verdict.TRANSFERABLE);
      assertThat(TransferWords.of(Locale.ENGLISH).reason(qpv.practice(), e, context)).startsWith("Has what it needs: ");
    });
  }

  @Test
  void theTerritoriesAreNamedInTheReadersLanguage() {
    Words italian = Words.of(Locale.ITALIAN);
    String text = run(italian);

    assertThat(TransferNordFrancheComte.contexts(ENGLISH)).extracting(TransferContext::name)
        .as("in English, as core's context files name them")
        .containsExactly(SipaTransfer.nordFrancheComteQpv().name(), SipaTransfer.nordFrancheComteRural().name());
    assertThat(TransferNordFrancheComte.contexts(ENGLISH)).extracting(TransferContext::note)
        .containsExactly(SipaTransfer.nordFrancheComteQpv().note(), SipaTransfer.nordFrancheComteRural().note());
    assertThat(text).contains("→ Nord Franche-Comté, un'area rurale", "Verdetto: si trasferisce con adattamenti",
        "Servizio pubblico per l'impiego: France Travail", "Una sede fissa");
  }
}
