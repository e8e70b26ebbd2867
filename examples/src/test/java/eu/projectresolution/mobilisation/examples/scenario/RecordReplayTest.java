package eu.projectresolution.mobilisation.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Shared records first, then each person's in order, batches of people side by side; a refusal stops the
 * replay.
 */
class RecordReplayTest {
  private static final TenantId TENANT = TenantId.of("ideis");
  private static final LocalDate DAY = LocalDate.of(2017, 3, 14);

  private final InMemoryStorage storage = InMemoryStorage.create();
  private final MobilisationEngine engine =
      MobilisationEngine.builder().storage(storage).clock(SipaProgramme.CLOCK).build();
  private final Programme programme = SipaProgramme.declaration(1);
  private final SiteId site = programme.sites().get(0).id();

  @Test
  void replaysTheDeclarationFirstThenTheSharedRecordsThenEachPersonsInTheOrderTheyHappened() {
    RecordReplay replay = new RecordReplay(engine, TENANT);
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    // More people than one batch holds, so that several batches run side by side.
    List<BeneficiaryId> people = Stream.generate(BeneficiaryId::random).limit(RecordReplay.BATCH / 2).toList();
    for (BeneficiaryId person : people) {
      replay.addFor(person, DAY.plusDays(2), "the orientation of " + person, () -> note(sent, person + " later",
          Orient.builder().beneficiaryId(person).occurredOn(DAY.plusDays(2)).orientation(Orientation.INFORMATION_ONLY).build()));
      replay.addFor(person, DAY, "the capture of " + person, () -> note(sent, person + " first",
          Capture.builder().beneficiaryId(person).programmeId(programme.id()).profile(Profile.builder().build())
              .contact(Contact.builder().on(DAY).channel(CaptureChannel.WALK_IN).site(site)
                  .staffRole(StaffRole.RECEPTION_OFFICER).build()).build()));
      replay.addFor(person, DAY, "the welcome of " + person, () -> note(sent, person + " second",
          Welcome.builder().beneficiaryId(person).siteId(site).occurredOn(DAY).build()));
    }
    // Site events need the programme, though planned before it: sent side by side, after it.
    int siteEvents = 3 * RecordReplay.SHARED_THREADS;
    for (int i = 0; i < siteEvents; i++) {
      SiteEvent event = SiteEvent.builder().id(SiteEventId.random()).programmeId(programme.id()).siteId(site)
          .date(DAY.minusDays(i)).title("Information session " + i).build();
      replay.addAlongside(event.date(), "site event " + i, () -> {
        sent.add("site event");
        return engine.recordSiteEvent(TENANT, event);
      });
    }
    replay.add(DAY.plusDays(9), "the declaration", () -> {
      sent.add("declaration");
      return engine.registerProgramme(TENANT, programme);
    });

    RecordReplay.Outcome outcome = replay.replay("test", Progress::none, 3);

    assertThat(outcome.records()).isEqualTo(3 * people.size() + siteEvents + 1);
    assertThat(sent).hasSize(3 * people.size() + siteEvents + 1).startsWith("declaration");
    assertThat(sent.subList(1, siteEvents + 1)).containsOnly("site event");
    assertThat(storage.siteEvents().ofProgramme(TENANT, programme.id())).hasSize(siteEvents);
    for (BeneficiaryId person : people) {
      assertThat(sent.stream().filter(s -> s.startsWith(person.toString())))
          .containsExactly(person + " first", person + " second", person + " later");
      assertThat(engine.pathway(TENANT, person).orElseThrow().stage()).isEqualTo(Stage.ORIENTED);
    }
  }

  @Test
  void stopsWithTheEnginesExplanationWhenItRefusesAPersonsRecord() {
    RecordReplay replay = new RecordReplay(engine, TENANT);
    BeneficiaryId stranger = BeneficiaryId.random();
    replay.addFor(stranger, DAY, "the welcome of a stranger", () ->
        Welcome.builder().beneficiaryId(stranger).siteId(SiteId.of("site")).occurredOn(DAY).build());

    assertThatThrownBy(() -> replay.replay("test", Progress::none, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("The engine refused the welcome of a stranger on 2017-03-14 (UNKNOWN_BENEFICIARY");
  }

  @Test
  void sendsTheRecordsPlannedInBulkAfterTheDeclarationAFewHundredPerCall() {
    RecordReplay replay = new RecordReplay(engine, TENANT);
    List<Integer> calls = Collections.synchronizedList(new ArrayList<>());
    RecordReplay.Bulk<SiteEvent> atSites = events -> {
      calls.add(events.size());
      return engine.recordSiteEvents(TENANT, events);
    };
    int count = RecordReplay.BATCH + 20;
    for (int i = 0; i < count; i++) {
      SiteEvent event = SiteEvent.builder().id(SiteEventId.random()).programmeId(programme.id()).siteId(site)
          .date(DAY.minusDays(i % 30)).title("Information session " + i).build();
      replay.addInBulk(atSites, event.date(), "site event " + i, event);
    }
    replay.add(DAY.plusDays(9), "the declaration", () -> {
      calls.add(0);
      return engine.registerProgramme(TENANT, programme);
    });

    RecordReplay.Outcome outcome = replay.replay("test", Progress::none, 1);

    assertThat(outcome.records()).isEqualTo(count + 1);
    assertThat(calls).containsExactly(0, RecordReplay.BATCH, 20);
    assertThat(storage.siteEvents().ofProgramme(TENANT, programme.id())).hasSize(count);
  }

  @Test
  void stopsWithTheEnginesExplanationWhenItRefusesARecordSentInBulk() {
    RecordReplay replay = new RecordReplay(engine, TENANT);
    replay.add(DAY, "the declaration", () -> engine.registerProgramme(TENANT, programme));
    SiteEvent elsewhere = SiteEvent.builder().id(SiteEventId.random()).programmeId(programme.id())
        .siteId(SiteId.of("nowhere")).date(DAY).title("Information session").build();
    replay.addInBulk(events -> engine.recordSiteEvents(TENANT, events), DAY, "the session nowhere", elsewhere);

    assertThatThrownBy(() -> replay.replay("test", Progress::none, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("The engine refused the session nowhere on 2017-03-14 (UNKNOWN_SITE, field siteId)");
  }

  private static <C> C note(List<String> sent, String what, C command) {
    sent.add(what);
    return command;
  }
}
