package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.PersonalDataLifecycleContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryPersonalDataLifecycleTest extends PersonalDataLifecycleContract {
  private final InMemoryStorage storage = InMemoryStorage.create();

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }
}
