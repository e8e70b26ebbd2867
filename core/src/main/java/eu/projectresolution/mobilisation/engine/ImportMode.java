package eu.projectresolution.mobilisation.engine;

/**
 * How {@link MobilisationEngine#importCommands} treats a batch in which some commands are refused:
 * the choice a partner makes when it migrates a caseload or syncs nightly from its case-management
 * system.
 */
public enum ImportMode {
  /** Every accepted command is recorded; the refused ones are reported and written nowhere. */
  EACH_ON_ITS_OWN,
  /** The batch is recorded only if no command is refused; else nothing is, and the report says why. */
  ALL_OR_NOTHING,
  /** Nothing is recorded: the report says what would be, to check a file before importing it. */
  VALIDATE_ONLY
}
