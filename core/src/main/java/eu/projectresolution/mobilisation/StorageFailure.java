package eu.projectresolution.mobilisation;

/**
 * A store could not do what was asked: the database refused a statement, a connection was lost, a
 * stored record could not be read back. Storage adapters throw it (or one of its subtypes) for every
 * failure of their own, so that nothing storage-specific (an {@code SQLException}, say) crosses a port;
 * the message says what could not be done, where, and what to do.
 *
 * <p>The subtypes tell apart the situations a host reacts to differently:
 *
 * <ul>
 *   <li>{@link StoreNotReady}: the store is not set up for the engine; fix the setup, retrying does not
 *       help;
 *   <li>{@link RetriesExhausted}: concurrent writers kept getting in first; retry later;
 *   <li>{@link CommitNotConfirmed}: the command may or may not be recorded; retry with the same command
 *       id, which is recognised if it was.
 * </ul>
 */
public class StorageFailure extends MobilisationException {
  private static final long serialVersionUID = 1L;

  public StorageFailure(String message) {
    super(message);
  }

  public StorageFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
