package eu.projectresolution.mobilisation.pathway;

import java.time.LocalDate;

/**
 * When, relative to the exit, a follow-up observation is made. The ESF+ measures immediate results
 * "upon leaving" (within four weeks) and longer-term results six months after leaving; the French IAE
 * categories read the situation at exit.
 */
public enum FollowUpMoment {
  /** On the day of the exit. */
  AT_EXIT,
  /** From the day of the exit to four weeks (28 days) after it. */
  WITHIN_FOUR_WEEKS,
  /** From six to seven months after the exit. */
  SIX_MONTHS;

  /** The first day an observation at this moment may be dated, for an exit on {@code exitOn}. */
  public LocalDate earliest(LocalDate exitOn) {
    return this == SIX_MONTHS ? exitOn.plusMonths(6) : exitOn;
  }

  /** The last day an observation at this moment may be dated, for an exit on {@code exitOn}. */
  public LocalDate latest(LocalDate exitOn) {
    return switch (this) {
      case AT_EXIT -> exitOn;
      case WITHIN_FOUR_WEEKS -> exitOn.plusDays(28);
      case SIX_MONTHS -> exitOn.plusMonths(7);
    };
  }

  /** Whether an observation on {@code day} fits this moment, for an exit on {@code exitOn}. */
  public boolean fits(LocalDate exitOn, LocalDate day) {
    return !day.isBefore(earliest(exitOn)) && !day.isAfter(latest(exitOn));
  }
}
