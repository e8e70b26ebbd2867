package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.CorrectEvent;
import eu.projectresolution.mobilisation.engine.Correction;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.programme.StaffMemberId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The correction of {@code docs/embedding.md}, run as a test. */
class CorrectionReadmeTest {
  private final MobilisationEngine engine =
      MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(Fixtures.CLOCK).build();
  private final TenantId tenant = Fixtures.newTenant();

  @Test
  void correctsAnExitTypedWrong() {
    engine.registerProgramme(tenant, Fixtures.sipa());
    BeneficiaryId amina = BeneficiaryId.random();
    LocalDate day = LocalDate.of(2017, 3, 14);
    LocalDate today = LocalDate.of(2017, 5, 2);
    engine.capture(tenant, Fixtures.capture(amina, day));
    engine.welcome(tenant, Welcome.builder().beneficiaryId(amina).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(day).build());
    engine.orient(tenant, Orient.builder().beneficiaryId(amina).occurredOn(day).orientation(Orientation.DIRECT_REFERRAL).build());
    engine.recordExit(tenant, RecordExit.builder().beneficiaryId(amina).occurredOn(day.plusDays(30))
        .reason(ExitReason.TRAINING).situation(Situation.builder().inTraining(true).build()).build());
    long exitVersion = engine.pathway(tenant, amina).orElseThrow().version();

    // README:begin correct-an-exit
    CommandResult corrected = engine.correctEvent(tenant, CorrectEvent.builder()
        .beneficiaryId(amina)
        .correctedVersion(exitVersion) // the version of the exit, as the pathway's events number them
        .correction(new Correction.OfExit(ExitReason.EMPLOYMENT, Situation.builder().employed(true).build(),
            Optional.empty()))
        .reason("Typed as a training; she signed a six-month contract")
        .occurredOn(today).actor(StaffRole.SITE_MANAGER).author(StaffMemberId.of("ideis:m.durand"))
        .build());
    // README:end correct-an-exit

    assertThat(corrected.accepted()).isTrue();
    assertThat(engine.pathway(tenant, amina).orElseThrow().latestExit().orElseThrow().reason())
        .isEqualTo(ExitReason.EMPLOYMENT);
  }
}
