package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import java.util.Optional;

/**
 * The only place identifying data lives (names, phone, e-mail, exact birth date, notes), keyed by the
 * pseudonymous {@link BeneficiaryId}. Erasing a person here leaves every pathway and statistic intact,
 * which is how a programme honours a request for erasure (GDPR Art. 17) without rewriting history.
 */
public interface PersonalData {
  /** Stores or replaces the person's details. */
  void put(TenantId tenant, BeneficiaryId beneficiary, PersonalDetails details);

  Optional<PersonalDetails> find(TenantId tenant, BeneficiaryId beneficiary);

  /**
   * Erases the person's details for good.
   *
   * @return whether there was anything to erase
   */
  boolean erase(TenantId tenant, BeneficiaryId beneficiary);
}
