package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.contract.PracticeSheetsContract;
import eu.projectresolution.mobilisation.port.PracticeSheets;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPracticeSheetsTest extends PracticeSheetsContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  /** The suite uses fixed tenant ids and wants an empty store for each test: empty the table. */
  @Override
  protected PracticeSheets newPracticeSheets() {
    SCHEMA.deleteAllFrom("practice_sheet_versions");
    return SCHEMA.storage().practiceSheets();
  }
}
