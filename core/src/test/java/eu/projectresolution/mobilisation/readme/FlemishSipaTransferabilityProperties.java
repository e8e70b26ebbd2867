package eu.projectresolution.mobilisation.readme;

import eu.projectresolution.mobilisation.transfer.PracticeDecomposition;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferRules;
import eu.projectresolution.mobilisation.transfer.TransferabilityContract;

/** Example of {@code docs/transferability.md}: a partner runs the transferability contract against its own rule set. */
// README:begin transfer-contract
class FlemishSipaTransferabilityProperties extends TransferabilityContract {
  @Override
  protected PracticeDecomposition practice() {
    return SipaTransfer.practice();
  }

  @Override
  protected TransferRules rules() {
    return SipaTransfer.rules().with(FlemishRecruiters.RULE);
  }

  @Override
  protected TransferContext homeContext() {
    return SipaTransfer.homeContext();
  }
}
// README:end transfer-contract
