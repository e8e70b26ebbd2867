package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.ChangeFeedContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryChangeFeedTest extends ChangeFeedContract {
  private final MobilisationStorage storage = InMemoryStorage.create();

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }
}
