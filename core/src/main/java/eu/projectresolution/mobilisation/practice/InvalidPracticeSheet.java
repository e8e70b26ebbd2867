package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.document.InvalidDocument;
import java.util.List;

/**
 * A practice sheet could not be accepted. Carries every problem found, not only the first, each with its
 * JSON path and code; the message lists them one per line.
 */
public final class InvalidPracticeSheet extends InvalidDocument {
  private static final long serialVersionUID = 1L;

  public InvalidPracticeSheet(List<DocumentProblem> problems) {
    super("practice sheet", problems);
  }
}
