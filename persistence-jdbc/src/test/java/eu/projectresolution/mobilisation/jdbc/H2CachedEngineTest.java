package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.contract.EngineContract;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine contract on H2 with the pathway cache on: the engine behaves exactly as without it. */
class H2CachedEngineTest extends EngineContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::h2);

  @Override
  protected MobilisationStorage storage() {
    return SCHEMA.storage();
  }

  @Override
  protected MobilisationEngine.Builder options(MobilisationEngine.Builder builder) {
    return builder.pathwayCache(1_000);
  }
}
