package eu.projectresolution.mobilisation;

/**
 * The store ran a transaction again several times, and each time a concurrent writer got in first (a
 * deadlock, a serialisation failure, a key taken meanwhile). Nothing was written: retry the command later,
 * with the same command id.
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
