package eu.projectresolution.mobilisation.beneficiary;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * What lets a programme recognise a person it has met before without deriving anything from their
 * identity that outlives it: a keyed hash of the person's normalised identity (see {@link
 * IdentityMatcher}), computed with a secret only the host holds. Without the secret nobody can tell
 * whose key it is, even holding a candidate name and phone number.
 *
 * <p>A matching key is personal data: it is kept only beside the person's {@link PersonalDetails},
 * behind the {@link eu.projectresolution.mobilisation.port.PersonalData} port, never in pathways or
 * statistics, and it is erased with the details. {@link #toString()} never prints it.
 *
 * @param value the key in lower-case hexadecimal, 32 to 128 digits (64 for {@link IdentityMatcher})
 */
public record MatchingKey(String value) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{32,128}");

  public MatchingKey {
    checkArgument(value != null, "matching key is missing");
    checkArgument(
        HEX.matcher(value).matches(),
        "matching key is not valid: it must be 32 to 128 lower-case hexadecimal digits, as IdentityMatcher computes it");
  }

  @JsonCreator
  public static MatchingKey of(String value) {
    return new MatchingKey(value);
  }

  /** The key as stored, in lower-case hexadecimal. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return "MatchingKey[redacted]";
  }
}
