package eu.projectresolution.mobilisation.transfer;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One problem in a rule file or context file: where (a JSON path such as
 * {@code $.practice.elements[1].requirements[0].anyOf[0]}) and what, in plain words with the fix.
 */
public record TransferFileProblem(String path, String message) implements Serializable {
  private static final long serialVersionUID = 1L;

  public TransferFileProblem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
