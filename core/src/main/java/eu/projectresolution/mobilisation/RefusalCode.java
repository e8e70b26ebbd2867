package eu.projectresolution.mobilisation;

/**
 * Why the engine refused a command. The codes are stable: hosts can translate them, count them and
 * react to them; the accompanying message is for people.
 */
public enum RefusalCode {
  /** The pathway model does not allow moving from the person's current stage to the requested one. */
  TRANSITION_NOT_ALLOWED,
  /** The pathway model in use has no stage for this step (e.g. a model without orientation). */
  STEP_NOT_IN_MODEL,
  /** The date is before the date of the pathway's latest recorded event. */
  DATE_BEFORE_PREVIOUS_EVENT,
  /** The date is after today. */
  DATE_IN_FUTURE,
  /** The date lies outside the programme's period. */
  OUTSIDE_PROGRAMME_PERIOD,
  /** The person has already exited: record a new welcome (re-entry) before another exit. */
  EXIT_ALREADY_RECORDED,
  /** No pathway exists for this beneficiary id in this tenant. */
  UNKNOWN_BENEFICIARY,
  /** A pathway already exists for this beneficiary id: record a new contact instead of a new capture. */
  BENEFICIARY_ALREADY_CAPTURED,
  /** No partner of the programme provides a scheme with this id. */
  UNKNOWN_SCHEME,
  /** No programme with this id is registered for this tenant. */
  UNKNOWN_PROGRAMME,
  /** The programme has no site with this id. */
  UNKNOWN_SITE,
  /** The programme has no partner with this id. */
  UNKNOWN_PARTNER,
  /** No outreach event with this id is recorded for the programme. */
  UNKNOWN_OUTREACH_EVENT,
  /** The pathway has no referral with this id. */
  UNKNOWN_REFERRAL,
  /** The referral's current status does not allow the requested one (e.g. started after declined). */
  REFERRAL_STATUS_NOT_ALLOWED,
  /** The appointment was already recorded as attended or missed. */
  APPOINTMENT_ALREADY_HELD,
  /** The appointment's scheduled date does not fit its status (attended in the future, planned in the past). */
  APPOINTMENT_DATE_INCONSISTENT,
  /** A record with this id already exists with different content. */
  RECORD_ALREADY_EXISTS
}
