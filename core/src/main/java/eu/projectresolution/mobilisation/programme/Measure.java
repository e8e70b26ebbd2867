package eu.projectresolution.mobilisation.programme;

/**
 * A count a programme declares a target or a baseline for. The matching achieved value is always
 * computed from stored records.
 */
public enum Measure {
  /** People contacted in their living environment, outside the sites. */
  PEOPLE_CAPTURED_OUTSIDE_SITES,
  /** People welcomed at the sites. */
  PEOPLE_WELCOMED,
  /** People given adapted accompaniment. */
  PEOPLE_ACCOMPANIED,
  /** Referrals made to mainstream schemes. */
  REFERRALS,
  /** People referred to mainstream schemes (counted once however many referrals they had). */
  PEOPLE_REFERRED,
  /** Accompanied people whose exit was positive. */
  POSITIVE_EXITS,
  /** Collaborative actions conducted with partners. */
  COLLABORATIVE_ACTIONS,
  /** Events hosted at the sites. */
  SITE_EVENTS,
  /** Outreach events such as Recrut'Cafés. */
  OUTREACH_EVENTS
}
