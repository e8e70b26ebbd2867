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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Core's suite, and what the one query of {@link JdbcIndicatorSources} could get wrong: its rows come
 * in batches of a thousand and are cut into one stream per person where the beneficiary id changes, so
 * a person whose events straddle two batches, or whose events were appended between other people's,
 * must still come out as one whole stream.
 */
abstract class JdbcIndicatorSourcesContract extends IndicatorSourcesContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  @Test
  void cutsRowsFetchedInSeveralBatchesIntoOneWholeStreamPerPerson() {
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    engine.registerProgramme(tenant, Fixtures.sipa());
    List<BeneficiaryId> people = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      BeneficiaryId id = BeneficiaryId.random();
      people.add(id);
      engine.capture(tenant, Fixtures.capture(id, D));
    }
    // Appended person after person, so that no one's events are next to each other as written.
    for (BeneficiaryId id : people) {
      engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build());
    }
    for (BeneficiaryId id : people.subList(0, 350)) {
      engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(D.plusDays(1))
          .orientation(Orientation.INFORMATION_ONLY).build());
    }

    List<List<PathwayEvent>> streams = Fixtures.eventStreams(storage.indicatorSources(), tenant, Fixtures.SIPA);

    assertThat(streams).hasSize(700);
    assertThat(streams.stream().mapToInt(List::size).sum()).isEqualTo(700 * 2 + 350);
    assertThat(streams).isEqualTo(Fixtures.eventStreams(IndicatorSources.of(storage), tenant, Fixtures.SIPA));
  }
}
