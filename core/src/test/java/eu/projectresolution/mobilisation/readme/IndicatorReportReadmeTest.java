package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.IndicatorCsv;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.TargetGroup;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first snippet of {@code docs/indicators.md}: a report narrowed to women, as JSON and CSV. */
class IndicatorReportReadmeTest {
  @Test
  void computesAReportAndExportsIt() throws Exception {
    MobilisationEngine engine = MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    engine.registerProgramme(tenant, Fixtures.sipa());
    BeneficiaryId amina = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(amina, LocalDate.of(2019, 2, 4)));
    engine.welcome(tenant, Welcome.builder().beneficiaryId(amina).siteId(Fixtures.SITE_MONTBELIARD)
        .occurredOn(LocalDate.of(2019, 2, 4)).build());

    // README:begin indicator-report
    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.builder()
        .programmeId(ProgrammeId.of("sipa-montbeliard"))
        .start(LocalDate.of(2019, 1, 1)).end(LocalDate.of(2019, 8, 31))   // default: the programme's period
        .targetGroup(TargetGroup.WOMEN)                                    // or .site(...), .channel(...)
        .build()).orElseThrow();
    Optional<Figure> welcomed = report.figure("welcomed");    // value, numerator, denominator, unit, rule
    String json = MobilisationJson.objectMapper().writeValueAsString(report);
    byte[] csv = IndicatorCsv.toBytes(report, IndicatorCsv.Format.SEMICOLON);   // UTF-8 with BOM, ';', decimal comma
    // README:end indicator-report

    assertThat(welcomed.flatMap(Figure::value)).contains(BigDecimal.ONE);
    assertThat(json).contains("\"code\":\"welcomed\"");
    assertThat(csv.length).isGreaterThan(3);
  }
}
