package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An appointment ("rendez-vous") of the short adapted accompaniment: people want 3 to 4, not a long
 * programme. Recording the same appointment id again updates its status (planned, then attended or
 * missed).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAppointment.class)
@JsonDeserialize(as = ImmutableAppointment.class)
public interface Appointment {
  @Value.Parameter
  AppointmentId id();

  @Value.Parameter
  LocalDate scheduledOn();

  @Value.Parameter
  AppointmentStatus status();

  static Appointment of(AppointmentId id, LocalDate scheduledOn, AppointmentStatus status) {
    return ImmutableAppointment.of(id, scheduledOn, status);
  }
}
