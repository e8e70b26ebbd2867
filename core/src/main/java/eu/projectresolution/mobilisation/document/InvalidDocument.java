package eu.projectresolution.mobilisation.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.MobilisationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A document could not be accepted: a practice sheet ({@link
 * eu.projectresolution.mobilisation.practice.InvalidPracticeSheet}) or a transfer rule or context file
 * ({@link eu.projectresolution.mobilisation.transfer.InvalidTransferFile}). It carries every problem
 * found, not only the first, each with its JSON path; the message lists them one per line:
 *
 * <pre>
 * The rule file has 2 problems:
 *   $.practice.elements[1].requirements[0].anyOf[0]: "TEMP_AGENCY" is not a known value: use one of ...
 *   $.adaptations[0].colour: unknown field "colour": remove it or correct its spelling; allowed fields ...
 * </pre>
 */
public abstract class InvalidDocument extends MobilisationException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf of serialisable records
  private final List<DocumentProblem> problems;

  /**
   * @param document what the document is, in words: "practice sheet", "rule file"
   * @param problems every problem found, at least one
   */
  protected InvalidDocument(String document, List<DocumentProblem> problems) {
    super(describe(requireNonNull(document, "document"), problems));
    checkArgument(!problems.isEmpty(), "an invalid %s has at least one problem", document);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the document. */
  public List<DocumentProblem> problems() {
    return problems;
  }

  private static String describe(String document, List<DocumentProblem> problems) {
    return "The "
        + document
        + " has "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + ":\n"
        + problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n"));
  }
}
