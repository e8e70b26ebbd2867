package eu.projectresolution.mobilisation.capture;

/** The kinds of outreach event resident-liaison counsellors run. */
public enum OutreachEventKind {
  /** A convivial recruiting session in a strategic place (building hall, shop) with an employer, a temp agency or a work-integration enterprise. */
  RECRUT_CAFE,
  /** An information stand at a market, a shopping centre, a festival. */
  INFORMATION_STAND,
  /** A door-to-door round in a neighbourhood. */
  DOOR_TO_DOOR_ROUND,
  /** A neighbourhood event organised with residents or associations. */
  NEIGHBOURHOOD_EVENT,
  OTHER
}
