package eu.projectresolution.mobilisation.practice;

/** Whether a practice has been applied somewhere other than where it was born (section 5 of the form). */
public enum AppliedElsewhere {
  YES,
  PARTIALLY,
  NO;

  /** Whether the sheet must then say where, in {@link Transferability#whereApplied()}. */
  public boolean needsPlaces() {
    return this != NO;
  }
}
