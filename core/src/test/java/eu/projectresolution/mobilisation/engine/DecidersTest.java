package eu.projectresolution.mobilisation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.pathway.PartnerStep;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.programme.SchemeId;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What each kind of command is decided by, as a reader of {@link Deciders} expects it. */
class DecidersTest {
  @Test
  void everyKindOfCommandHasADeciderOfItsOwn() throws IllegalAccessException {
    List<Decider<?>> deciders = new ArrayList<>();
    for (Field field : Deciders.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Decider.class) {
        deciders.add((Decider<?>) field.get(null));
      }
    }

    assertThat(PathwayCommand.class.isSealed()).isTrue();
    assertThat(deciders).hasSameSizeAs(PathwayCommand.class.getPermittedSubclasses());
    assertThat(Stream.of(PathwayCommand.class.getPermittedSubclasses()).map(kind ->
            Character.toLowerCase(kind.getSimpleName().charAt(0)) + kind.getSimpleName().substring(1)))
        .as("each kind of command named by its decider, as MobilisationEngine's method for it")
        .containsExactlyInAnyOrderElementsOf(deciders.stream().map(Decider::name).toList());
  }

  @Test
  void onlyACaptureStartsAPathway() {
    assertThat(Deciders.CAPTURE.startsPathway()).isTrue();
    assertThat(Deciders.CAPTURE.whoseRules()).containsExactly(RefusalRules.CAPTURED_ONCE, RefusalRules.ONE_PERSON_PER_MATCHING_KEY);
    assertThat(Deciders.WELCOME.startsPathway()).isFalse();
    assertThat(Deciders.WELCOME.whoseRules()).containsExactly(RefusalRules.CAPTURED_FIRST);
  }

  @Test
  void commandsThatMoveThePathwayPassTheModelsRulesLast() {
    Refer refer = Refer.builder().beneficiaryId(BeneficiaryId.random()).occurredOn(LocalDate.of(2017, 3, 1))
        .referralId(ReferralId.random()).schemeId(SchemeId.of("pes-registration")).build();
    assertThat(Deciders.REFER.move(refer)).contains(Step.REFERRAL);
    assertThat(Deciders.REFER.rulesAfterVersion()).extracting(RefusalRule::code).containsExactly(
        RefusalCode.UNKNOWN_PROGRAMME, RefusalCode.DATE_IN_FUTURE, RefusalCode.OUTSIDE_PROGRAMME_PERIOD,
        RefusalCode.DATE_BEFORE_PREVIOUS_EVENT, RefusalCode.UNKNOWN_SCHEME, RefusalCode.RECORD_ALREADY_EXISTS,
        RefusalCode.STEP_NOT_IN_MODEL, RefusalCode.EXIT_ALREADY_RECORDED, RefusalCode.TRANSITION_NOT_ALLOWED);
    assertThat(Deciders.RECORD_SATISFACTION.moves()).isFalse();
  }

  @Test
  void aPartnerStepMovesByTheStepItNamesAfterItsSiteIsChecked() {
    RecordPartnerStep jobClub = RecordPartnerStep.builder().beneficiaryId(BeneficiaryId.random())
        .occurredOn(LocalDate.of(2017, 3, 1)).step(PartnerStep.of("job_club")).build();

    assertThat(Deciders.RECORD_PARTNER_STEP.move(jobClub)).contains(PartnerStep.of("job_club"));
    assertThat(Deciders.RECORD_PARTNER_STEP.rulesAfterVersion()).extracting(RefusalRule::code).containsExactly(
        RefusalCode.UNKNOWN_PROGRAMME, RefusalCode.DATE_IN_FUTURE, RefusalCode.OUTSIDE_PROGRAMME_PERIOD,
        RefusalCode.DATE_BEFORE_PREVIOUS_EVENT, RefusalCode.UNKNOWN_SITE,
        RefusalCode.STEP_NOT_IN_MODEL, RefusalCode.EXIT_ALREADY_RECORDED, RefusalCode.TRANSITION_NOT_ALLOWED);
  }

  @Test
  void aFollowUpsDayIsCheckedAgainstItsWindowNotTheProgrammesPeriod() {
    assertThat(Deciders.RECORD_FOLLOW_UP.dateField()).isEqualTo("followUp.observedOn");
    assertThat(Deciders.RECORD_FOLLOW_UP.rulesAfterVersion())
        .contains(RefusalRules.FOLLOW_UP_WITHIN_ITS_WINDOW)
        .doesNotContain(RefusalRules.WITHIN_THE_PROGRAMME);
  }
}
