package eu.projectresolution.mobilisation;

/**
 * The engine failed in a way no caller could have prevented: a resource missing from its jar, a value
 * of its own it could not serialise. It means a broken installation or a defect: report it with the
 * message and the stack trace.
 */
public final class EngineFailure extends MobilisationException {
  private static final long serialVersionUID = 1L;

  public EngineFailure(String message) {
    super(message);
  }

  public EngineFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
