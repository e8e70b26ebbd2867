package eu.projectresolution.mobilisation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.pathway.Stage;
import org.junit.jupiter.api.Test;

/**
 * The managing authority's definition of an ESF+ participant as the rule set declares it; whom each
 * definition counts is {@code PartnerPathwayContract}'s, on every store.
 */
class EsfPlusParticipantTest {
  @Test
  void theDefaultDefinitionIsTheFirstWelcomeWithTheRuleSetItAlwaysHad() {
    RuleSet byDefault = RuleSets.esfPlus(EsfPlusParticipant.welcomed());

    assertThat(byDefault).isSameAs(RuleSets.esfPlus());
    assertThat(byDefault.ref()).isEqualTo(RuleRef.of("esf-plus", 1));
    assertThat(byDefault.rules().get(0).definition())
        .isEqualTo("EECO01 total participants: Participants who entered (were first welcomed) during the period");
    assertThat(OutcomeRules.standard(EsfPlusParticipant.welcomed()).ruleSets())
        .isEqualTo(OutcomeRules.standard().ruleSets());
  }

  @Test
  void anotherDefinitionNamesItsRuleSetAndRulesAfterItAndSaysItInTheirDefinitions() {
    RuleSet accompanied = RuleSets.esfPlus(EsfPlusParticipant.accompanimentStarted());

    assertThat(accompanied.ref()).isEqualTo(RuleRef.of("esf-plus:accompaniment_started", 1));
    assertThat(accompanied.description()).endsWith("people who started the adapted accompaniment");
    assertThat(accompanied.rules()).allSatisfy(rule -> assertThat(rule.ref().name()).endsWith(":accompaniment_started"));
    assertThat(accompanied.rules().get(0).definition())
        .isEqualTo("EECO01 total participants: Participants who entered (started the adapted accompaniment) during the period");
    assertThat(accompanied.figures()).as("the same figure codes, so reports and labels stay")
        .isEqualTo(RuleSets.esfPlus().figures());
    assertThat(RuleSets.esfPlus(EsfPlusParticipant.attendedAppointments(3)).rules().get(0).ref().name())
        .isEqualTo("esf-plus.EECO01:appointments_attended_3");
    assertThat(RuleSets.esfPlus(EsfPlusParticipant.enteredStage(Stage.of("job_club"))).ref().name())
        .isEqualTo("esf-plus:stage_job_club");
  }

  @Test
  void aNumberOfAppointmentsIsOneOrMore() {
    assertThatThrownBy(() -> EsfPlusParticipant.attendedAppointments(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("esfPlusParticipant.attendedAppointments must be 1 or more (was 0)");
    assertThat(EsfPlusParticipant.attendedAppointments(2)).isEqualTo(EsfPlusParticipant.attendedAppointments(2))
        .isNotEqualTo(EsfPlusParticipant.attendedAppointments(3));
  }
}
