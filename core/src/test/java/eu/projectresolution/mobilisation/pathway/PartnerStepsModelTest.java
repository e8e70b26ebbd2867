package eu.projectresolution.mobilisation.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.contract.PartnerPathwayContract;
import eu.projectresolution.mobilisation.programme.Language;
import org.junit.jupiter.api.Test;

/** What a partner's model may declare of its own steps and stage labels, and what it refuses. */
class PartnerStepsModelTest {
  private static final Stage JOB_CLUB = PartnerPathwayContract.JOB_CLUB;

  @Test
  void aPartnerStepLeadsToTheStageTheModelDeclaresAndBuiltInStepsKeepTheirs() {
    PathwayModel model = PartnerPathwayContract.partnerModel();

    assertThat(model.stageFor(PartnerStep.of("job_club"))).contains(JOB_CLUB);
    assertThat(model.stageFor(PartnerStep.of("mentoring"))).contains(Stage.ACCOMPANIED);
    assertThat(model.stageFor(PartnerStep.of("yoga"))).isEmpty();
    assertThat(model.stageFor(Step.REFERRAL)).contains(Stage.REFERRED);
    assertThat(PathwayModel.sipa().partnerSteps()).isEmpty();
    assertThat(model.allows(Stage.ACCOMPANIED, JOB_CLUB)).isTrue();
    assertThat(model.allows(Stage.WELCOMED, JOB_CLUB)).isFalse();
  }

  @Test
  void aStageIsCalledByItsLabelInTheLanguageElseInEnglishElseInAnotherElseByItsCode() {
    PathwayModel model = PathwayModel.builder().from(PartnerPathwayContract.partnerModel())
        .addStageLabels(StageLabel.of(PartnerPathwayContract.DRIVING_LESSONS, Language.SPANISH, "autoescuela"))
        .build();

    assertThat(model.label(JOB_CLUB, Language.ITALIAN)).isEqualTo("club del lavoro");
    assertThat(model.label(JOB_CLUB, Language.of("nl"))).isEqualTo("job club");
    assertThat(model.label(PartnerPathwayContract.DRIVING_LESSONS, Language.FRENCH)).isEqualTo("autoescuela");
    assertThat(model.label(Stage.WELCOMED, Language.FRENCH)).isEqualTo("welcomed");
    assertThat(model.declaredLabel(JOB_CLUB, Language.of("nl"))).isEmpty();
  }

  @Test
  void aPartnerStepMayNotTakeTheNameOfABuiltInStepNorLeadToAnUndeclaredStage() {
    PathwayModel.Builder exitAsPartnerStep = PathwayModel.builder().from(PathwayModel.sipa())
        .putPartnerSteps(PartnerStep.of("exit"), Stage.EXITED);
    assertThatThrownBy(exitAsPartnerStep::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pathwayModel.partnerSteps declares 'exit', a step the engine records with its own "
            + "command (Step.EXIT)");

    PathwayModel.Builder toNowhere = PathwayModel.builder().from(PathwayModel.sipa())
        .putPartnerSteps(PartnerStep.of("job_club"), JOB_CLUB);
    assertThatThrownBy(toNowhere::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pathwayModel.partnerSteps.job_club names stage 'job_club', which pathwayModel.stages does not declare");

    assertThatThrownBy(() -> PartnerStep.of("job club")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partner step code \"job club\" is not valid");
  }

  @Test
  void aStageIsLabelledOnceALanguageWithAText() {
    PathwayModel.Builder twice = PathwayModel.builder().from(PartnerPathwayContract.partnerModel())
        .addStageLabels(StageLabel.of(JOB_CLUB, Language.FRENCH, "atelier emploi"));
    assertThatThrownBy(twice::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pathwayModel.stageLabels labels stage 'job_club' twice in language 'fr': keep one");

    PathwayModel.Builder undeclared = PathwayModel.builder().from(PathwayModel.sipa())
        .addStageLabels(StageLabel.of(JOB_CLUB, Language.ENGLISH, "job club"));
    assertThatThrownBy(undeclared::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pathwayModel.stageLabels names stage 'job_club'");

    assertThatThrownBy(() -> StageLabel.of(JOB_CLUB, Language.ENGLISH, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stageLabel.job_club.en.text must not be blank");
  }
}
