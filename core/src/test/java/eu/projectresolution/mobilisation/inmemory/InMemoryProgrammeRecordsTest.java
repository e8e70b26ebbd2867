package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.ProgrammeRecordsContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryProgrammeRecordsTest extends ProgrammeRecordsContract {
  private final MobilisationStorage storage = InMemoryStorage.create();

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }
}
