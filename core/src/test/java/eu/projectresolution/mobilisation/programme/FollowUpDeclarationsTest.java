package eu.projectresolution.mobilisation.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a programme declares it follows its people up on, as it is built, read and written. */
class FollowUpDeclarationsTest {
  private static final ObjectMapper JSON = MobilisationJson.objectMapper();
  private static final SituationAnswer LICENCE = SituationAnswer.of("holds_driving_licence");
  private static final Map<Language, String> NAME = Map.of(Language.ENGLISH, "Holds a driving licence");

  @Test
  void aProgrammeWithoutDeclarationsFollowsSipa() {
    Programme sipa = Fixtures.sipa();
    assertThat(sipa.followUpWindowsInForce()).extracting(FollowUpWindow::moment)
        .containsExactly("AT_EXIT", "WITHIN_FOUR_WEEKS", "SIX_MONTHS");
    assertThat(sipa.beforeAfterMeasuresInForce()).isEqualTo(BeforeAfterMeasure.SIPA);
    assertThat(sipa.followUpWindow("TWELVE_MONTHS")).isEmpty();
    // Today's windows: four weeks after the exit, six to seven months after it.
    LocalDate exit = LocalDate.of(2019, 1, 31);
    assertThat(sipa.followUpWindow("WITHIN_FOUR_WEEKS").orElseThrow().latest(exit)).isEqualTo(LocalDate.of(2019, 2, 28));
    assertThat(sipa.followUpWindow("SIX_MONTHS").orElseThrow().earliest(exit)).isEqualTo(LocalDate.of(2019, 7, 31));
    assertThat(sipa.followUpWindow("SIX_MONTHS").orElseThrow().latest(exit)).isEqualTo(LocalDate.of(2019, 8, 31));
  }

  @Test
  void aMeasureNamingAnAnswerNeitherBuiltInNorDeclaredIsRejectedWhenTheProgrammeIsBuilt() {
    Programme.Builder undeclared = Programme.builder().from(Fixtures.sipa())
        .addBeforeAfterMeasures(BeforeAfterMeasure.of("driving_licence", LICENCE, LICENCE, NAME));
    assertThatThrownBy(undeclared::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("programme.beforeAfterMeasures[driving_licence] reads answer holds_driving_licence")
        .hasMessageContaining("declare it there")
        .hasMessageContaining("registered_with_public_employment_service");
    assertThat(Programme.builder().from(Fixtures.sipa()).addSituationAnswers(LICENCE)
        .addBeforeAfterMeasures(BeforeAfterMeasure.of("driving_licence", LICENCE, LICENCE, NAME)).build()
        .beforeAfterMeasuresInForce()).extracting(BeforeAfterMeasure::code).containsExactly("driving_licence");
  }

  @Test
  void rejectsDeclarationsThatCannotBeReportedNamingTheField() {
    assertThatThrownBy(() -> Programme.builder().from(Fixtures.sipa())
        .addSituationAnswers(SituationAnswer.EMPLOYED).build())
        .hasMessageContaining("programme.situationAnswers declares employed, a built-in answer");
    assertThatThrownBy(() -> Programme.builder().from(Fixtures.sipa())
        .addFollowUps(FollowUpWindow.SIX_MONTHS, FollowUpWindow.of("six_months", java.time.Period.ofMonths(5),
            java.time.Period.ofMonths(6), NAME)).build())
        .hasMessageContaining("programme.followUps lists moment (whatever the case) six_months twice");
    List<BeforeAfterMeasure> sixteen = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      sixteen.add(BeforeAfterMeasure.of("m" + i, SituationAnswer.EMPLOYED, SituationAnswer.EMPLOYED, NAME));
    }
    assertThatThrownBy(() -> Programme.builder().from(Fixtures.sipa()).beforeAfterMeasures(sixteen).build())
        .hasMessageContaining("programme.beforeAfterMeasures declares 16 measures: declare at most 15");
    assertThatThrownBy(() -> FollowUpWindow.of("LATE", java.time.Period.ofMonths(4), java.time.Period.ofMonths(3), NAME))
        .hasMessageContaining("followUps[LATE].closesAfter P3M is before opensAfter P4M");
    assertThatThrownBy(() -> FollowUpWindow.of("LATE", java.time.Period.ofMonths(-1), java.time.Period.ofMonths(3), NAME))
        .hasMessageContaining("neither can be negative");
    assertThatThrownBy(() -> FollowUpWindow.of("LATE", java.time.Period.ofMonths(3), java.time.Period.ofMonths(4), Map.of()))
        .hasMessageContaining("followUps[LATE].labels is empty: name it in at least one language");
    assertThatThrownBy(() -> FollowUpWindow.of("in 3 months", java.time.Period.ZERO, java.time.Period.ZERO, NAME))
        .hasMessageContaining("followUps.moment \"in 3 months\" is not valid");
    assertThatThrownBy(() -> new BeforeAfterMeasure("licence", Optional.empty(), Optional.empty(), NAME))
        .hasMessageContaining("beforeAfterMeasures[licence] reads no answer");
    assertThatThrownBy(() -> BeforeAfterMeasure.of("Driving.Licence", LICENCE, LICENCE, NAME))
        .hasMessageContaining("beforeAfterMeasures.code \"Driving.Licence\" is not valid");
    assertThatThrownBy(() -> Situation.builder().putAnswers("employed", true).build())
        .hasMessageContaining("situation.answers gives employed, a built-in answer: set the situation's field instead");
  }

  @Test
  void aSituationHoldsEachBuiltInAnswerInItsFieldAndTheProgrammesOwnByCode() {
    Situation all = Situation.builder().registeredWithPublicEmploymentService(true).accompaniedByAnotherScheme(true)
        .everAccompaniedBefore(true).memberOfLocalAssociation(true).employed(true).inTraining(true).jobSearching(true)
        .putAnswers(LICENCE.code(), true).build();
    for (SituationAnswer answer : SituationAnswer.BUILT_IN) {
      boolean negated = answer.equals(SituationAnswer.NEVER_ACCOMPANIED_BEFORE);
      assertThat(all.holds(answer)).as(answer.code()).isEqualTo(!negated);
      assertThat(Situation.none().holds(answer)).as(answer.code()).isEqualTo(negated);
    }
    assertThat(all.holds(LICENCE)).isTrue();
    assertThat(Situation.none().holds(LICENCE)).as("an answer not given does not hold").isFalse();
  }

  @Test
  void followUpMomentsAreOpenValuesWrittenAsTheirCodes() throws Exception {
    assertThat(FollowUpMoment.of("SIX_MONTHS")).isSameAs(FollowUpMoment.SIX_MONTHS);
    assertThat(FollowUpMoment.of("EIGHTEEN_MONTHS")).isEqualTo(FollowUpMoment.of("EIGHTEEN_MONTHS"))
        .isNotEqualTo(FollowUpMoment.SIX_MONTHS);
    assertThat(FollowUpMoment.of("EIGHTEEN_MONTHS").readyMadeWindow()).isEmpty();
    assertThat(FollowUpMoment.TWELVE_MONTHS.readyMadeWindow()).contains(FollowUpWindow.TWELVE_MONTHS);
    assertThat(FollowUpMoment.values()).containsExactly(
        FollowUpMoment.AT_EXIT, FollowUpMoment.WITHIN_FOUR_WEEKS, FollowUpMoment.SIX_MONTHS);
    assertThatThrownBy(() -> FollowUpMoment.of("six months")).hasMessageContaining("followUp.moment \"six months\" is not valid");
    // A follow-up stored before moments were open reads as it did.
    FollowUp stored = JSON.readValue("{\"moment\":\"SIX_MONTHS\",\"observedOn\":\"2019-09-02\",\"jobSearching\":true}",
        FollowUp.class);
    assertThat(stored.moment()).isSameAs(FollowUpMoment.SIX_MONTHS);
    assertThat(JSON.readTree(JSON.writeValueAsString(stored)).get("moment").asText()).isEqualTo("SIX_MONTHS");
  }

  @Test
  void declarationsRoundTripInJsonAndAProgrammeOrSituationWithoutThemIsWrittenAsBefore() throws Exception {
    Programme declaring = Programme.builder().from(Fixtures.sipa())
        .addFollowUps(FollowUpWindow.THREE_MONTHS, FollowUpWindow.of("EIGHTEEN_MONTHS", java.time.Period.ofMonths(18),
            java.time.Period.ofMonths(19), Map.of(Language.SPANISH, "18 meses después de la salida")))
        .addSituationAnswers(LICENCE)
        .addBeforeAfterMeasures(BeforeAfterMeasure.NEVER_ACCOMPANIED_BEFORE,
            BeforeAfterMeasure.of("driving_licence", LICENCE, LICENCE, NAME))
        .build();
    String written = JSON.writeValueAsString(declaring);
    assertThat(JSON.readValue(written, Programme.class)).isEqualTo(declaring);
    JsonNode tree = JSON.readTree(written);
    assertThat(tree.at("/followUps/1/opensAfter").asText()).isEqualTo("P18M");
    assertThat(tree.at("/followUps/1/labels/es").asText()).isEqualTo("18 meses después de la salida");
    assertThat(tree.at("/beforeAfterMeasures/0/atEntry").asText()).isEqualTo("never_accompanied_before");
    assertThat(tree.at("/beforeAfterMeasures/0").has("afterExit")).isFalse();

    JsonNode sipa = JSON.readTree(JSON.writeValueAsString(Fixtures.sipa()));
    assertThat(sipa.has("followUps") || sipa.has("situationAnswers") || sipa.has("beforeAfterMeasures")).isFalse();
    assertThat(JSON.readTree(JSON.writeValueAsString(Situation.none())).has("answers")).isFalse();
    Situation withLicence = Situation.builder().putAnswers(LICENCE.code(), true).build();
    assertThat(JSON.readValue(JSON.writeValueAsString(withLicence), Situation.class)).isEqualTo(withLicence);
  }
}
