package eu.projectresolution.mobilisation.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found so far in one document, with the paths they are at: a value with a problem is not
 * looked into further, and rules skip what they would only misread.
 */
final class Findings {
  private final List<DocumentProblem> problems = new ArrayList<>();
  private final Set<String> paths = new HashSet<>();

  void add(DocumentProblem problem) {
    problems.add(problem);
    paths.add(problem.path());
  }

  void add(String path, ProblemCode code, String message) {
    add(new DocumentProblem(path, code, message));
  }

  boolean hasProblemAt(String path) {
    return paths.contains(path);
  }

  /** Whether no problem was found at {@code path} or inside it. */
  boolean isSound(String path) {
    for (String at : paths) {
      if (Paths.isAtOrUnder(at, path)) {
        return false;
      }
    }
    return true;
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<DocumentProblem> problems() {
    return List.copyOf(problems);
  }
}
