package eu.projectresolution.mobilisation.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.Staffing;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffPerPeopleTest {
  private static final StaffPerPeople RECEPTION = StaffPerPeople.of(RequirementId.of("reception-staff"),
      StaffRole.RECEPTION_OFFICER, new BigDecimal("0.176"), 1000, PeopleServed.PEOPLE_TO_REACH);
  private static final StaffPerPeople ACCOMPANIMENT = StaffPerPeople.of(RequirementId.of("accompaniment-staff"),
      StaffRole.ADAPTED_ACCOMPANIMENT_COUNSELLOR, new BigDecimal("0.558"), 100, PeopleServed.PEOPLE_TO_ACCOMPANY);

  private static TransferContext village(String receptionFte, long peopleToReach) {
    return TransferContext.builder().from(SipaTransfer.nordFrancheComteRural())
        .staff(List.of(Staffing.of(StaffRole.RECEPTION_OFFICER, 1, receptionFte)))
        .peopleToReach(peopleToReach)
        .build();
  }

  @Test
  void aFractionOfAReceptionOfficerIsEnoughForAFewHundredPeople() {
    // 0.176 FTE per 1,000 people: 300 people need 0.0528 FTE.
    assertThat(RECEPTION.isMetBy(village("0.1", 300))).isTrue();
    assertThat(RECEPTION.isMetBy(village("0.05", 300))).isFalse();
    assertThat(RECEPTION.neededIn(village("0.05", 300))).contains(new BigDecimal("0.053"));
    assertThat(RECEPTION.observedIn(village("0.05", 300)))
        .isEqualTo("0.05 FTE of RECEPTION_OFFICER for 300 people to reach, which need 0.053 FTE");
    assertThat(RECEPTION.describe()).isEqualTo("at least 0.176 FTE of RECEPTION_OFFICER per 1000 people to reach");
  }

  @Test
  void isComparedExactlyNotAfterRounding() {
    // 0.176 x 1,000 / 1,000 = 0.176 exactly: met; a hair less is not.
    assertThat(RECEPTION.isMetBy(village("0.176", 1000))).isTrue();
    assertThat(RECEPTION.isMetBy(village("0.1759", 1000))).isFalse();
  }

  @Test
  void scaledToThePeopleToAccompanyItNeedsToKnowHowMany() {
    TransferContext unsaid = TransferContext.builder().from(SipaTransfer.homeContext())
        .peopleToAccompany(java.util.OptionalLong.empty()).build();

    assertThat(ACCOMPANIMENT.isMetBy(unsaid)).isFalse();
    assertThat(ACCOMPANIMENT.observedIn(unsaid)).contains("does not say how many people it will accompany");
    assertThat(ACCOMPANIMENT.isMetBy(SipaTransfer.homeContext())).isTrue();
  }

  @Test
  void sipasOwnTeamMeetsEveryScaledRequirementOfItsRules() {
    List<StaffPerPeople> scaled = SipaTransfer.practice().elements().stream()
        .flatMap(e -> e.requirements().stream())
        .filter(StaffPerPeople.class::isInstance).map(StaffPerPeople.class::cast).toList();

    assertThat(scaled).extracting(r -> r.id().value())
        .contains("rlc-staff", "pilot", "reception-staff", "accompaniment-staff", "coordination");
    assertThat(SipaTransfer.practice().elements().stream().flatMap(e -> e.requirements().stream()))
        .as("every staff requirement of SIPA is scaled to the people served")
        .noneMatch(MinimumStaff.class::isInstance);
    assertThat(scaled).allSatisfy(r -> assertThat(r.isMetBy(SipaTransfer.homeContext())).as(r.id().value()).isTrue());
  }

  @Test
  void refusesToScaleToNobody() {
    assertThatThrownBy(() -> StaffPerPeople.of(RequirementId.of("x"), StaffRole.PROJECT_LEAD, BigDecimal.ONE, 0,
        PeopleServed.PEOPLE_TO_REACH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.per must be at least 1");
  }
}
