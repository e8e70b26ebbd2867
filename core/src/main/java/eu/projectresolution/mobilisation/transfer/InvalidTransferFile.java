package eu.projectresolution.mobilisation.transfer;

import com.google.common.collect.ImmutableList;
import eu.projectresolution.mobilisation.MobilisationException;
import java.util.List;

/**
 * A rule file or a context file could not be read. {@link #problems()} lists every problem found, each
 * with its JSON path, not only the first: fix them all and read the file again.
 *
 * <pre>
 * rule file has 2 problems:
 *   $.practice.elements[1].requirements[0].anyOf[0]: unknown partner kind "TEMP_AGENCY": use one of ...
 *   $.adaptations[0].colour: unknown field "colour": allowed fields here are ...
 * </pre>
 */
public final class InvalidTransferFile extends MobilisationException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<TransferFileProblem> problems;

  public InvalidTransferFile(String what, List<TransferFileProblem> problems) {
    super(message(what, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in document order. */
  public List<TransferFileProblem> problems() {
    return problems;
  }

  private static String message(String what, List<TransferFileProblem> problems) {
    StringBuilder message =
        new StringBuilder(what)
            .append(" has ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem:" : " problems:");
    problems.forEach(p -> message.append(System.lineSeparator()).append("  ").append(p));
    return message.toString();
  }
}
