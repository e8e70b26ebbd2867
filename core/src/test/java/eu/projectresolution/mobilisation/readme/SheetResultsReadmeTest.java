package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.SheetResults;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetJson;
import eu.projectresolution.mobilisation.practice.ResultOrigin;
import eu.projectresolution.mobilisation.practice.ResultStatement;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.programme.Baseline;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.Programme;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example in {@code docs/practice-sheets.md} of a practice sheet's results filled from an indicator report. */
class SheetResultsReadmeTest {
  @Test
  void fillsTheSipaSheetsResultsFromTheEngine() {
    MobilisationEngine engine = MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    // SIPA as the contract suites declare it, with a baseline of two people welcomed in 2015 for three welcomes.
    Programme sipa = Programme.builder().from(Fixtures.sipa())
        .baselines(List.of(Baseline.of(Measure.PEOPLE_WELCOMED, "2015", 2)))
        .build();
    engine.registerProgramme(tenant, sipa);
    for (int day = 1; day <= 3; day++) {
      BeneficiaryId person = BeneficiaryId.random();
      engine.capture(tenant, Fixtures.capture(person, LocalDate.of(2019, 3, day)));
      engine.welcome(tenant, Welcome.builder().beneficiaryId(person).siteId(Fixtures.SITE_MONTBELIARD)
          .occurredOn(LocalDate.of(2019, 3, day)).build());
    }

    // README:begin practice-sheet-results
    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(sipa.id())).orElseThrow();
    SheetResults results = SheetResults.of(report)   // a report on the whole programme, over any period
        .withShortName("SIPA")                       // « sur les sites SIPA », "at the SIPA sites"
        .withBaselinesOf(sipa);                      // the baseline's year: « qu'en 2015 », "than in 2015"
    PracticeSheet filled = results.fill(SipaPracticeSheet.load());   // DECLARED results kept, COMPUTED ones replaced
    for (ResultStatement result : results.statements()) {
      System.out.println(result.text().in(Language.FRENCH));
      System.out.println(result.text().in(Language.ENGLISH));
    }
    // 3 personnes captées sur leurs lieux de vie, en dehors des sites SIPA
    // 3 people captured in their living places, outside the SIPA sites
    // ...
    // 3 personnes accueillies sur les sites SIPA, soit 50 % de plus qu'en 2015
    // 3 people welcomed at the SIPA sites, 50% more than in 2015
    // ...
    // README:end practice-sheet-results

    assertThat(results.statements()).extracting(s -> s.text().in(Language.FRENCH)).contains(
        "3 personnes captées sur leurs lieux de vie, en dehors des sites SIPA",
        "3 personnes accueillies sur les sites SIPA, soit 50\u00A0% de plus qu'en 2015");
    assertThat(results.statements()).extracting(s -> s.text().in(Language.ENGLISH)).contains(
        "3 people captured in their living places, outside the SIPA sites",
        "3 people welcomed at the SIPA sites, 50% more than in 2015");
    assertThat(filled.impact().results().stream().filter(r -> r.origin() == ResultOrigin.DECLARED).toList())
        .isEqualTo(SipaPracticeSheet.load().impact().results());
    assertThat(PracticeSheetJson.create().problems(filled)).isEmpty();
  }
}
