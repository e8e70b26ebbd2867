package eu.projectresolution.mobilisation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.capture.OutreachEventKind;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KnownOutreachEventsTest {
  private static final TenantId IDEIS = TenantId.of("ideis");
  private static final TenantId OTHER = TenantId.of("other");

  private final InMemoryStorage storage = InMemoryStorage.create();
  private final KnownOutreachEvents known = new KnownOutreachEvents(storage);
  private final OutreachEvent cafe = OutreachEvent.builder().id(OutreachEventId.random()).programmeId(Fixtures.SIPA)
      .kind(OutreachEventKind.RECRUT_CAFE).title("Recrut'Café").place("Building hall")
      .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD).date(LocalDate.of(2017, 3, 14))
      .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build();

  @Test
  void anEventNotFoundIsAskedForAgainAndFoundOnceRecorded() {
    assertThat(known.find(IDEIS, cafe.id())).isEmpty();

    storage.outreachEvents().add(IDEIS, cafe);

    assertThat(known.find(IDEIS, cafe.id())).contains(cafe);
    assertThat(known.find(IDEIS, cafe.id())).contains(cafe);
  }

  @Test
  void anEventKnownForOneTenantIsNotFoundForAnother() {
    storage.outreachEvents().add(IDEIS, cafe);
    assertThat(known.find(IDEIS, cafe.id())).contains(cafe);

    assertThat(known.find(OTHER, cafe.id())).isEmpty();
  }
}
