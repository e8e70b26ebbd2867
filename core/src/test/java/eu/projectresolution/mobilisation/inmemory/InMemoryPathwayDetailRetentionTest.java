package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.PathwayDetailRetentionContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryPathwayDetailRetentionTest extends PathwayDetailRetentionContract {
  private final InMemoryStorage storage = InMemoryStorage.create();

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }
}
