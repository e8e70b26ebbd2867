package eu.projectresolution.mobilisation.transfer;

import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.document.InvalidDocument;
import java.util.List;

/**
 * A rule file or a context file could not be read. {@link #problems()} lists every problem found, each
 * with its JSON path and code, not only the first: fix them all and read the file again.
 *
 * <pre>
 * The rule file has 2 problems:
 *   $.practice.elements[1].requirements[0].anyOf[0]: "TEMP_AGENCY" is not a known value: use one of ...
 *   $.adaptations[0].colour: unknown field "colour": remove it or correct its spelling; allowed fields ...
 * </pre>
 */
public final class InvalidTransferFile extends InvalidDocument {
  private static final long serialVersionUID = 1L;

  /**
   * @param what the kind of file, in words: "rule file", "context file"
   * @param problems every problem found, at least one
   */
  public InvalidTransferFile(String what, List<DocumentProblem> problems) {
    super(what, problems);
  }
}
