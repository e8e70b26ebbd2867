package eu.projectresolution.mobilisation;

/**
 * Why the engine refused a command. The codes are stable: hosts can translate them, count them and
 * react to them; the accompanying message is for people.
 */
public enum RefusalCode {
  /** The pathway model does not allow moving from the person's current stage to the requested one. */
  TRANSITION_NOT_ALLOWED,
  /**
   * The pathway model in use has no stage for this step (e.g. a model without orientation), or does not
   * declare this partner step (field {@code step} of {@code RecordPartnerStep}).
   */
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
  RECORD_ALREADY_EXISTS,
  /** The person has not been welcomed yet: facts about their entry are recorded from the welcome on. */
  NOT_YET_WELCOMED,
  /** The person's status at entry is already recorded: a person has exactly one entry status. */
  ENTRY_STATUS_ALREADY_RECORDED,
  /** The person has no recorded exit for a follow-up observation to follow. */
  NO_EXIT_RECORDED,
  /** The follow-up observation is dated before the exit it follows. */
  FOLLOW_UP_BEFORE_EXIT,
  /** The follow-up observation's date does not fit its moment's window, as the programme declares it. */
  FOLLOW_UP_OUTSIDE_WINDOW,
  /** The period asked for ends before it starts. */
  PERIOD_ENDS_BEFORE_START,
  /** An amount is in another currency than the programme's budget. */
  CURRENCY_MISMATCH,
  /** The event a correction or a void names is not in the pathway (or is itself a correction, or was voided). */
  UNKNOWN_EVENT,
  /** The correction does not apply to that kind of event, or would leave the pathway inconsistent. */
  CORRECTION_NOT_APPLICABLE,
  /** The event cannot be voided: a capture never, a move along the pathway only while it is the latest event. */
  EVENT_NOT_VOIDABLE,

  // The personal-data lifecycle (issue 14).

  /**
   * The person's consent to the purpose is not in force on the day: a withdrawal of a consent never
   * given (or already withdrawn or expired), or a command that needs the consent without it.
   */
  CONSENT_NOT_IN_FORCE,

  // Open declarations (issue 16).

  /** The programme does not declare the follow-up moment (a programme declaring none observes at the standard three). */
  FOLLOW_UP_MOMENT_NOT_DECLARED,
  /**
   * A situation gives an answer to a question the programme does not ask ({@code Programme.situationAnswers}):
   * a misspelt code would otherwise never count in any figure.
   */
  SITUATION_ANSWER_NOT_DECLARED
}
