package eu.projectresolution.mobilisation.practice;

import static com.google.common.base.Preconditions.checkArgument;

import eu.projectresolution.mobilisation.MobilisationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A practice sheet could not be accepted. Carries every problem found, not only the first, each with
 * its JSON path; the message lists them one per line.
 */
public final class InvalidPracticeSheet extends MobilisationException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf, serialisable in practice
  private final List<SheetProblem> problems;

  public InvalidPracticeSheet(List<SheetProblem> problems) {
    super(describe(problems));
    checkArgument(!problems.isEmpty(), "an invalid sheet has at least one problem");
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the sheet. */
  public List<SheetProblem> problems() {
    return problems;
  }

  private static String describe(List<SheetProblem> problems) {
    return "The practice sheet has "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + ":\n"
        + problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n"));
  }
}
