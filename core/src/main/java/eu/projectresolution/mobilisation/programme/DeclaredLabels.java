package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import eu.projectresolution.mobilisation.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The names a programme gives what it declares, per language: kept in the order of the languages' codes, at least one. */
final class DeclaredLabels {
  private DeclaredLabels() {}

  /** An unmodifiable copy of {@code labels}, in the order of the languages' codes (none if null). */
  static Map<Language, String> copy(Map<Language, String> labels) {
    return Collections.unmodifiableMap(labels == null ? new TreeMap<>() : new TreeMap<>(labels));
  }

  /** Checks that {@code labels} name the thing in at least one language, each in at most 200 characters. */
  static void check(Map<Language, String> labels, String field) {
    checkArgument(!labels.isEmpty(), "%s is empty: name it in at least one language, e.g. {\"en\": \"...\"}", field);
    labels.forEach((language, label) -> Checks.checkNotBlankText(label, field + "." + language, Checks.NAME));
  }
}
