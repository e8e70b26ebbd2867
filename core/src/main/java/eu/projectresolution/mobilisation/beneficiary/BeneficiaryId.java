package eu.projectresolution.mobilisation.beneficiary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.UUID;

/**
 * The pseudonymous identifier of a person reached by a programme. It carries no meaning: the link to a
 * name or a phone number exists only in the {@link eu.projectresolution.mobilisation.port.PersonalData}
 * store, so statistics keyed by this id survive the erasure of the person's identity.
 */
public record BeneficiaryId(UUID value) {
  public BeneficiaryId {
    Identifiers.checkUuid(value, "beneficiary id");
  }

  public static BeneficiaryId of(UUID value) {
    return new BeneficiaryId(value);
  }

  @JsonCreator
  public static BeneficiaryId of(String value) {
    return new BeneficiaryId(Identifiers.parseUuid(value, "beneficiary id"));
  }

  /** A new random id, for a person met for the first time. */
  public static BeneficiaryId random() {
    return new BeneficiaryId(UUID.randomUUID());
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
