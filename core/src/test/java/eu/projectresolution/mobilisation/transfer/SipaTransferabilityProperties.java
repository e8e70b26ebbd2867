package eu.projectresolution.mobilisation.transfer;

/** The transferability contract against the shipped SIPA rule file. */
class SipaTransferabilityProperties extends TransferabilityContract {
  @Override
  protected PracticeDecomposition practice() {
    return SipaTransfer.practice();
  }

  @Override
  protected TransferRules rules() {
    return SipaTransfer.rules();
  }

  @Override
  protected TransferContext homeContext() {
    return SipaTransfer.homeContext();
  }
}
