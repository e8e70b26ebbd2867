package eu.projectresolution.mobilisation.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Folding a stream onto the fold of its start ({@link Pathway#fold(List, Optional)}), as the engine does after each append. */
class FoldAfterStartTest {
  private final InMemoryStorage storage = InMemoryStorage.create();
  private final MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
  private final TenantId tenant = Fixtures.newTenant();
  private final LocalDate day = LocalDate.of(2017, 3, 14);

  private List<PathwayEvent> streamOf(BeneficiaryId person) {
    engine.capture(tenant, Fixtures.capture(person, day));
    engine.welcome(tenant, Welcome.builder().beneficiaryId(person).siteId(Fixtures.SITE_MONTBELIARD)
        .occurredOn(day.plusDays(1)).build());
    engine.orient(tenant, Orient.builder().beneficiaryId(person).occurredOn(day.plusDays(2))
        .orientation(Orientation.values()[0]).build());
    return storage.pathways().events(tenant, person);
  }

  @Test
  void onlyTheLaterEventsAreFoldedOntoTheStartAndTheResultIsTheWholeFold() {
    engine.registerProgramme(tenant, Fixtures.sipa());
    List<PathwayEvent> stream = streamOf(BeneficiaryId.random());
    assertThat(stream).hasSize(3);
    Pathway whole = Pathway.fold(stream);

    assertThat(Pathway.fold(stream, Optional.of(Pathway.fold(stream.subList(0, 1))))).isEqualTo(whole);
    assertThat(Pathway.fold(stream, Optional.of(whole))).isSameAs(whole);
    assertThat(Pathway.fold(stream, Optional.empty())).isEqualTo(whole);
    assertThat(whole.stage()).isEqualTo(Stage.of("oriented"));
  }

  @Test
  void aStartOfAnotherPersonOrLongerThanTheStreamIsRefused() {
    engine.registerProgramme(tenant, Fixtures.sipa());
    List<PathwayEvent> amina = streamOf(BeneficiaryId.random());
    List<PathwayEvent> other = streamOf(BeneficiaryId.random());

    assertThatThrownBy(() -> Pathway.fold(amina, Optional.of(Pathway.fold(other.subList(0, 1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the fold of the stream's start is beneficiary " + other.get(0).header().beneficiaryId());
    assertThatThrownBy(() -> Pathway.fold(amina.subList(0, 2), Optional.of(Pathway.fold(amina))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at version 3, after the stream's last (2)");
  }
}
