package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.UUID;

/** Identifies a {@link Referral} within a pathway. */
public record ReferralId(UUID value) {
  public ReferralId {
    Identifiers.checkUuid(value, "referral id");
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

  @JsonValue
  @Override
  public UUID value() {
    return value;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
