package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.contract.DeclaredFiguresContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDeclaredFiguresTest extends DeclaredFiguresContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  @Override
  protected MobilisationStorage storage() {
    return SCHEMA.storage();
  }
}
