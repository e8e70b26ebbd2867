package eu.projectresolution.mobilisation.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shared records first, then each person's in order, people side by side; a refusal stops the replay. */
class RecordReplayTest {
  private static final TenantId TENANT = TenantId.of("ideis");
  private static final LocalDate DAY = LocalDate.of(2017, 3, 14);

  private final MobilisationEngine engine =
      MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(SipaProgramme.CLOCK).build();

  @Test
  void replaysSharedRecordsFirstThenEachPersonsInTheOrderTheyHappened() {
    RecordReplay replay = new RecordReplay();
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    List<BeneficiaryId> people = List.of(BeneficiaryId.random(), BeneficiaryId.random(), BeneficiaryId.random());
    for (BeneficiaryId person : people) {
      replay.addFor(person, DAY.plusDays(2), "later", () -> note(sent, person + " later"));
      replay.addFor(person, DAY, "first", () -> note(sent, person + " first"));
      replay.addFor(person, DAY, "second", () -> note(sent, person + " second"));
    }
    replay.add(DAY.plusDays(9), "shared", () -> note(sent, "shared"));

    RecordReplay.Outcome outcome = replay.replay("test", Progress::none, 3);

    assertThat(outcome.records()).isEqualTo(10);
    assertThat(sent).hasSize(10).startsWith("shared");
    for (BeneficiaryId person : people) {
      assertThat(sent.stream().filter(s -> s.startsWith(person.toString())))
          .containsExactly(person + " first", person + " second", person + " later");
    }
  }

  @Test
  void stopsWithTheEnginesExplanationWhenItRefusesAPersonsRecord() {
    RecordReplay replay = new RecordReplay();
    BeneficiaryId stranger = BeneficiaryId.random();
    replay.addFor(stranger, DAY, "the welcome of a stranger", () -> engine.welcome(TENANT,
        Welcome.builder().beneficiaryId(stranger).siteId(SiteId.of("site")).occurredOn(DAY).build()));

    assertThatThrownBy(() -> replay.replay("test", Progress::none, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("The engine refused the welcome of a stranger on 2017-03-14 (UNKNOWN_BENEFICIARY");
  }

  private static CommandResult note(List<String> sent, String what) {
    sent.add(what);
    return CommandResult.accepted(false);
  }
}
