package eu.projectresolution.mobilisation.pathway;

/** Where an appointment of the adapted accompaniment stands. */
public enum AppointmentStatus {
  PLANNED,
  ATTENDED,
  /** The person did not come. */
  NO_SHOW;

  /** Whether the appointment is over (attended or missed). */
  public boolean held() {
    return this != PLANNED;
  }
}
