package eu.projectresolution.mobilisation.beneficiary;

/**
 * The questions whose answers reveal special categories of personal data (GDPR Art. 9) or status as
 * sensitive: the ESF+ asks them of participants, and the engine keeps their answers apart from the
 * pathway, in the personal-data store, where an erasure removes them (see {@code
 * privacy.SpecialCategoryAnswer}).
 */
public enum SpecialCategory {
  /** {@link EntryStatus#disability()}: reveals health. */
  DISABILITY,
  /** {@link EntryStatus#foreignBackground()}: may reveal ethnic origin. */
  FOREIGN_BACKGROUND,
  /** {@link EntryStatus#minority()}: reveals ethnic origin. */
  MINORITY,
  /** {@link EntryStatus#homelessOrHousingExcluded()}. */
  HOMELESS_OR_HOUSING_EXCLUDED,
  /** {@link Profile#refugee()}: refugee or beneficiary of international protection. */
  REFUGEE
}
