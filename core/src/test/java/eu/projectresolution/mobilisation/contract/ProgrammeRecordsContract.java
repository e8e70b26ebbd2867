package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.capture.OutreachEventKind;
import eu.projectresolution.mobilisation.capture.PreparationStep;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link eu.projectresolution.mobilisation.port.OutreachEvents}, {@link
 * eu.projectresolution.mobilisation.port.CollaborativeActions} and {@link
 * eu.projectresolution.mobilisation.port.SiteEvents} must do. Extend it and supply the store.
 */
public abstract class ProgrammeRecordsContract {
  private MobilisationStorage storage;
  private TenantId tenant;

  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUpRecords() {
    storage = storage();
    tenant = Fixtures.newTenant();
  }

  public static OutreachEvent recrutCafe(LocalDate date) {
    return OutreachEvent.builder()
        .id(OutreachEventId.random())
        .programmeId(Fixtures.SIPA)
        .kind(OutreachEventKind.RECRUT_CAFE)
        .title("Recrut'Café with a temp agency")
        .place("Hall B, Petite Hollande")
        .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD)
        .date(date)
        .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR)
        .addPartnerActors(Fixtures.TEMP_AGENCY, Fixtures.SOCIAL_LANDLORD)
        .addPreparation(
            PreparationStep.of(PreparationStep.Kind.POSTERS_AND_FLYERS, "Posters ordered", date.minusDays(10)),
            PreparationStep.builder().kind(PreparationStep.Kind.POSTING_IN_HALLS_AND_SHOPS)
                .description("Posted in halls B and C and the bakery").build())
        .build();
  }

  @Test
  void findsOutreachEventsAndListsThemByDate() {
    OutreachEvent later = recrutCafe(LocalDate.of(2017, 5, 2));
    OutreachEvent earlier = recrutCafe(LocalDate.of(2017, 3, 14));

    assertThat(storage.outreachEvents().add(tenant, later)).isTrue();
    assertThat(storage.outreachEvents().add(tenant, earlier)).isTrue();

    assertThat(storage.outreachEvents().find(tenant, later.id())).contains(later);
    assertThat(storage.outreachEvents().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(earlier, later);
    assertThat(storage.outreachEvents().ofProgramme(tenant, ProgrammeId.of("other"))).isEmpty();
  }

  @Test
  void keepsTheFirstRecordWhenAnIdIsAddedTwice() {
    OutreachEvent event = recrutCafe(LocalDate.of(2017, 3, 14));
    storage.outreachEvents().add(tenant, event);

    assertThat(storage.outreachEvents().add(tenant, OutreachEvent.builder().from(event).title("Other").build()))
        .isFalse();
    assertThat(storage.outreachEvents().find(tenant, event.id())).contains(event);
  }

  @Test
  void storesCollaborativeActionsAndSiteEvents() {
    CollaborativeAction match =
        CollaborativeAction.builder().id(CollaborativeActionId.random()).programmeId(Fixtures.SIPA)
            .title("Volleyball: companies, partners and young people").date(LocalDate.of(2018, 6, 9))
            .addPartners(Fixtures.TEMP_AGENCY, Fixtures.MISSION_LOCALE).build();
    SiteEvent info =
        SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA).siteId(Fixtures.SITE_AUDINCOURT)
            .title("A training body presents its courses").date(LocalDate.of(2018, 1, 15))
            .host(Fixtures.TRAINING_BODY).build();

    assertThat(storage.collaborativeActions().add(tenant, match)).isTrue();
    assertThat(storage.siteEvents().add(tenant, info)).isTrue();
    assertThat(storage.collaborativeActions().add(tenant, match)).isFalse();

    assertThat(storage.collaborativeActions().find(tenant, match.id())).contains(match);
    assertThat(storage.collaborativeActions().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(match);
    assertThat(storage.siteEvents().find(tenant, info.id())).contains(info);
    assertThat(storage.siteEvents().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(info);
  }

  @Test
  void addsManyRecordsAtOnceKeepingTheFirstOfEachId() {
    OutreachEvent stored = recrutCafe(LocalDate.of(2017, 3, 14));
    storage.outreachEvents().add(tenant, stored);
    OutreachEvent first = recrutCafe(LocalDate.of(2017, 4, 4));
    OutreachEvent second = recrutCafe(LocalDate.of(2017, 5, 2));
    OutreachEvent sameIdAsFirst = OutreachEvent.builder().from(first).title("Another title").build();
    OutreachEvent sameIdAsStored = OutreachEvent.builder().from(stored).title("Another title").build();

    assertThat(storage.outreachEvents().addAll(tenant, List.of(first, sameIdAsStored, second, sameIdAsFirst)))
        .containsExactly(true, false, true, false);
    assertThat(storage.outreachEvents().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(stored, first, second);
    assertThat(storage.outreachEvents().addAll(tenant, List.of())).isEmpty();

    CollaborativeAction match =
        CollaborativeAction.builder().id(CollaborativeActionId.random()).programmeId(Fixtures.SIPA)
            .title("Volleyball: companies, partners and young people").date(LocalDate.of(2018, 6, 9))
            .addPartners(Fixtures.TEMP_AGENCY).build();
    SiteEvent info =
        SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA).siteId(Fixtures.SITE_AUDINCOURT)
            .title("A training body presents its courses").date(LocalDate.of(2018, 1, 15))
            .host(Fixtures.TRAINING_BODY).build();
    assertThat(storage.collaborativeActions().addAll(tenant, List.of(match, match))).containsExactly(true, false);
    assertThat(storage.siteEvents().addAll(tenant, List.of(info))).containsExactly(true);
    assertThat(storage.siteEvents().addAll(tenant, List.of(info))).containsExactly(false);
    assertThat(storage.collaborativeActions().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(match);
    assertThat(storage.siteEvents().ofProgramme(tenant, Fixtures.SIPA)).containsExactly(info);
  }

  @Test
  void twoWritersAddingTheSameRecordsAtOnceAddEachOnce() throws Exception {
    List<OutreachEvent> events = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      events.add(recrutCafe(LocalDate.of(2017, 3, 1).plusDays(i)));
    }
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Callable<List<Boolean>> write = () -> {
        start.await();
        return storage.outreachEvents().addAll(tenant, events);
      };
      java.util.concurrent.Future<List<Boolean>> one = writers.submit(write);
      java.util.concurrent.Future<List<Boolean>> other = writers.submit(write);
      List<Boolean> first = one.get();
      List<Boolean> second = other.get();
      for (int i = 0; i < events.size(); i++) {
        assertThat(first.get(i) ^ second.get(i)).as("event %s added by exactly one writer", i).isTrue();
      }
    } finally {
      writers.shutdownNow();
    }
    assertThat(storage.outreachEvents().ofProgramme(tenant, Fixtures.SIPA)).containsExactlyElementsOf(events);
  }

  @Test
  void neverShowsAnotherTenantsRecords() {
    TenantId other = Fixtures.newTenant();
    OutreachEvent event = recrutCafe(LocalDate.of(2017, 3, 14));
    storage.outreachEvents().add(tenant, event);

    assertThat(storage.outreachEvents().find(other, event.id())).isEmpty();
    assertThat(storage.outreachEvents().ofProgramme(other, Fixtures.SIPA)).isEmpty();
    assertThat(storage.outreachEvents().add(other, event)).isTrue();
  }
}
