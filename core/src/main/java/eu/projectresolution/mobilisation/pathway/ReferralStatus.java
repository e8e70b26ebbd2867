package eu.projectresolution.mobilisation.pathway;

/**
 * Where a referral to a mainstream scheme stands: proposed to the person, accepted by the scheme,
 * started, or declined. A referral moves forward only: proposed → accepted → started, and declined
 * from proposed or accepted.
 */
public enum ReferralStatus {
  PROPOSED,
  ACCEPTED,
  STARTED,
  DECLINED;

  /** Whether a referral with this status may move to {@code next}. */
  public boolean canMoveTo(ReferralStatus next) {
    return switch (this) {
      case PROPOSED -> next != PROPOSED;
      case ACCEPTED -> next == STARTED || next == DECLINED;
      case STARTED, DECLINED -> false;
    };
  }
}
