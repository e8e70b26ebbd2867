package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import java.util.List;
import java.util.Optional;

/**
 * The only place identifying data lives (names, phone, e-mail, exact birth date, notes, and the
 * {@link MatchingKey} that recognises a person met again), keyed by the pseudonymous {@link
 * BeneficiaryId}. Erasing a person here leaves every pathway and statistic intact, which is how a
 * programme honours a request for erasure (GDPR Art. 17) without rewriting history.
 *
 * <p>A matching key belongs to at most one person of a tenant: it is how a host finds the person an
 * identity belongs to ({@link #findByMatchingKey}) without deriving the pseudonymous id from it. It is
 * stored with the details and erased with them, as are the partner's own {@link CaseId}s for the person.
 */
public interface PersonalData {
  /** Stores or replaces the person's details, keeping the matching key stored with them, if any. */
  default void put(TenantId tenant, BeneficiaryId beneficiary, PersonalDetails details) {
    put(tenant, beneficiary, details, Optional.empty());
  }

  /**
   * Stores or replaces the person's details and, if one is given, the key that recognises them (it
   * replaces the key stored before; without one, the key stored before stays).
   *
   * @throws IllegalArgumentException if another person of the tenant holds {@code matchingKey}:
   *     nothing is written (the person is already known: find them with {@link #findByMatchingKey})
   */
  void put(TenantId tenant, BeneficiaryId beneficiary, PersonalDetails details, Optional<MatchingKey> matchingKey);

  Optional<PersonalDetails> find(TenantId tenant, BeneficiaryId beneficiary);

  /** The person of the tenant whose details were stored with this key; empty once they are erased. */
  Optional<BeneficiaryId> findByMatchingKey(TenantId tenant, MatchingKey matchingKey);

  /**
   * Keeps the partner's own {@code caseId} for the person, beside their details (a person may have
   * several; the details need not be stored yet); does nothing if it is kept for them already.
   *
   * @throws IllegalArgumentException if the case id is another person's of the tenant: nothing is
   *     written
   */
  void putCaseId(TenantId tenant, BeneficiaryId beneficiary, CaseId caseId);

  /** The person of the tenant the partner's {@code caseId} is kept for; empty once they are erased. */
  Optional<BeneficiaryId> findByCaseId(TenantId tenant, CaseId caseId);

  /** The partner's case ids kept for the person, in the order they were kept. */
  List<CaseId> caseIdsOf(TenantId tenant, BeneficiaryId beneficiary);

  /**
   * Erases the person's details, and their matching key and case ids with them, for good.
   *
   * @return whether there was anything to erase
   */
  boolean erase(TenantId tenant, BeneficiaryId beneficiary);
}
