package eu.projectresolution.mobilisation.privacy;

/** The classes of data an erasure removed, as its audit entry lists them (never the values). */
public enum ErasedData {
  /** Given and family names, exact birth date. */
  IDENTITY,
  /** Phone number and e-mail address. */
  CONTACT_DETAILS,
  /** Counsellors' free-text notes. */
  NOTES,
  /** The keyed hash that recognised the person met again ({@code MatchingKey}). */
  MATCHING_KEY,
  /** The partner's own case ids for the person ({@code CaseId}). */
  CASE_IDS,
  /** The answers to special-category questions (disability, minority, refugee status...), with their lawful basis. */
  SPECIAL_CATEGORY_ANSWERS,
  /** The detail of the pathway no report counts: free text, staff members, typing instants ({@link PathwayDetail}). */
  PATHWAY_DETAIL
}
