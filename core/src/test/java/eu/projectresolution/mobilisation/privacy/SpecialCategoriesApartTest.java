package eu.projectresolution.mobilisation.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
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
  void readsAnEventWrittenBeforeAnswersWereKeptApartWithTheAnswersInside() throws Exception {
    ObjectMapper json = MobilisationJson.objectMapper();
    ObjectNode old = (ObjectNode) json.readTree(json.writeValueAsString(PathwayEvents.EntryStatusRecorded.of(HEADER, GIVEN)));
    ((ObjectNode) old.get("entryStatus")).remove("keptApart"); // what an engine wrote before

    PathwayEvent read = json.treeToValue(old, PathwayEvent.class);

    assertThat(((PathwayEvents.EntryStatusRecorded) read).entryStatus()).isEqualTo(GIVEN);
    assertThat(SpecialCategoriesApart.restore(List.of(read), List.of())).containsExactly(read);
  }
}
