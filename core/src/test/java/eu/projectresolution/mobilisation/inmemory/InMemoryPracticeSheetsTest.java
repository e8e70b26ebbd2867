package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.PracticeSheetsContract;
import eu.projectresolution.mobilisation.port.PracticeSheets;

class InMemoryPracticeSheetsTest extends PracticeSheetsContract {
  @Override
  protected PracticeSheets newPracticeSheets() {
    return new InMemoryPracticeSheets();
  }
}
