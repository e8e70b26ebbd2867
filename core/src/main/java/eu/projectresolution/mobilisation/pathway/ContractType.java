package eu.projectresolution.mobilisation.pathway;

/**
 * The kind of job a person holds at a follow-up, as the French work-integration (IAE) exit categories
 * distinguish them. Outcome rules decide what each counts as; the contract itself is a fact.
 */
public enum ContractType {
  /** An open-ended contract ("CDI"). */
  OPEN_ENDED,
  /** A fixed-term contract ("CDD"); give its duration. */
  FIXED_TERM,
  /** Temporary agency work ("intérim"); give the assignment's duration. */
  TEMPORARY_AGENCY,
  /** A tenured civil-service post ("titularisation dans la fonction publique"). */
  CIVIL_SERVICE,
  /** A subsidised contract with an ordinary employer ("contrat aidé chez un employeur de droit commun"). */
  SUBSIDISED_CONTRACT,
  /** A job in another work-integration structure (SIAE). */
  WORK_INTEGRATION,
  /** Self-employment. */
  SELF_EMPLOYED
}
