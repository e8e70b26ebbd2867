package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.IndicatorSourcesContract;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Core's suite, and what the one query of {@link JdbcIndicatorSources} could get wrong: the databases
 * order UUIDs by their bytes, but the port's order is {@link UUID#compareTo}'s, which compares signed
 * halves, so ids from {@code 8...} to {@code f...} come first.
 */
abstract class JdbcIndicatorSourcesContract extends IndicatorSourcesContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  private static BeneficiaryId id(String uuid) {
    return BeneficiaryId.of(UUID.fromString(uuid));
  }

  @Test
  void ordersTheStreamsOfOneDayAsUuidComparesThemNotAsTheDatabaseDoes() {
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    engine.registerProgramme(tenant, Fixtures.sipa());
    BeneficiaryId low = id("00000000-0000-4000-8000-000000000001");
    BeneficiaryId below = id("7fffffff-ffff-4fff-bfff-ffffffffffff");
    BeneficiaryId above = id("80000000-0000-4000-8000-000000000000");
    BeneficiaryId high = id("ffffffff-ffff-4fff-bfff-fffffffffffe");
    BeneficiaryId lowNextDay = id("00000000-0000-4000-8000-000000000000");
    BeneficiaryId highNextDay = id("ffffffff-ffff-4fff-bfff-ffffffffffff");
    for (BeneficiaryId id : List.of(lowNextDay, highNextDay)) {
      engine.capture(tenant, Fixtures.capture(id, D.plusDays(1)));
    }
    for (BeneficiaryId id : List.of(low, high, below, above)) {
      engine.capture(tenant, Fixtures.capture(id, D));
      engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build());
    }
    engine.orient(tenant, Orient.builder().beneficiaryId(high).occurredOn(D.plusDays(2))
        .orientation(Orientation.INFORMATION_ONLY).build());

    List<List<PathwayEvent>> streams = storage.indicatorSources().eventStreams(tenant, Fixtures.SIPA);

    assertThat(streams).extracting(s -> s.get(0).header().beneficiaryId())
        .containsExactly(above, high, low, below, highNextDay, lowNextDay);
    assertThat(streams).isEqualTo(IndicatorSources.of(storage).eventStreams(tenant, Fixtures.SIPA));
    assertThat(streams.get(1)).extracting(e -> e.header().version()).containsExactly(1L, 2L, 3L);
  }
}
