package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.PartnerPathwayContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

class InMemoryPartnerPathwayTest extends PartnerPathwayContract {
  @Override
  protected MobilisationStorage storage() {
    return InMemoryStorage.create();
  }
}
