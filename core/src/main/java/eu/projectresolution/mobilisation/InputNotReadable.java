package eu.projectresolution.mobilisation;

/**
 * A stream the caller handed over could not be read (an I/O error of the stream, not a mistake in what
 * it holds: a document with mistakes gets its list of problems instead).
 */
public final class InputNotReadable extends MobilisationException {
  private static final long serialVersionUID = 1L;

  public InputNotReadable(String message, Throwable cause) {
    super(message, cause);
  }
}
