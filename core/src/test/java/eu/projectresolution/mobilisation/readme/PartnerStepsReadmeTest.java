package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordPartnerStep;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.outcome.EsfPlusParticipant;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.PartnerStep;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.StageLabel;
import eu.projectresolution.mobilisation.pathway.Transition;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The snippets of {@code docs/embedding.md} ("Partner steps") and {@code docs/indicators.md} ("The ESF+
 * participant definition"): a partner's own step recorded, and another ESF+ participant definition.
 */
class PartnerStepsReadmeTest {
  private final MobilisationStorage storage = InMemoryStorage.create();
  private final TenantId tenant = Fixtures.newTenant();
  private final BeneficiaryId amina = BeneficiaryId.random();
  private final LocalDate day = LocalDate.of(2019, 3, 5);
  private final SiteId site = Fixtures.SITE_MONTBELIARD;

  @Test
  void aPartnerDeclaresAndRecordsAStepOfItsOwn() {
    // README:begin partner-steps
    Stage jobClub = Stage.of("job_club");
    PathwayModel model = PathwayModel.builder().from(PathwayModel.sipa())
        .name("SIPA with a job club").version(1)
        .addStages(jobClub)
        .putPartnerSteps(PartnerStep.of("job_club"), jobClub)            // the step and the stage it leads to
        .putPartnerSteps(PartnerStep.of("mentoring"), Stage.ACCOMPANIED) // a step that keeps its stage
        .addTransitions(Transition.of(Stage.ACCOMPANIED, jobClub), Transition.of(jobClub, Stage.REFERRED),
            Transition.of(Stage.ACCOMPANIED, Stage.ACCOMPANIED))
        .addStageLabels(StageLabel.of(jobClub, Language.ENGLISH, "job club"),
            StageLabel.of(jobClub, Language.SPANISH, "club de empleo"))
        .build();
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).pathwayModel(model).build();
    // README:end partner-steps
    engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).pathwayModel(model).build();
    accompanied(engine);
    // README:begin partner-step-recorded
    engine.recordPartnerStep(tenant, RecordPartnerStep.builder().beneficiaryId(amina)
        .step(PartnerStep.of("job_club")).occurredOn(day).site(site).note("Tuesday group").build());
    // README:end partner-step-recorded

    assertThat(engine.pathway(tenant, amina).orElseThrow().stage()).isEqualTo(jobClub);
    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    assertThat(report.figure("stage.job_club.at_end").orElseThrow().label())
        .isEqualTo("People at stage 'job club' on the period's last day");
    assertThat(report.value("stage.job_club.at_end")).isEqualByComparingTo("1");
  }

  @Test
  void aHostRegistersItsManagingAuthoritysDefinitionOfAParticipant() {
    // README:begin esf-plus-participant
    OutcomeRules rules = OutcomeRules.standard(EsfPlusParticipant.accompanimentStarted());
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).outcomeRules(rules).build();
    // README:end esf-plus-participant
    engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).outcomeRules(rules).build();
    BeneficiaryId welcomedOnly = BeneficiaryId.random();
    engine.registerProgramme(tenant, Fixtures.sipa());
    engine.capture(tenant, Fixtures.capture(welcomedOnly, day));
    engine.welcome(tenant, Welcome.builder().beneficiaryId(welcomedOnly).siteId(site).occurredOn(day).build());
    accompanied(engine);

    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    assertThat(report.value("EECO01")).as("the person accompanied, not the one only welcomed").isEqualByComparingTo("1");
    assertThat(report.figure("EECO01").orElseThrow().rule().name()).isEqualTo("esf-plus.EECO01:accompaniment_started");
  }

  private void accompanied(MobilisationEngine engine) {
    engine.registerProgramme(tenant, Fixtures.sipa());
    engine.capture(tenant, Fixtures.capture(amina, day));
    engine.welcome(tenant, Welcome.builder().beneficiaryId(amina).siteId(site).occurredOn(day).build());
    engine.orient(tenant, Orient.builder().beneficiaryId(amina).occurredOn(day).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build());
    engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(amina).occurredOn(day).build());
  }
}
