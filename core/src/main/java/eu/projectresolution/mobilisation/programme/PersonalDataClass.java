package eu.projectresolution.mobilisation.programme;

/** The classes of a person's data a programme keeps for a time of its own ({@link RetentionPolicy}). */
public enum PersonalDataClass {
  /** Names, exact birth date and notes, and the matching key computed from them: erasing it erases every detail. */
  IDENTITY,
  /** Phone number and e-mail address. */
  CONTACT,
  /**
   * The answers to special-category questions (disability, foreign background, minority, housing
   * exclusion, refugee status): the facts already counted keep counting them.
   */
  SPECIAL_CATEGORY,
  /**
   * The detail of the pathway no report counts: free text (contact places, reasons of corrections),
   * the staff members who acted and the instants events were typed (see {@code privacy.PathwayDetail}).
   * The events, their days and every figure stay.
   */
  PATHWAY_DETAIL
}
