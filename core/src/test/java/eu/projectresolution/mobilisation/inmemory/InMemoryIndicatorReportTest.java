package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.IndicatorReportContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryIndicatorReportTest extends IndicatorReportContract {
  @Override
  protected MobilisationStorage storage() {
    return InMemoryStorage.create();
  }
}
