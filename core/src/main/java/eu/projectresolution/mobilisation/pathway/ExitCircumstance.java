package eu.projectresolution.mobilisation.pathway;

/**
 * A circumstance that ended a pathway for reasons that say nothing about what the programme achieved.
 * Funders' rules withdraw such exits from their rates: the French IAE statistics call them
 * "sorties neutralisées".
 */
public enum ExitCircumstance {
  /** Long illness or sick leave. */
  LONG_ILLNESS,
  /** Maternity, paternity or parental leave. */
  MATERNITY_OR_PARENTAL_LEAVE,
  /** Imprisonment. */
  INCARCERATION,
  /** Death of the person. */
  DEATH,
  /** Retirement. */
  RETIREMENT
}
