package eu.projectresolution.mobilisation.capture;

/** How a person was reached. Channels other than a walk-in or an event at a site are outreach. */
public enum CaptureChannel {
  /** At an outreach event such as a Recrut'Café in a building hall or a shop. */
  OUTREACH_EVENT(true),
  /** Door-to-door neighbourhood contact ("îlotage social"). */
  DOOR_TO_DOOR(true),
  /** Sent by a neighbourhood or social landlord's mediator, an adult relay. */
  MEDIATOR_REFERRAL(true),
  /** Sent by a partner organisation. */
  PARTNER_REFERRAL(true),
  /** Came after seeing a poster or flyer. */
  POSTER_OR_FLYER(true),
  /** Met during a collaborative action outside the sites (a volleyball match, a reverse job fair). */
  COLLABORATIVE_ACTION(true),
  /** Came to a site on their own. */
  WALK_IN(false),
  /** Came to an event hosted at a site. */
  SITE_EVENT(false);

  private final boolean outsideSites;

  CaptureChannel(boolean outsideSites) {
    this.outsideSites = outsideSites;
  }

  /** Whether this channel reaches people in their living places, outside the sites. */
  public boolean outsideSites() {
    return outsideSites;
  }
}
