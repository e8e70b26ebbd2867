package org.example.partnerstore;

import eu.projectresolution.mobilisation.contract.PathwaysContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

/** One suite in a class of its own, as docs/embedding.md shows a partner's test (a compiled snippet). */
// README:begin contract-kit
class PartnerStorePathwaysTest extends PathwaysContract {
  private final MobilisationStorage storage = PartnerStore.create(); // a new, empty store for each test

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }
}
// README:end contract-kit
