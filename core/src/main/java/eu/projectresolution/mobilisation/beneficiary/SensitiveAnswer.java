package eu.projectresolution.mobilisation.beneficiary;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant's answer to a question about a special category of personal data that the ESF+ asks
 * for (disability, minority, foreign background, housing exclusion): yes, no, or declined to answer.
 * A yes or a no is recorded only with its {@link LegalBasis}; a person may always decline, and is then
 * counted in none of the categories.
 *
 * <pre>{@code
 * SensitiveAnswer disability = SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT);
 * SensitiveAnswer minority = SensitiveAnswer.declined();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSensitiveAnswer.class)
@JsonDeserialize(as = ImmutableSensitiveAnswer.class)
public interface SensitiveAnswer {
  /** What the person answered. */
  enum Answer {
    YES,
    NO,
    DECLINED_TO_ANSWER
  }

  Answer answer();

  /** Why the answer may be recorded; required for a yes or a no. */
  Optional<LegalBasis> legalBasis();

  @JsonIgnore
  default boolean isYes() {
    return answer() == Answer.YES;
  }

  @JsonIgnore
  default boolean isDeclined() {
    return answer() == Answer.DECLINED_TO_ANSWER;
  }

  @Value.Check
  default void check() {
    checkArgument(
        answer() == Answer.DECLINED_TO_ANSWER || legalBasis().isPresent(),
        "sensitiveAnswer.legalBasis is missing for answer %s: record the person's explicit consent or the "
            + "legal obligation that allows recording it, or record DECLINED_TO_ANSWER",
        answer());
  }

  static SensitiveAnswer yes(LegalBasis legalBasis) {
    return ImmutableSensitiveAnswer.builder().answer(Answer.YES).legalBasis(legalBasis).build();
  }

  static SensitiveAnswer no(LegalBasis legalBasis) {
    return ImmutableSensitiveAnswer.builder().answer(Answer.NO).legalBasis(legalBasis).build();
  }

  static SensitiveAnswer declined() {
    return ImmutableSensitiveAnswer.builder().answer(Answer.DECLINED_TO_ANSWER).build();
  }
}
