package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.contract.SpecialCategoryAnswersContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSpecialCategoryAnswersTest extends SpecialCategoryAnswersContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  @Override
  protected MobilisationStorage storage() {
    return SCHEMA.storage();
  }
}
