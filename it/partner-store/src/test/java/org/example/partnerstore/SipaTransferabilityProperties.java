package org.example.partnerstore;

import eu.projectresolution.mobilisation.transfer.PracticeDecomposition;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferRules;
import eu.projectresolution.mobilisation.transfer.TransferabilityContract;

/**
 * The transferability property suite on SIPA's own rules, as a partner runs it on a rule set of its
 * own: its properties are QuickTheories ones, which the kit brings.
 */
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
