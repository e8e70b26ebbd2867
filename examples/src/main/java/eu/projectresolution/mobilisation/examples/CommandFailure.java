package eu.projectresolution.mobilisation.examples;

/**
 * A command that could not do its job for a reason the user can act on. The message says, in one
 * line, what went wrong and how to fix it ("Cannot read register.csv: no such file; check the path");
 * the program prints it without a stack trace unless {@code --verbose} is given.
 */
public final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CommandFailure(String message) {
    super(message);
  }

  public CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
