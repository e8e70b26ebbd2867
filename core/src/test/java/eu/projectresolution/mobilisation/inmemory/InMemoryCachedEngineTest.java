package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.contract.EngineContract;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

/** The engine contract with the pathway cache on: the engine behaves exactly as without it. */
class InMemoryCachedEngineTest extends EngineContract {
  private final MobilisationStorage storage = InMemoryStorage.create();

  @Override
  protected MobilisationStorage storage() {
    return storage;
  }

  @Override
  protected MobilisationEngine.Builder options(MobilisationEngine.Builder builder) {
    return builder.pathwayCache(1_000);
  }
}
