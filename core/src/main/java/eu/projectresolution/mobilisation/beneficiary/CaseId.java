package eu.projectresolution.mobilisation.beneficiary;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Checks;

/**
 * A partner's own id for a person's case, as its case-management system numbers it ("C-2017-0042"):
 * how the partner's records address people in a bulk import. It leads back to who the person is in the
 * partner's system, so it is personal data: it is kept only beside the person's {@link PersonalDetails},
 * behind the {@link eu.projectresolution.mobilisation.port.PersonalData} port, mapped to the
 * pseudonymous {@link BeneficiaryId} (never derived into it), and erased with the details.
 *
 * @param value 1 to {@value #MAX_LENGTH} characters, no line breaks or other control characters
 */
public record CaseId(String value) {
  /** The longest case id, in characters. */
  public static final int MAX_LENGTH = 100;

  public CaseId {
    Checks.checkNotBlankText(value, "case id", MAX_LENGTH);
    checkArgument(value.chars().noneMatch(Character::isISOControl),
        "case id '%s' holds a control character (a line break, a tab...): give the id as the partner's system shows it",
        value.replaceAll("\\p{Cntrl}", "?"));
  }

  @JsonCreator
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
