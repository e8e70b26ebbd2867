package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.PathwaysContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryPathwaysTest extends PathwaysContract {
  private final MobilisationStorage storage = InMemoryStorage.create();

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }
}
