package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.ProgrammesContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryProgrammesTest extends ProgrammesContract {
  private final MobilisationStorage storage = InMemoryStorage.create();

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }
}
