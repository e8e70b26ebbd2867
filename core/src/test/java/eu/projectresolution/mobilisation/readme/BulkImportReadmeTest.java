package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk import of {@code docs/embedding.md}, run as a test. */
class BulkImportReadmeTest {
  private final MobilisationEngine engine =
      MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(Fixtures.CLOCK).build();
  private final TenantId tenant = Fixtures.newTenant();

  @Test
  void recordsABatchAndAnswersEachCommandOnItsOwn() {
    engine.registerProgramme(tenant, Fixtures.sipa());
    BeneficiaryId amina = BeneficiaryId.random();
    LocalDate day = LocalDate.of(2017, 3, 14);
    List<PathwayCommand> batch = List.of(
        Fixtures.capture(amina, day),
        Welcome.builder().beneficiaryId(amina).siteId(SiteId.of("nowhere")).occurredOn(day).build(),
        Welcome.builder().beneficiaryId(amina).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(day).build(),
        Orient.builder().beneficiaryId(amina).occurredOn(day).orientation(Orientation.DIRECT_REFERRAL).build());

    // README:begin bulk-import
    List<CommandResult> results = engine.recordAll(tenant, batch); // one transaction, one answer each
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      Refusal refusal = results.get(i).refusal().orElse(null);
      if (refusal != null) { // refused: nothing of this command was written, the others were
        problems.add("line " + (i + 1) + ": " + refusal.message());
      }
    }
    // README:end bulk-import

    assertThat(problems).singleElement().asString().startsWith("line 2: ");
    assertThat(results.get(1).refusal().orElseThrow().code()).isEqualTo(RefusalCode.UNKNOWN_SITE);
    assertThat(engine.pathway(tenant, amina).orElseThrow().version()).isEqualTo(3);
  }
}
