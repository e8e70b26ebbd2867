package eu.projectresolution.mobilisation.pathway;

/**
 * Why a person left the programme, as the counsellor records it. Whether an exit is positive is not
 * decided here but by an outcome rule reading the exit's observed situation and the referrals.
 */
public enum ExitReason {
  /** Went into employment. */
  EMPLOYMENT,
  /** Linked with a mainstream scheme (registration, another accompaniment). */
  MAINSTREAM_SCHEME,
  /** Started a training course. */
  TRAINING,
  /** The accompaniment ended as planned. */
  END_OF_ACCOMPANIMENT,
  /** Moved away from the territory. */
  MOVED_AWAY,
  /** Health, family or other personal reasons. */
  PERSONAL_REASONS,
  OTHER
}
