package eu.projectresolution.mobilisation.beneficiary;

/**
 * Why a programme may record an answer about a special category of personal data (disability,
 * minority, foreign background, housing exclusion): the person's explicit consent, or a rule of law.
 */
public enum LegalBasis {
  /** The person gave explicit consent (GDPR Art. 9(2)(a)). */
  EXPLICIT_CONSENT,
  /**
   * A legal obligation or a substantial public interest laid down in law, such as the ESF+ monitoring
   * obligations (GDPR Art. 9(2)(g)).
   */
  LEGAL_OBLIGATION,
  /** The answer comes from an administrative register the programme may consult. */
  ADMINISTRATIVE_REGISTER
}
