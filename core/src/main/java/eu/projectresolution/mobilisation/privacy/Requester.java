package eu.projectresolution.mobilisation.privacy;

/**
 * Who asked for an erasure, named by role so that the audit entry never holds the person's name.
 */
public enum Requester {
  /** The person the data are about. */
  THE_PERSON,
  /** Someone acting for the person: a legal representative, a guardian. */
  LEGAL_REPRESENTATIVE,
  /** A supervisory authority (the CNIL in France) or a court. */
  AUTHORITY,
  /** The programme itself: its retention periods, or its own review of what it holds. */
  THE_PROGRAMME
}
