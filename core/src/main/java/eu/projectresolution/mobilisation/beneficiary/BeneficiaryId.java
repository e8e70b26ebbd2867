package eu.projectresolution.mobilisation.beneficiary;

import com.fasterxml.jackson.annotation.JsonCreator;
import eu.projectresolution.mobilisation.UuidIdentifier;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.time.Clock;
import java.util.UUID;

/**
 * The pseudonymous identifier of a person reached by a programme. It carries no meaning: the link to a
 * name or a phone number exists only in the {@link eu.projectresolution.mobilisation.port.PersonalData}
 * store, so statistics keyed by this id survive the erasure of the person's identity.
 */
public final class BeneficiaryId extends UuidIdentifier {
  /**
   * The id that is {@code value}; {@code of(value)} says the same.
   *
   * @throws IllegalArgumentException if {@code value} is null
   */
  public BeneficiaryId(UUID value) {
    super(value, "beneficiary id");
  }

  public static BeneficiaryId of(UUID value) {
    return new BeneficiaryId(value);
  }

  @JsonCreator
  public static BeneficiaryId of(String value) {
    return new BeneficiaryId(Identifiers.parseUuid(value, "beneficiary id"));
  }

  /**
   * A new id for a person met now, which sorts after the ids made before it: a version 7 UUID, its
   * first 48 bits the time in milliseconds, the other 74 random. Prefer it to {@link #random()} for
   * people recorded in a database: their events are stored by person, and ids in the order people
   * were met keep each new person's rows at the end of the indexes rather than on pages anywhere in
   * them (see docs/storage-jdbc.md). The id tells roughly when it was made, as the person's capture
   * event does anyway; it says nothing else about them.
   */
  public static BeneficiaryId timeOrdered() {
    return new BeneficiaryId(Identifiers.timeOrderedUuid(Clock.systemUTC()));
  }

  /** A new random id, for a person met for the first time. */
  public static BeneficiaryId random() {
    return new BeneficiaryId(UUID.randomUUID());
  }
}
