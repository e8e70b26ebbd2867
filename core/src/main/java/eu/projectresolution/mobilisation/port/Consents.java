package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import java.util.List;

/**
 * The people's consent records, append-only: a consent given, withdrawn or given again is a record of
 * its own, and none is ever changed. They hold no identifying data and outlive an erasure of the
 * person's details, as the proof of what the person agreed to.
 */
public interface Consents {
  /**
   * Adds a record.
   *
   * @return {@code false}, writing nothing, if the tenant already holds a record with its command id
   */
  boolean add(TenantId tenant, ConsentRecord record);

  /** The person's records, in the order they were added. */
  List<ConsentRecord> of(TenantId tenant, BeneficiaryId beneficiary);
}
