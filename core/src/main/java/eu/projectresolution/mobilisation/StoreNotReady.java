package eu.projectresolution.mobilisation;

/**
 * The store is not set up for the engine, and retrying will not change that: its tables are missing
 * (run the migrations), a migration's backfill has not been run yet, or it would lose commands it
 * acknowledged (an H2 file database without {@code WRITE_DELAY=0}). The message names the fix.
 */
public final class StoreNotReady extends StorageFailure {
  private static final long serialVersionUID = 1L;

  public StoreNotReady(String message) {
    super(message);
  }

  public StoreNotReady(String message, Throwable cause) {
    super(message, cause);
  }
}
