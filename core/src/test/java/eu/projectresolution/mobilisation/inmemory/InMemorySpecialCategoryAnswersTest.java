package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.SpecialCategoryAnswersContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemorySpecialCategoryAnswersTest extends SpecialCategoryAnswersContract {
  private final InMemoryStorage storage = InMemoryStorage.create();

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }
}
