package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.annotation.JsonCreator;
import eu.projectresolution.mobilisation.UuidIdentifier;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.UUID;

/** Identifies an {@link Appointment} within a pathway. */
public final class AppointmentId extends UuidIdentifier {
  /**
   * The id that is {@code value}; {@code of(value)} says the same.
   *
   * @throws IllegalArgumentException if {@code value} is null
   */
  public AppointmentId(UUID value) {
    super(value, "appointment id");
  }

  public static AppointmentId of(UUID value) {
    return new AppointmentId(value);
  }

  @JsonCreator
  public static AppointmentId of(String value) {
    return new AppointmentId(Identifiers.parseUuid(value, "appointment id"));
  }

  /** A new random id. */
  public static AppointmentId random() {
    return new AppointmentId(UUID.randomUUID());
  }
}
