package eu.projectresolution.mobilisation.document;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One thing wrong with a document (a practice sheet, a transfer rule file, a transfer context file):
 * where it is, what kind of problem it is and what to do about it.
 *
 * <pre>
 * $.implementation.coordination[2].headcount: is 0: it must be at least 1
 * $.practice.elements[0].requirements[0].anyOf[0]: "LIBRARY" is not a known value: use one of ...
 * </pre>
 *
 * @param path where the problem is, as a JSON path from the document's root {@code $}, such as
 *     {@code $.organisation.name} or {@code $.practice.elements[1].requirements[0].anyOf[0]}; a field whose
 *     name is not a plain word is written {@code $.sources['population.detail']}
 * @param code the kind of problem, stable across releases
 * @param message what is wrong and how to fix it, in plain words, without the path
 */
public record DocumentProblem(String path, ProblemCode code, String message) implements Serializable {
  private static final long serialVersionUID = 1L;

  public DocumentProblem {
    requireNonNull(path, "path");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }

  /** The path and the message, e.g. {@code $.organisation.name: is missing: add "name"}. */
  public String describe() {
    return path + ": " + message;
  }

  /** The same as {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
