package eu.projectresolution.mobilisation.beneficiary;

/** Gender as the person declares it; ESF+ figures are broken down by women, men and non-binary. */
public enum Gender {
  WOMAN,
  MAN,
  NON_BINARY,
  /** The person did not say. */
  UNDECLARED
}
