package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.PersonalDataContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryPersonalDataTest extends PersonalDataContract {
  private final MobilisationStorage storage = InMemoryStorage.create();

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }
}
