package eu.projectresolution.mobilisation.practice;

/** A field a practice works in ("aspects traités / domaines couverts" on the form). */
public enum Domain {
  EDUCATION,
  EMPLOYMENT,
  /** Vocational training ("formation professionnelle"). */
  VOCATIONAL_TRAINING,
  /** Entrepreneurship ("entrepreneuriat"). */
  ENTREPRENEURSHIP,
  /** Social inclusion ("inclusion sociale"). */
  SOCIAL_INCLUSION,
  /** Another field, described in {@link Initiative#otherDomain()} (SIPA: "socio culturel"). */
  OTHER
}
