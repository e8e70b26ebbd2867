package eu.projectresolution.mobilisation.practice;

/** The two things ReSolution selects practices on. */
public enum Dimension {
  /** How new the practice is for the professionals who would take it up. */
  INNOVATION,
  /** How well it would work elsewhere: another territory, another country. */
  TRANSFERABILITY
}
