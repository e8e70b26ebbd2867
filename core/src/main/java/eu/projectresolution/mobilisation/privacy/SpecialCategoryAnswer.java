package eu.projectresolution.mobilisation.privacy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.SpecialCategory;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One answer to a special-category question (disability, foreign background, minority, housing
 * exclusion, refugee status), kept in the personal-data store rather than in the pathway: the event
 * that recorded it, at {@link #version()}, holds only the mark that the question was answered. It
 * carries its lawful basis ({@link SensitiveAnswer#legalBasis()}: the person's explicit consent, or a
 * legal obligation such as the ESF+ monitoring); an erasure removes it for good.
 *
 * <p>The person's facts are computed with these answers put back into the events, so reports count
 * them as if they had been written in the pathway.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecialCategoryAnswer.class)
@JsonDeserialize(as = ImmutableSpecialCategoryAnswer.class)
public interface SpecialCategoryAnswer {
  BeneficiaryId beneficiaryId();

  /** The version of the pathway event that recorded the answer (a capture, a profile update, an entry status or its correction). */
  long version();

  SpecialCategory category();

  SensitiveAnswer answer();

  /** Why the answer may be kept: absent for a person who declined to answer. */
  default Optional<LegalBasis> lawfulBasis() {
    return answer().legalBasis();
  }

  static SpecialCategoryAnswer of(BeneficiaryId beneficiary, long version, SpecialCategory category, SensitiveAnswer answer) {
    return ImmutableSpecialCategoryAnswer.builder()
        .beneficiaryId(beneficiary).version(version).category(category).answer(answer).build();
  }
}
