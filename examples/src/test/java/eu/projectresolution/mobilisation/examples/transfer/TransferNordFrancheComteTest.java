package eu.projectresolution.mobilisation.examples.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.transfer.ElementVerdict;
import eu.projectresolution.mobilisation.transfer.Finding;
import eu.projectresolution.mobilisation.transfer.Requirement;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import eu.projectresolution.mobilisation.transfer.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferNordFrancheComteTest {
  @Test
  void printsOneRowPerElementWithItsVerdictAdaptationAndReason() {
    TransferabilityAssessment rural = TransferNordFrancheComte.assess().get(1);
    StringWriter text = new StringWriter();
    TransferNordFrancheComte.print(rural, SipaTransfer.nordFrancheComteRural(), new PrintWriter(text, true));

    List<String> lines = text.toString().lines().toList();
    assertThat(lines.get(0)).endsWith("-> " + rural.context());
    assertThat(lines.get(1)).startsWith("Verdict: ADAPT (transferable), score 0.708");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Element").contains("Verdict", "Adaptation", "Reason"));
    for (ElementVerdict element : rural.elements()) {
      // Each element's row starts with the first words of its name and its verdict.
      String firstWords = element.name().split(" ")[0];
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(firstWords).contains(element.verdict().name().replace('_', ' ')));
    }
    assertThat(text.toString()).contains("Itinerant reception days in town").contains("Needs at most 20");
  }

  @Test
  void theReasonOfAnAdaptedElementNamesWhatTheTerritoryLacksAndWhyItMatters() {
    ElementVerdict sites =
        TransferNordFrancheComte.assess().get(1).element(SipaTransfer.FIXED_RECEPTION_SITES).orElseThrow();

    assertThat(sites.verdict()).isEqualTo(Verdict.ADAPT);
    assertThat(TransferNordFrancheComte.reason(sites))
        .startsWith("Needs a territory of type priority urban neighbourhood, other urban or peri urban. ")
        .contains("Needs at most 20 minutes' travel to a reception site");
  }

  @Test
  void inAPriorityNeighbourhoodEveryElementCarriesOverAsItIs() {
    TransferabilityAssessment qpv = TransferNordFrancheComte.assess().get(0);

    assertThat(qpv.elements()).allSatisfy(e -> {
      assertThat(e.verdict()).isEqualTo(Verdict.TRANSFERABLE);
      assertThat(TransferNordFrancheComte.reason(e)).startsWith("Has what it needs: ");
    });
  }

  @Test
  void theReasonQuotesEachRequirementsWhyAsItsAuthorsWroteIt() {
    int quoted = 0;
    for (TransferabilityAssessment assessment : TransferNordFrancheComte.assess()) {
      for (ElementVerdict element : assessment.elements()) {
        if (element.verdict() == Verdict.TRANSFERABLE) {
          continue;
        }
        String reason = TransferNordFrancheComte.reason(element);
        for (Finding finding : element.findings()) {
          if (finding.verdict() != Verdict.TRANSFERABLE) {
            for (String why : finding.requirement().flatMap(Requirement::why).stream().toList()) {
              assertThat(reason).as("reason of %s", element.name()).contains(why);
              quoted++;
            }
          }
        }
      }
    }
    assertThat(quoted).isPositive();
  }

  @Test
  void aWhyStartingWithAnAcronymKeepsItsCapitals() {
    TransferContext noStaff = TransferContext.builder().from(SipaTransfer.nordFrancheComteRural()).staff(List.of()).build();
    ElementVerdict sites = SipaTransfer.rules().assess(SipaTransfer.practice(), noStaff)
        .element(SipaTransfer.FIXED_RECEPTION_SITES).orElseThrow();

    assertThat(TransferNordFrancheComte.reason(sites))
        .contains("SIPA had 3 reception officers, one per site, for 17,000 people welcomed")
        .doesNotContain("sIPA");
  }
}
