package org.example.partnerstore;

import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

/**
 * The partner's store, standing for the adapter a partner writes on its own database: here it hands out
 * the engine's in-memory adapters. Its tests prove it with the kit's contract suites.
 */
public final class PartnerStore {
  private PartnerStore() {}

  /** A new, empty store. */
  public static MobilisationStorage create() {
    return InMemoryStorage.create();
  }
}
