package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.IndicatorSourcesContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryIndicatorSourcesTest extends IndicatorSourcesContract {
  @Override
  protected MobilisationStorage storage() {
    return InMemoryStorage.create();
  }
}
