package eu.projectresolution.mobilisation;

/**
 * The store ran a transaction again several times, and each time a concurrent writer got in first (a
 * deadlock, a serialisation failure, a key taken meanwhile). Nothing was written: retry the command later,
 * with the same command id.
 *
 * <p>A store taking part in a transaction the host runs never runs it again: it throws this at the
 * first deadlock or serialisation failure, having undone its own statements. Roll the host's
 * transaction back and run it again.
 */
public final class RetriesExhausted extends StorageFailure {
  private static final long serialVersionUID = 1L;

  private final int attempts;

  public RetriesExhausted(String message, int attempts, Throwable cause) {
    super(message, cause);
    this.attempts = attempts;
  }

  /** How many times the transaction ran before the store gave up. */
  public int attempts() {
    return attempts;
  }
}
