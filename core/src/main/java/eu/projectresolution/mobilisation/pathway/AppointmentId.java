package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.UUID;

/** Identifies an {@link Appointment} within a pathway. */
public record AppointmentId(UUID value) {
  public AppointmentId {
    Identifiers.checkUuid(value, "appointment id");
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
