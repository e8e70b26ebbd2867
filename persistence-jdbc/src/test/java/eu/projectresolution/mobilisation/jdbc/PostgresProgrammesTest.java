package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.contract.ProgrammesContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresProgrammesTest extends ProgrammesContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  @Override
  protected MobilisationStorage storage() {
    return SCHEMA.storage();
  }
}
