package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.IndicatorFactsContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryIndicatorFactsTest extends IndicatorFactsContract {
  @Override
  protected MobilisationStorage storage() {
    return InMemoryStorage.create();
  }
}
