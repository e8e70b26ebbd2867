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
   * ids for good; erases the person's {@link SpecialCategoryAnswers special-category answers} when
   * {@code record} names {@link ErasedData#SPECIAL_CATEGORY_ANSWERS}; and adds {@code record},
   * completed with {@link ErasedData#MATCHING_KEY} when a key was erased, {@link ErasedData#CASE_IDS}
   * when case ids were, and naming {@link ErasedData#SPECIAL_CATEGORY_ANSWERS} if and only if answers
   * were erased ({@link #completed}, {@link #withCaseIds}).
   *
   * @return the record as added, or empty, writing nothing, if the tenant already holds a record with
   *     its command id
   */
  Optional<ErasureRecord> erase(TenantId tenant, ErasureRecord record, Optional<PersonalDetails> kept);

  /**
   * As {@link #erase}, if the person's details are still {@code expected} (empty: none held), checked
   * in the same atomic step: what a retention purge calls, having decided from details it read before.
   * Details put meanwhile are then neither overwritten by {@code kept}, computed from older ones, nor
   * left past their due date: the purge decides again on what is stored.
   *
   * @return the record as added; empty, writing nothing, if the person's details are no longer {@code
   *     expected} or the tenant already holds a record with its command id
   */
  Optional<ErasureRecord> eraseIfUnchanged(
      TenantId tenant, ErasureRecord record, Optional<PersonalDetails> expected, Optional<PersonalDetails> kept);

  /** The person's erasure records, in the order they were added. */
  List<ErasureRecord> of(TenantId tenant, BeneficiaryId beneficiary);

  /** {@code record} completed with the matching key, if one was erased: what {@link #erase} adds. */
  static ErasureRecord withKey(ErasureRecord record, boolean keyErased) {
    return completed(record, keyErased, record.erased().contains(ErasedData.SPECIAL_CATEGORY_ANSWERS));
  }

  /** {@code record} completed with the case ids, if any were erased: what {@link #erase} adds. */
  static ErasureRecord withCaseIds(ErasureRecord record, boolean caseIdsErased) {
    if (!caseIdsErased || record.erased().contains(ErasedData.CASE_IDS)) {
      return record;
    }
    EnumSet<ErasedData> erased = EnumSet.of(ErasedData.CASE_IDS);
    erased.addAll(record.erased());
    return ErasureRecord.builder().from(record).erased(erased).build();
  }

  /** Whether {@link #erase} erases the special-category answers for this record: whether it names them. */
  static boolean erasesAnswers(ErasureRecord record) {
    return record.erased().contains(ErasedData.SPECIAL_CATEGORY_ANSWERS);
  }

  /**
   * {@code record} as {@link #erase} adds it: naming the matching key if one was erased, and the
   * special-category answers if and only if some were.
   */
  static ErasureRecord completed(ErasureRecord record, boolean keyErased, boolean answersErased) {
    EnumSet<ErasedData> erased = EnumSet.noneOf(ErasedData.class);
    erased.addAll(record.erased());
    if (keyErased) {
      erased.add(ErasedData.MATCHING_KEY);
    }
    if (answersErased) {
      erased.add(ErasedData.SPECIAL_CATEGORY_ANSWERS);
    } else {
      erased.remove(ErasedData.SPECIAL_CATEGORY_ANSWERS);
    }
    return erased.equals(record.erased()) ? record : ErasureRecord.builder().from(record).erased(erased).build();
  }
}
