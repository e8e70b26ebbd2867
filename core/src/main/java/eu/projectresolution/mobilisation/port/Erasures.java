package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.privacy.ErasedData;
import eu.projectresolution.mobilisation.privacy.ErasureRecord;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Erasing a person's identifying data (the {@link PersonalData} of the same store) together with the
 * audit entry that says so, in one atomic step: never the data gone without their record, or a record
 * of data still held. The records are kept for good and hold none of the erased data.
 */
public interface Erasures {
  /**
   * In one atomic step: replaces the person's details by {@code kept} (their matching key and case ids
   * stay), or, when {@code kept} is empty, erases the details, the matching key and the partner's case
   * ids for good; and adds {@code record}, completed with {@link ErasedData#MATCHING_KEY} when a key was
   * erased and {@link ErasedData#CASE_IDS} when case ids were.
   *
   * @return the record as added, or empty, writing nothing, if the tenant already holds a record with
   *     its command id
   */
  Optional<ErasureRecord> erase(TenantId tenant, ErasureRecord record, Optional<PersonalDetails> kept);

  /** The person's erasure records, in the order they were added. */
  List<ErasureRecord> of(TenantId tenant, BeneficiaryId beneficiary);

  /** {@code record} completed with the matching key, if one was erased: what {@link #erase} adds. */
  static ErasureRecord withKey(ErasureRecord record, boolean keyErased) {
    return with(record, keyErased, ErasedData.MATCHING_KEY);
  }

  /** {@code record} completed with the case ids, if any were erased: what {@link #erase} adds. */
  static ErasureRecord withCaseIds(ErasureRecord record, boolean caseIdsErased) {
    return with(record, caseIdsErased, ErasedData.CASE_IDS);
  }

  private static ErasureRecord with(ErasureRecord record, boolean erasedToo, ErasedData data) {
    if (!erasedToo) {
      return record;
    }
    EnumSet<ErasedData> erased = EnumSet.of(data);
    erased.addAll(record.erased());
    return ErasureRecord.builder().from(record).erased(erased).build();
  }
}
