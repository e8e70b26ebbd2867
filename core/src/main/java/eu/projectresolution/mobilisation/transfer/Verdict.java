package eu.projectresolution.mobilisation.transfer;

/**
 * Whether a practice element, or a whole practice, can work in a target territory. The constants are
 * ordered from best to worst, so that {@link #worst(Verdict, Verdict)} and {@link #isWorseThan(Verdict)}
 * follow the declaration order.
 */
public enum Verdict {
  /** Carries over as it is: every requirement is met. */
  TRANSFERABLE,
  /** Carries over with a named adaptation: some requirement is not met, but a known adaptation is possible there. */
  ADAPT,
  /** Cannot work there: a requirement is not met and no adaptation is possible. The unmet requirement is named. */
  NOT_TRANSFERABLE;

  /** Whether this verdict is strictly worse than {@code other}. */
  public boolean isWorseThan(Verdict other) {
    return compareTo(other) > 0;
  }

  /** The worse of two verdicts. */
  public static Verdict worst(Verdict a, Verdict b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
