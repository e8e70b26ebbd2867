package eu.projectresolution.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.internal.Identifiers;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {
  @Test
  void aTimeOrderedIdIsAVersion7UuidThatCarriesTheMillisecondItWasMadeIn() {
    Instant made = Instant.parse("2026-12-06T06:45:12.345Z");
    UUID id = Identifiers.timeOrderedUuid(Clock.fixed(made, ZoneOffset.UTC));

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2); // RFC 9562's variant, as UUID.randomUUID()'s
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(made.toEpochMilli());
  }

  @Test
  void idsMadeInLaterMillisecondsSortAfterEarlierOnes() {
    List<UUID> ids = new ArrayList<>();
    for (long millis = 1_700_000_000_000L; millis < 1_700_000_000_500L; millis += 7) {
      ids.add(Identifiers.timeOrderedUuid(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC)));
    }
    // As a database sorts UUIDs: by their bytes, unsigned, most significant first.
    assertThat(ids).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));
  }

  @Test
  void idsMadeInTheSameMillisecondDifferByTheirRandomBits() {
    Clock frozen = Clock.fixed(Instant.parse("2026-12-06T06:45:12.345Z"), ZoneOffset.UTC);
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(Identifiers.timeOrderedUuid(frozen));
    }
    assertThat(ids).hasSize(10_000);
  }

  @Test
  void commandsAreGivenTimeOrderedIdsByDefault() {
    Welcome welcome = Welcome.builder()
        .beneficiaryId(BeneficiaryId.timeOrdered())
        .siteId(SiteId.of("site"))
        .occurredOn(LocalDate.of(2017, 3, 14))
        .build();

    assertThat(welcome.commandId().value().version()).isEqualTo(7);
    assertThat(welcome.beneficiaryId().value().version()).isEqualTo(7);
    assertThat(CommandId.random().value().version()).isEqualTo(4);
  }
}
