package eu.projectresolution.mobilisation.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.SpecialCategory;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecialCategoriesApartTest {
  private static final BeneficiaryId WHO = BeneficiaryId.random();
  private static final EventHeader HEADER = EventHeader.builder().beneficiaryId(WHO).version(3).commandId(CommandId.random())
      .recordedAt(Fixtures.CLOCK.instant()).occurredOn(Fixtures.START).actor(StaffRole.RECEPTION_OFFICER)
      .stage(Stage.WELCOMED).build();
  private static final EntryStatus GIVEN = EntryStatus.builder().labourMarketStatus(LabourMarketStatus.UNEMPLOYED)
      .disability(SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT))
      .homelessOrHousingExcluded(SensitiveAnswer.declined()).build();

  @Test
  void splitsTheAnswersOutOfAnEventAndRestoresTheEventAsGiven() {
    PathwayEvent event = PathwayEvents.EntryStatusRecorded.of(HEADER, GIVEN);

    SpecialCategoriesApart.Split split = SpecialCategoriesApart.split(event);

    EntryStatus stored = ((PathwayEvents.EntryStatusRecorded) split.event()).entryStatus();
    assertThat(stored.specialCategoryAnswers()).isEmpty();
    assertThat(stored.keptApart()).containsExactlyInAnyOrder(SpecialCategory.DISABILITY, SpecialCategory.HOMELESS_OR_HOUSING_EXCLUDED);
    assertThat(split.answers()).extracting(SpecialCategoryAnswer::version).containsOnly(3L);
    EntryStatus restored = ((PathwayEvents.EntryStatusRecorded) SpecialCategoriesApart
        .restore(List.of(split.event()), split.answers()).get(0)).entryStatus();
    assertThat(restored.specialCategoryAnswers()).isEqualTo(GIVEN.specialCategoryAnswers());
    assertThat(SpecialCategoriesApart.restore(List.of(split.event()), List.of()).get(0))
        .as("erased: the event reads as not answered").isEqualTo(split.event());
  }

  @Test
  void leavesAnEventWithoutAnswersAsItIs() {
    PathwayEvent event = PathwayEvents.EntryStatusRecorded.of(HEADER, EntryStatus.of(LabourMarketStatus.EMPLOYED));

    assertThat(SpecialCategoriesApart.split(event)).isEqualTo(new SpecialCategoriesApart.Split(event, List.of()));
  }

  @Test
  void splitsAWholeStreamWrittenBeforeAnswersWereKeptApartAndLeavesOneWrittenSinceAsItIs() {
    EventHeader capture = EventHeader.builder().from(HEADER).version(1).stage(Stage.CAPTURED).build();
    List<PathwayEvent> older = List.of(
        PathwayEvents.Captured.of(capture, Fixtures.SIPA,
            Profile.builder().from(Fixtures.youngWoman()).refugee(true).build(),
            Fixtures.doorToDoor(Fixtures.START)),
        PathwayEvents.Welcomed.of(EventHeader.builder().from(HEADER).version(2).build(), Fixtures.SITE_MONTBELIARD,
            Optional.empty()),
        PathwayEvents.EntryStatusRecorded.of(HEADER, GIVEN));

    SpecialCategoriesApart.Split.OfStream apart = SpecialCategoriesApart.split(older);

    assertThat(apart.tookAnswersOut()).isTrue();
    assertThat(apart.events()).hasSize(3);
    assertThat(apart.events().get(1)).as("an event without answers, the same").isSameAs(older.get(1));
    assertThat(((PathwayEvents.Captured) apart.events().get(0)).profile().refugee()).isFalse();
    assertThat(apart.answers()).extracting(SpecialCategoryAnswer::version, SpecialCategoryAnswer::category)
        .containsExactly(tuple(1L, SpecialCategory.REFUGEE),
            tuple(3L, SpecialCategory.DISABILITY),
            tuple(3L, SpecialCategory.HOMELESS_OR_HOUSING_EXCLUDED));
    assertThat(SpecialCategoriesApart.restore(apart.events(), apart.answers()).get(0)).as("put back: as given")
        .isEqualTo(older.get(0));

    SpecialCategoriesApart.Split.OfStream again = SpecialCategoriesApart.split(apart.events());
    assertThat(again.tookAnswersOut()).as("nothing left inside").isFalse();
    assertThat(again.events()).isEqualTo(apart.events());
  }

  @Test
  void readsAnEventWrittenBeforeAnswersWereKeptApartWithTheAnswersInside() throws Exception {
    ObjectMapper json = MobilisationJson.objectMapper();
    ObjectNode old = (ObjectNode) json.readTree(json.writeValueAsString(PathwayEvents.EntryStatusRecorded.of(HEADER, GIVEN)));
    ((ObjectNode) old.get("entryStatus")).remove("keptApart"); // what an engine wrote before

    PathwayEvent read = json.treeToValue(old, PathwayEvent.class);

    assertThat(((PathwayEvents.EntryStatusRecorded) read).entryStatus()).isEqualTo(GIVEN);
    assertThat(SpecialCategoriesApart.restore(List.of(read), List.of())).containsExactly(read);
  }
}
