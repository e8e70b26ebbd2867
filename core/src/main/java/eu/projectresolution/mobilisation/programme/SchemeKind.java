package eu.projectresolution.mobilisation.programme;

/** What a mainstream scheme offers, which decides how a referral to it is read by outcome rules. */
public enum SchemeKind {
  /** Registration and counselling with the public employment service. */
  PUBLIC_EMPLOYMENT_SERVICE,
  /** Another accompaniment programme (youth guarantee, social accompaniment, ...). */
  ACCOMPANIMENT,
  /** Vocational or qualifying training. */
  TRAINING,
  /** A job offer or recruitment process with an employer or agency. */
  EMPLOYMENT,
  /** Work in a work-integration structure (IAE). */
  WORK_INTEGRATION,
  /** Social, health, housing or mobility help. */
  SOCIAL_SUPPORT,
  /** Membership of a local association, sports or cultural activity. */
  COMMUNITY_LIFE,
  /** Business creation support. */
  ENTREPRENEURSHIP,
  OTHER
}
