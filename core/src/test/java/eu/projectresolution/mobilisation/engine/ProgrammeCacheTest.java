package eu.projectresolution.mobilisation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.Site;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The opt-in programme cache: the engine's own changes are seen at once, other writers' after its time
 * to live, by pathway commands and programme-level records alike.
 */
class ProgrammeCacheTest {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final SiteId NEW_SITE = SiteId.of("new-site");

  private final InMemoryStorage storage = InMemoryStorage.create();
  private final TenantId tenant = Fixtures.newTenant();

  private MobilisationEngine engine(Duration ttl) {
    return MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).programmeCache(ttl).build();
  }

  private CommandResult welcomeAtNewSite(MobilisationEngine engine) {
    BeneficiaryId id = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(id, D));
    return engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(NEW_SITE).occurredOn(D).build());
  }

  private static Programme withNewSite() {
    return Programme.builder().from(Fixtures.sipa()).addSites(Site.of(NEW_SITE, "New", TerritoryType.RURAL)).build();
  }

  @Test
  void seesItsOwnProgrammeUpdatesAtOnce() {
    MobilisationEngine engine = engine(Duration.ofHours(1));
    engine.registerProgramme(tenant, Fixtures.sipa());
    assertThat(welcomeAtNewSite(engine).refusal().orElseThrow().code()).isEqualTo(RefusalCode.UNKNOWN_SITE);

    engine.updateProgramme(tenant, withNewSite());

    assertThat(welcomeAtNewSite(engine).accepted()).isTrue();
  }

  @Test
  void keepsDeclarationsChangedElsewhereUntilTheyExpire() {
    MobilisationEngine caching = engine(Duration.ofHours(1));
    MobilisationEngine other = engine(Duration.ZERO);
    caching.registerProgramme(tenant, Fixtures.sipa());
    welcomeAtNewSite(caching);

    other.updateProgramme(tenant, withNewSite());

    assertThat(welcomeAtNewSite(other).accepted()).isTrue();
    assertThat(welcomeAtNewSite(caching).refusal().orElseThrow().code()).isEqualTo(RefusalCode.UNKNOWN_SITE);
  }

  @Test
  void checksProgrammeLevelRecordsAgainstTheKeptDeclarationsToo() {
    MobilisationEngine caching = engine(Duration.ofHours(1));
    caching.registerProgramme(tenant, Fixtures.sipa());
    welcomeAtNewSite(caching);

    engine(Duration.ZERO).updateProgramme(tenant, withNewSite());

    assertThat(caching.recordSiteEvent(tenant, eventAtNewSite()).refusal().orElseThrow().code())
        .isEqualTo(RefusalCode.UNKNOWN_SITE);
    assertThat(engine(Duration.ZERO).recordSiteEvent(tenant, eventAtNewSite()).accepted()).isTrue();
  }

  private static SiteEvent eventAtNewSite() {
    return SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA).siteId(NEW_SITE)
        .title("Open day").date(D).host(Fixtures.TRAINING_BODY).build();
  }

  @Test
  void refusesANegativeTimeToLive() {
    assertThatThrownBy(() -> MobilisationEngine.builder().programmeCache(Duration.ofSeconds(-1)))
        .hasMessageContaining("programmeCache");
  }
}
