package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.privacy.PersonalDataAccess;
import java.util.List;

/**
 * The log of reads of people's identifying details through the engine: who, why, when. Append-only;
 * it holds no identifying data of the person read.
 */
public interface AccessLog {
  void add(TenantId tenant, PersonalDataAccess access);

  /** The reads of the person's details, in the order they were added. */
  List<PersonalDataAccess> of(TenantId tenant, BeneficiaryId beneficiary);
}
