package eu.projectresolution.mobilisation.examples.sipa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.Stage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecrutCafeTest {
  private static final TenantId TENANT = RecrutCafe.TENANT;

  private final InMemoryStorage storage = InMemoryStorage.create();
  private final MobilisationEngine engine =
      MobilisationEngine.builder().storage(storage).clock(SipaProgramme.CLOCK).build();

  @Test
  void theRegisterIsBuiltFromTheContactsAndNamesOnlyTheParticipants() {
    RecrutCafe.Story story = RecrutCafe.replay(engine, TENANT, 1, Progress::none);

    AttendanceRegister register = engine.attendanceRegister(TENANT, story.event()).orElseThrow();
    assertThat(register.event().preparation()).hasSize(6);
    assertThat(register.entries()).extracting(AttendanceRegister.Entry::beneficiaryId)
        .containsExactlyElementsOf(story.participants());
    assertThat(register.recontactable()).hasSize(RecrutCafe.AGREED_TO_BE_CONTACTED);
    for (AttendanceRegister.Entry entry : register.entries()) {
      PersonalDetails details = engine.personalDetails(TENANT, entry.beneficiaryId()).orElseThrow();
      assertThat(details.familyName()).isPresent();
      // Without consent, nothing to call back with.
      assertThat(details.phone().isPresent() || details.email().isPresent()).isEqualTo(entry.contact().consentToRecontact());
    }
  }

  @Test
  void personalDataNeverEntersThePathways() throws Exception {
    RecrutCafe.Story story = RecrutCafe.replay(engine, TENANT, 2, Progress::none);
    ObjectMapper json = MobilisationJson.objectMapper();

    for (BeneficiaryId person : story.participants()) {
      PersonalDetails details = engine.personalDetails(TENANT, person).orElseThrow();
      String events = json.writeValueAsString(storage.pathways().events(TENANT, person));
      assertThat(events).doesNotContain(details.givenName().orElseThrow() + " " + details.familyName().orElseThrow());
      assertThat(events).doesNotContain("\"" + details.familyName().orElseThrow() + "\"");
      details.phone().ifPresent(phone -> assertThat(events).doesNotContain(phone));
    }
  }

  @Test
  void everyoneWhoAgreedIsFollowedUpAndWhatBecameOfItIsRecorded() {
    RecrutCafe.Story story = RecrutCafe.replay(engine, TENANT, 3, Progress::none);

    for (int i = 0; i < story.participants().size(); i++) {
      Pathway pathway = engine.pathway(TENANT, story.participants().get(i)).orElseThrow();
      Optional<RecrutCafe.Proposal> proposal = story.proposals().get(i);
      if (proposal.isEmpty()) {
        assertThat(pathway.stage()).isEqualTo(Stage.CAPTURED);
      } else if (proposal.get() == RecrutCafe.Proposal.UNREACHABLE) {
        assertThat(pathway.stage()).isEqualTo(Stage.LOST_CONTACT);
      } else {
        assertThat(pathway.referrals()).singleElement()
            .satisfies(r -> assertThat(r.schemeId()).isEqualTo(proposal.get().scheme));
        if (proposal.get() == RecrutCafe.Proposal.ACCOMPANIMENT) {
          assertThat(pathway.attendedAppointments()).isEqualTo(3);
        }
      }
    }
    assertThat(story.proposals().stream().filter(Optional::isPresent).count())
        .isEqualTo(RecrutCafe.AGREED_TO_BE_CONTACTED);
  }

  @Test
  void printsThePreparationTheRegisterAndTheFollowUps() {
    RecrutCafe.Story story = RecrutCafe.replay(engine, TENANT, 1, Progress::none);
    StringWriter text = new StringWriter();
    RecrutCafe.print(engine, TENANT, story, new PrintWriter(text, true));

    List<String> lines = text.toString().lines().toList();
    assertThat(lines).contains("Preparation", "Follow-up proposals and what became of them");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Attendance register: 14 present, 11 agreed"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("neighbourhood contacts"));
  }
}
