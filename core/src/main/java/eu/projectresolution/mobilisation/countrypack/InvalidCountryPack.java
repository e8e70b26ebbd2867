package eu.projectresolution.mobilisation.countrypack;

import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.document.InvalidDocument;
import java.util.List;

/**
 * A country pack file could not be read. {@link #problems()} lists every problem found, each with its JSON
 * path and code, worded as a practice sheet's or a transfer file's problems are.
 */
public final class InvalidCountryPack extends InvalidDocument {
  private static final long serialVersionUID = 1L;

  /** @param problems every problem found, at least one */
  public InvalidCountryPack(List<DocumentProblem> problems) {
    super("country pack", problems);
  }
}
