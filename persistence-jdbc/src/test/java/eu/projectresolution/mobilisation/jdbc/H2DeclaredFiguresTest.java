package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.contract.DeclaredFiguresContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2DeclaredFiguresTest extends DeclaredFiguresContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::h2);

  @Override
  protected MobilisationStorage storage() {
    return SCHEMA.storage();
  }
}
