package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.PersonFacts;
import eu.projectresolution.mobilisation.port.TallyCount;
import eu.projectresolution.mobilisation.privacy.ConsentPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link MobilisationStorage#indicatorSources()} answers: every event stream of a programme's
 * people captured by a day, once each, in version order; the programme's records; and nothing of
 * another tenant or programme. An adapter that overrides it with its own query runs this.
 */
public abstract class IndicatorSourcesContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  protected MobilisationStorage storage;
  private MobilisationEngine engine;
  private TenantId tenant;

  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUpSources() {
    storage = storage();
    engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    tenant = Fixtures.newTenant();
    engine.registerProgramme(tenant, Fixtures.sipa());
  }

  @Test
  void countsThePeopleOfTheProgrammeWhoseCellsCoverThePeriodByTally() {
    BeneficiaryId later = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(later, D.plusDays(2)));
    List<BeneficiaryId> sameDay = List.of(BeneficiaryId.random(), BeneficiaryId.random());
    for (BeneficiaryId id : sameDay) {
      engine.capture(tenant, Fixtures.capture(id, D));
      engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D.plusDays(1)).build());
    }
    Programme other = Programme.builder().from(Fixtures.sipa()).id(ProgrammeId.of("other")).build();
    engine.registerProgramme(tenant, other);
    TenantId stranger = Fixtures.newTenant();
    engine.registerProgramme(stranger, Fixtures.sipa());
    engine.capture(stranger, Fixtures.capture(BeneficiaryId.random(), D));
    IndicatorSources sources = storage.indicatorSources();
    String basis = engine.indicatorFacts().basis();

    assertThat(people(sources.tallies(tenant, Fixtures.SIPA, Period.of(D.minusDays(30), D.plusDays(30)), Optional.empty(),
        Optional.empty()))).as("everyone, once").isEqualTo(3);
    assertThat(people(sources.tallies(tenant, Fixtures.SIPA, Period.of(D, D.plusDays(1)), Optional.empty(), Optional.empty())))
        .as("captured by the period's end").isEqualTo(2);
    assertThat(sources.tallies(tenant, Fixtures.SIPA, Period.of(D.minusDays(9), D.minusDays(1)), Optional.empty(),
        Optional.empty())).as("no one captured yet").isEmpty();
    assertThat(people(sources.tallies(tenant, Fixtures.SIPA, Period.of(D, D.plusDays(5)),
        Optional.of(Fixtures.SITE_MONTBELIARD), Optional.empty()))).as("welcomed at Montbéliard").isEqualTo(2);
    assertThat(people(sources.tallies(tenant, Fixtures.SIPA, Period.of(D, D), Optional.of(Fixtures.SITE_MONTBELIARD),
        Optional.empty()))).as("not welcomed there yet on D, captured without a site").isZero();
    assertThat(people(sources.tallies(tenant, Fixtures.SIPA, Period.of(D, D.plusDays(5)), Optional.empty(),
        Optional.of(CaptureChannel.OUTREACH_EVENT)))).as("no one reached through an outreach event").isZero();
    assertThat(sources.tallies(tenant, Fixtures.SIPA, Period.of(D, D.plusDays(5)), Optional.empty(), Optional.empty()))
        .allMatch(count -> count.basis().equals(basis));
    assertThat(sources.tallies(tenant, other.id(), Period.of(D, D.plusDays(5)), Optional.empty(), Optional.empty())).isEmpty();
    assertThat(people(sources.tallies(stranger, Fixtures.SIPA, Period.of(D, D.plusDays(5)), Optional.empty(),
        Optional.empty()))).as("the other tenant's own person only").isEqualTo(1);
    assertThat(sources.programme(tenant, Fixtures.SIPA)).contains(Fixtures.sipa());
  }

  @Test
  void namesThePeopleWhoseFactsAreUnderAnotherBasisPageByPage() {
    List<BeneficiaryId> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      BeneficiaryId id = BeneficiaryId.random();
      engine.capture(tenant, Fixtures.capture(id, D));
      people.add(id);
    }
    people.sort(Comparator.comparing(BeneficiaryId::toString));
    IndicatorSources sources = storage.indicatorSources();
    String basis = engine.indicatorFacts().basis();

    assertThat(sources.factsNotUnder(tenant, Fixtures.SIPA, basis, Optional.empty(), 10)).isEmpty();
    assertThat(sources.factsNotUnder(tenant, Fixtures.SIPA, "another", Optional.empty(), 3))
        .containsExactlyElementsOf(people.subList(0, 3));
    assertThat(sources.factsNotUnder(tenant, Fixtures.SIPA, "another", Optional.of(people.get(2)), 3))
        .containsExactlyElementsOf(people.subList(3, 5));
    assertThat(sources.factsNotUnder(Fixtures.newTenant(), Fixtures.SIPA, "another", Optional.empty(), 10)).isEmpty();
  }

  @Test
  void anAppendWithoutFactsLeavesThePersonsFactsOutOfDateUntilReplaced() {
    BeneficiaryId id = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(id, D));
    List<PathwayEvent> stream = storage.pathways().events(tenant, id);
    EventHeader header = EventHeader.builder().from(stream.get(0).header()).version(2).commandId(CommandId.random())
        .occurredOn(D.plusDays(1)).stage(Stage.WELCOMED).build();
    storage.pathways().append(tenant, id, ExpectedVersion.exactly(1),
        List.of(PathwayEvents.Welcomed.of(header, Fixtures.SITE_MONTBELIARD, Optional.empty())));
    IndicatorSources sources = storage.indicatorSources();
    String basis = engine.indicatorFacts().basis();
    Period period = Period.of(D, D.plusDays(5));

    assertThat(sources.factsNotUnder(tenant, Fixtures.SIPA, basis, Optional.empty(), 10)).containsExactly(id);
    assertThat(sources.tallies(tenant, Fixtures.SIPA, period, Optional.empty(), Optional.empty()))
        .extracting(TallyCount::basis).containsExactly(PersonFacts.OUT_OF_DATE);

    PersonFacts stale = engine.indicatorFacts().compute(Pathway.fold(stream), event -> Optional.empty());
    assertThat(storage.pathways().replaceFacts(tenant, stale)).as("facts of version 1, the stream is at 2").isFalse();
    PersonFacts facts = engine.indicatorFacts().compute(Pathway.fold(storage.pathways().events(tenant, id)), e -> Optional.empty());
    assertThat(storage.pathways().replaceFacts(Fixtures.newTenant(), facts)).as("another tenant's").isFalse();
    assertThat(storage.pathways().replaceFacts(tenant, facts)).isTrue();

    assertThat(sources.factsNotUnder(tenant, Fixtures.SIPA, basis, Optional.empty(), 10)).isEmpty();
    assertThat(sources.tallies(tenant, Fixtures.SIPA, period, Optional.of(Fixtures.SITE_MONTBELIARD), Optional.empty()))
        .singleElement().satisfies(count -> {
          assertThat(count.basis()).isEqualTo(basis);
          assertThat(count.people()).isEqualTo(1);
        });
  }

  /**
   * Replacing many people's facts at once replaces those whose stream is still at the facts' version,
   * leaves the others, and says how many it replaced.
   */
  @Test
  void replacesTheFactsOfManyPeopleThoseWhoseStreamMovedOnLeftAsTheyAre() {
    BeneficiaryId current = BeneficiaryId.random();
    BeneficiaryId movedOn = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(current, D));
    engine.capture(tenant, Fixtures.capture(movedOn, D));
    PersonFacts currentFacts = factsUnderAnotherBasis(current);
    PersonFacts staleFacts = factsUnderAnotherBasis(movedOn);
    engine.welcome(tenant, Welcome.builder().beneficiaryId(movedOn).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build());
    IndicatorSources sources = storage.indicatorSources();

    assertThatThrownBy(() -> storage.pathways().replaceAllFacts(tenant, List.of(currentFacts, currentFacts)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(current.toString());
    assertThat(storage.pathways().replaceAllFacts(Fixtures.newTenant(), List.of(currentFacts))).as("another tenant's")
        .isZero();
    assertThat(storage.pathways().replaceAllFacts(tenant, List.of(staleFacts, currentFacts))).isEqualTo(1);

    assertThat(sources.factsNotUnder(tenant, Fixtures.SIPA, "another", Optional.empty(), 10))
        .as("the facts of the person who moved on, kept from their welcome").containsExactly(movedOn);
    assertThat(storage.pathways().replaceAllFacts(tenant, List.of())).isZero();
  }

  /** The person's facts as they stand, under a basis of their own, as facts of other definitions would be. */
  private PersonFacts factsUnderAnotherBasis(BeneficiaryId id) {
    PersonFacts facts = engine.indicatorFacts().compute(Pathway.fold(storage.pathways().events(tenant, id)), e -> Optional.empty());
    return PersonFacts.builder().from(facts).basis("another").build();
  }

  /**
   * A report reads the counts one at a time, inside one snapshot as it does: the entries of the list,
   * each once, whatever the scope.
   */
  @Test
  void handsTheCountsOneAtATimeAsTheListHoldsThem() {
    for (int i = 0; i < 3; i++) {
      BeneficiaryId id = BeneficiaryId.random();
      engine.capture(tenant, Fixtures.capture(id, D.plusDays(i)));
      engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(i == 0 ? Fixtures.SITE_AUDINCOURT
          : Fixtures.SITE_MONTBELIARD).occurredOn(D.plusDays(i + 1)).build());
    }
    IndicatorSources sources = storage.indicatorSources();
    Period period = Period.of(D.minusDays(30), D.plusDays(30));

    for (Optional<SiteId> site : List.of(Optional.<SiteId>empty(), Optional.of(Fixtures.SITE_MONTBELIARD))) {
      List<TallyCount> listed = sources.tallies(tenant, Fixtures.SIPA, period, site, Optional.empty());
      List<TallyCount> handed = new ArrayList<>();
      sources.inOneSnapshot(() -> {
        sources.forEachTally(tenant, Fixtures.SIPA, period, site, Optional.empty(), handed::add);
        return null;
      });
      assertThat(handed).as("at %s", site).isNotEmpty().containsExactlyInAnyOrderElementsOf(listed);
    }
    assertThat(people(sources.tallies(tenant, Fixtures.SIPA, period, Optional.of(Fixtures.SITE_MONTBELIARD),
        Optional.empty()))).as("welcomed at Montbéliard").isEqualTo(2);
  }

  private static long people(List<TallyCount> counts) {
    return counts.stream().mapToLong(TallyCount::people).sum();
  }

  @Test
  void answersTheProgrammesActivities() {
    CollaborativeAction action = CollaborativeAction.builder().id(CollaborativeActionId.random()).programmeId(Fixtures.SIPA)
        .title("Volleyball match").date(D).build();
    SiteEvent event = SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA).siteId(Fixtures.SITE_AUDINCOURT)
        .title("Training body presents its courses").date(D).build();
    engine.recordCollaborativeAction(tenant, action);
    engine.recordSiteEvent(tenant, event);
    IndicatorSources sources = storage.indicatorSources();

    assertThat(sources.collaborativeActions(tenant, Fixtures.SIPA)).containsExactly(action);
    assertThat(sources.siteEvents(tenant, Fixtures.SIPA)).containsExactly(event);
    assertThat(sources.outreachEvents(tenant, Fixtures.SIPA)).isEmpty();
    assertThat(sources.collaborativeActions(Fixtures.newTenant(), Fixtures.SIPA)).isEmpty();
  }

  @Test
  void countsTheProgrammesActivitiesHeldWithinAPeriodAtASite() {
    engine.recordCollaborativeAction(tenant, CollaborativeAction.builder().id(CollaborativeActionId.random())
        .programmeId(Fixtures.SIPA).title("Volleyball match").date(D).build());
    engine.recordCollaborativeAction(tenant, CollaborativeAction.builder().id(CollaborativeActionId.random())
        .programmeId(Fixtures.SIPA).title("Job fair").date(D.plusDays(40)).build());
    for (SiteId site : List.of(Fixtures.SITE_AUDINCOURT, Fixtures.SITE_AUDINCOURT, Fixtures.SITE_MONTBELIARD)) {
      engine.recordSiteEvent(tenant, SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA).siteId(site)
          .title("Training body presents its courses").date(D.plusDays(30)).build());
    }
    engine.recordSiteEvent(tenant, SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA)
        .siteId(Fixtures.SITE_AUDINCOURT).title("Before the period").date(D.minusDays(1)).build());
    engine.recordOutreachEvent(tenant, Fixtures.recrutCafe(D.plusDays(30)));
    engine.recordOutreachEvent(tenant, Fixtures.recrutCafe(D.plusDays(31)));
    TenantId stranger = Fixtures.newTenant();
    engine.registerProgramme(stranger, Fixtures.sipa());
    engine.recordCollaborativeAction(stranger, CollaborativeAction.builder().id(CollaborativeActionId.random())
        .programmeId(Fixtures.SIPA).title("Theirs").date(D).build());
    IndicatorSources sources = storage.indicatorSources();
    Period thirtyDays = Period.of(D, D.plusDays(30));

    assertThat(sources.activitiesHeld(tenant, Fixtures.SIPA, thirtyDays, Optional.empty()))
        .as("both ends of the period in it").isEqualTo(new IndicatorSources.ActivitiesHeld(1, 1, 3));
    assertThat(sources.activitiesHeld(tenant, Fixtures.SIPA, thirtyDays, Optional.of(Fixtures.SITE_AUDINCOURT)))
        .as("the site events of Audincourt only").isEqualTo(new IndicatorSources.ActivitiesHeld(1, 1, 2));
    assertThat(sources.activitiesHeld(tenant, ProgrammeId.of("other"), thirtyDays, Optional.empty()))
        .isEqualTo(new IndicatorSources.ActivitiesHeld(0, 0, 0));
    assertThat(sources.activitiesHeld(stranger, Fixtures.SIPA, thirtyDays, Optional.empty()))
        .isEqualTo(new IndicatorSources.ActivitiesHeld(0, 1, 0));
  }

  @Test
  void answersTheConsentRecordsOfTheProgrammesPeopleWithinThePeriodInTheOrderRecorded() {
    BeneficiaryId amina = BeneficiaryId.random();
    BeneficiaryId karim = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(amina, D));
    engine.capture(tenant, Fixtures.capture(karim, D));
    Programme other = Programme.builder().from(Fixtures.sipa()).id(ProgrammeId.of("other")).build();
    engine.registerProgramme(tenant, other);
    BeneficiaryId elsewhere = BeneficiaryId.random();
    engine.capture(tenant, Capture.builder().from(Fixtures.capture(elsewhere, D)).programmeId(other.id()).build());
    TenantId stranger = Fixtures.newTenant();
    engine.registerProgramme(stranger, Fixtures.sipa());
    BeneficiaryId theirs = BeneficiaryId.random();
    engine.capture(stranger, Fixtures.capture(theirs, D));
    ConsentRecord karimGives = ConsentRecord.given(karim, ConsentPurpose.recontact(), D, "c.martin");
    ConsentRecord aminaGives = ConsentRecord.given(amina, ConsentPurpose.recontact(), D.plusDays(1), "c.martin");
    ConsentRecord aminaLater = ConsentRecord.given(amina, ConsentPurpose.recontact(), D.plusDays(60), "c.martin");
    for (ConsentRecord record : List.of(karimGives, aminaGives, aminaLater,
        ConsentRecord.given(elsewhere, ConsentPurpose.recontact(), D, "c.martin"))) {
      assertThat(engine.recordConsent(tenant, record).accepted()).isTrue();
    }
    assertThat(engine.recordConsent(stranger, ConsentRecord.given(theirs, ConsentPurpose.recontact(), D, "c.martin"))
        .accepted()).isTrue();

    assertThat(storage.indicatorSources().consentRecords(tenant, Fixtures.SIPA, Period.of(D, D.plusDays(30))))
        .as("the programme's people's, within the period, as recorded").containsExactly(karimGives, aminaGives);
    assertThat(storage.indicatorSources().consentRecords(stranger, Fixtures.SIPA, Period.of(D, D.plusDays(30))))
        .as("the other tenant's own").extracting(ConsentRecord::beneficiaryId).containsExactly(theirs);
  }
}
