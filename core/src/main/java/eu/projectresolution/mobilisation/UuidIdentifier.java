package eu.projectresolution.mobilisation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * An identifier that is a UUID and nothing more, such as a {@link CommandId} or a person's {@link
 * eu.projectresolution.mobilisation.beneficiary.BeneficiaryId}: two identifiers are equal when they
 * are of the same kind and hold the same UUID, and they read and write as that UUID's text in JSON.
 *
 * <p>The UUID is kept as its two halves rather than as a {@link UUID} object: a store keeps several
 * of these per event (the person's, the command's, a referral's), and the object would add 32 bytes
 * of heap to each. {@link #value()} makes the UUID when asked.
 */
public abstract class UuidIdentifier {
  private final long mostSignificantBits;
  private final long leastSignificantBits;

  /**
   * @param value the UUID
   * @param what the name of the identifier, for the error message when {@code value} is missing (e.g.
   *     "command id")
   * @throws IllegalArgumentException if {@code value} is null
   */
  protected UuidIdentifier(UUID value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    this.mostSignificantBits = value.getMostSignificantBits();
    this.leastSignificantBits = value.getLeastSignificantBits();
  }

  /** The UUID. */
  @JsonValue
  public final UUID value() {
    return new UUID(mostSignificantBits, leastSignificantBits);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((UuidIdentifier) other).mostSignificantBits == mostSignificantBits
        && ((UuidIdentifier) other).leastSignificantBits == leastSignificantBits;
  }

  /** The hash of the UUID, as {@link UUID#hashCode()} gives it. */
  @Override
  public final int hashCode() {
    long both = mostSignificantBits ^ leastSignificantBits;
    return (int) (both >> 32) ^ (int) both;
  }

  /** The UUID's text, e.g. {@code 3f1c2a9e-8d4b-4c1e-9a7f-2b6d5e8c1a00}. */
  @Override
  public final String toString() {
    return value().toString();
  }
}
