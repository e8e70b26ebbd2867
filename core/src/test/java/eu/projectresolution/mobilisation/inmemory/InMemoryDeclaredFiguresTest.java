package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.DeclaredFiguresContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryDeclaredFiguresTest extends DeclaredFiguresContract {
  @Override
  protected MobilisationStorage storage() {
    return InMemoryStorage.create();
  }
}
