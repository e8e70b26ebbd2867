package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordFollowUp;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.outcome.Classification;
import eu.projectresolution.mobilisation.outcome.OutcomeCategory;
import eu.projectresolution.mobilisation.outcome.OutcomeRate;
import eu.projectresolution.mobilisation.outcome.OutcomeRule;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import eu.projectresolution.mobilisation.outcome.RuleSet;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The snippet of {@code docs/indicators.md} ("Registering a partner's rule set"): a partner registers its own rule set. */
class PartnerRuleSetReadmeTest {
  @Test
  void aPartnerRegistersItsOwnRuleSetWithoutTouchingCore() {
    MobilisationStorage storage = InMemoryStorage.create();
    TenantId tenant = Fixtures.newTenant();
    ProgrammeId programme = Fixtures.SIPA;
    MobilisationEngine recorder = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    recorder.registerProgramme(tenant, Fixtures.sipa());
    LocalDate day = LocalDate.of(2019, 5, 6);
    BeneficiaryId lucia = BeneficiaryId.random();
    recorder.capture(tenant, Fixtures.capture(lucia, day));
    recorder.welcome(tenant, Welcome.builder().beneficiaryId(lucia).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(day).build());
    recorder.orient(tenant, Orient.builder().beneficiaryId(lucia).occurredOn(day).orientation(Orientation.INFORMATION_ONLY).build());
    recorder.recordExit(tenant, RecordExit.builder().beneficiaryId(lucia).occurredOn(day).reason(ExitReason.OTHER)
        .situation(Situation.builder().jobSearching(true).build()).build());
    recorder.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(lucia).followUp(FollowUp.builder()
        .moment(FollowUpMoment.WITHIN_FOUR_WEEKS).observedOn(day.plusDays(20))
        .employment(Employment.of(ContractType.FIXED_TERM, 6)).build()).build());

    // README:begin partner-rule-set
    RuleSet spain = RuleSet.builder()
        .ref(RuleRef.of("es.sepe", 1))
        .description("Spain: participants placed in a job, as the public employment services count them")
        .addRules(OutcomeRule.builder()
            .ref(RuleRef.of("es.sepe.insercion", 1))
            .definition("Participants who left during the period with a job within four weeks of leaving")
            .addCategories(
                OutcomeCategory.counted("insercion", "Placed within four weeks of leaving", "es.inserciones"),
                OutcomeCategory.counted("sin_insercion", "Not placed within four weeks of leaving"),
                OutcomeCategory.outOfScope("sin_salida", "Did not leave with an exit during the period"))
            .addRates(OutcomeRate.of("es.tasa_insercion", "Placement rate", "insercion"))
            .classifier(p -> {
              if (!p.leftDuringPeriod() || p.exit().isEmpty()) {
                return Classification.of("sin_salida", "did not leave with an exit during the period");
              }
              boolean placed = p.exit().get().followUps().stream()
                  .anyMatch(f -> f.moment() != FollowUpMoment.SIX_MONTHS && f.employed());
              return placed
                  ? Classification.of("insercion", "in a job within four weeks of leaving")
                  : Classification.of("sin_insercion", "no job recorded within four weeks of leaving");
            })
            .build())
        .build();

    MobilisationEngine engine = MobilisationEngine.builder()
        .storage(storage)
        .outcomeRules(OutcomeRules.standard().with(spain))
        .build();
    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(programme)).orElseThrow();
    Optional<Figure> placementRate = report.figure("es.tasa_insercion");
    // README:end partner-rule-set

    assertThat(placementRate.flatMap(Figure::value)).contains(new BigDecimal("100.0"));
    assertThat(placementRate.orElseThrow().rule()).isEqualTo(RuleRef.of("es.sepe.insercion", 1));
    assertThat(report.ruleSets()).contains(RuleRef.of("es.sepe", 1));
    assertThat(report.value("es.inserciones")).isEqualByComparingTo(BigDecimal.ONE);
  }
}
