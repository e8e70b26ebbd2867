package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import java.time.LocalDate;
import java.util.List;
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
  void handsOverEveryStreamOfTheProgrammeCapturedByTheDayOnceInVersionOrder() {
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
    List<List<PathwayEvent>> streams = Fixtures.eventStreams(sources, tenant, Fixtures.SIPA);

    assertThat(streams).extracting(s -> s.get(0).header().beneficiaryId())
        .containsExactlyInAnyOrder(sameDay.get(0), sameDay.get(1), later);
    for (List<PathwayEvent> stream : streams) {
      assertThat(stream).isEqualTo(storage.pathways().events(tenant, stream.get(0).header().beneficiaryId()));
    }
    assertThat(Fixtures.eventStreams(sources, tenant, Fixtures.SIPA, D.plusDays(1)))
        .as("captured on or before the day after D")
        .extracting(s -> s.get(0).header().beneficiaryId())
        .containsExactlyInAnyOrderElementsOf(sameDay);
    assertThat(Fixtures.eventStreams(sources, tenant, Fixtures.SIPA, D.minusDays(1))).isEmpty();
    assertThat(Fixtures.eventStreams(sources, tenant, other.id())).isEmpty();
    assertThat(sources.programme(tenant, Fixtures.SIPA)).contains(Fixtures.sipa());
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
}
