package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.EngineContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryEngineTest extends EngineContract {
  private final MobilisationStorage storage = InMemoryStorage.create();

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }
}
