package eu.projectresolution.mobilisation.beneficiary;

/**
 * The highest level of education a participant completed, in the three groups of the International
 * Standard Classification of Education (ISCED 2011) that the ESF+ counts (EECO09 to EECO11).
 */
public enum EducationLevel {
  /** Primary or lower secondary education at most (ISCED 0 to 2). */
  ISCED_0_2,
  /** Upper secondary or post-secondary non-tertiary education (ISCED 3 and 4). */
  ISCED_3_4,
  /** Tertiary education (ISCED 5 to 8). */
  ISCED_5_8
}
