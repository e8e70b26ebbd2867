package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.annotation.JsonCreator;
import eu.projectresolution.mobilisation.UuidIdentifier;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.UUID;

/** Identifies a {@link Referral} within a pathway. */
public final class ReferralId extends UuidIdentifier {
  /**
   * The id that is {@code value}; {@code of(value)} says the same.
   *
   * @throws IllegalArgumentException if {@code value} is null
   */
  public ReferralId(UUID value) {
    super(value, "referral id");
  }

  public static ReferralId of(UUID value) {
    return new ReferralId(value);
  }

  @JsonCreator
  public static ReferralId of(String value) {
    return new ReferralId(Identifiers.parseUuid(value, "referral id"));
  }

  /** A new random id. */
  public static ReferralId random() {
    return new ReferralId(UUID.randomUUID());
  }
}
