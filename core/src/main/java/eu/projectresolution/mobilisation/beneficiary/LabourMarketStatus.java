package eu.projectresolution.mobilisation.beneficiary;

/**
 * A participant's labour-market status when they entered the programme: exactly one of these, as the
 * ESF+ common output indicators count them (Regulation (EU) 2021/1057, Annex I: EECO02 to EECO05).
 */
public enum LabourMarketStatus {
  /** Without work, available for work and looking for it, for less than the long-term threshold. */
  UNEMPLOYED,
  /** Unemployed for more than 12 months (more than 6 months for people under 25). */
  LONG_TERM_UNEMPLOYED,
  /** Neither employed nor unemployed: not looking for work or not available for it. */
  INACTIVE,
  /** In employment, including self-employment. */
  EMPLOYED;

  /** Whether the status is unemployment, long-term or not (ESF+ EECO02). */
  public boolean unemployed() {
    return this == UNEMPLOYED || this == LONG_TERM_UNEMPLOYED;
  }
}
