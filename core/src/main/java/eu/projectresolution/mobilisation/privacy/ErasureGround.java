package eu.projectresolution.mobilisation.privacy;

/** Why a person's identifying data is erased: the legal ground, as the audit entry names it. */
public enum ErasureGround {
  /** The data are no longer necessary for the purposes they were collected for: GDPR Art. 17(1)(a). */
  NO_LONGER_NECESSARY("GDPR Art. 17(1)(a)"),
  /** The person withdrew the consent the processing rested on: GDPR Art. 17(1)(b). */
  CONSENT_WITHDRAWN("GDPR Art. 17(1)(b)"),
  /** The person objected to the processing: GDPR Art. 17(1)(c). */
  OBJECTION("GDPR Art. 17(1)(c)"),
  /** The data were processed unlawfully: GDPR Art. 17(1)(d). */
  UNLAWFULLY_PROCESSED("GDPR Art. 17(1)(d)"),
  /** A legal obligation requires the erasure: GDPR Art. 17(1)(e). */
  LEGAL_OBLIGATION("GDPR Art. 17(1)(e)"),
  /** The data were collected from a child for an information-society service: GDPR Art. 17(1)(f). */
  CHILD_INFORMATION_SOCIETY_SERVICE("GDPR Art. 17(1)(f)"),
  /** The programme's retention period for the data ended (storage limitation): GDPR Art. 5(1)(e). */
  RETENTION_PERIOD_ENDED("GDPR Art. 5(1)(e)");

  private final String article;

  ErasureGround(String article) {
    this.article = article;
  }

  /** The article of the regulation, e.g. "GDPR Art. 17(1)(a)". */
  public String article() {
    return article;
  }
}
