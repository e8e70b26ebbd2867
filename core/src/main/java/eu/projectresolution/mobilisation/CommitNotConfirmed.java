package eu.projectresolution.mobilisation;

/**
 * The store asked the database to commit, and the answer never came back (the connection broke, say):
 * the command may or may not be recorded. Read it back, or retry it with the same command id, which the
 * engine recognises and answers with the original result if the first attempt went through.
 */
public final class CommitNotConfirmed extends StorageFailure {
  private static final long serialVersionUID = 1L;

  public CommitNotConfirmed(String message, Throwable cause) {
    super(message, cause);
  }
}
