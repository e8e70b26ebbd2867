package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.contract.PartnerPathwayContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPartnerPathwayTest extends PartnerPathwayContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  @Override
  protected MobilisationStorage storage() {
    return SCHEMA.storage();
  }
}
