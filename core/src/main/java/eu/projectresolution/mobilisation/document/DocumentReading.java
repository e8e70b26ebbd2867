package eu.projectresolution.mobilisation.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What reading a document gave: either the value it holds, or every problem in it, never both nor neither.
 *
 * @param value the value, when the document has no problem
 * @param problems every problem, in the order of the document; empty when the document is valid
 */
public record DocumentReading<T>(Optional<T> value, List<DocumentProblem> problems) {
  public DocumentReading {
    requireNonNull(value, "value");
    problems = List.copyOf(problems);
    checkArgument(value.isPresent() == problems.isEmpty(), "a reading holds either a value or its problems");
  }

  static <T> DocumentReading<T> valid(T value) {
    return new DocumentReading<>(Optional.of(value), List.of());
  }

  static <T> DocumentReading<T> invalid(List<DocumentProblem> problems) {
    return new DocumentReading<>(Optional.empty(), problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /** The value, or the exception {@code invalid} makes of the problems. */
  public <X extends InvalidDocument> T valueOrThrow(Function<List<DocumentProblem>, X> invalid) {
    if (value.isEmpty()) {
      throw invalid.apply(problems);
    }
    return value.get();
  }
}
