package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concurrent sessions on PostgreSQL through an engine with the pathway cache on: the events it
 * remembers are often behind the store's, and still nothing is lost or written twice.
 */
class PostgresCachedConcurrentCommandsTest extends ConcurrentCommandsContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  @Override
  protected MobilisationStorage storage() {
    return SCHEMA.storage();
  }

  @Override
  protected MobilisationEngine.Builder options(MobilisationEngine.Builder builder) {
    return builder.pathwayCache(1_000);
  }
}
