package eu.projectresolution.mobilisation.examples;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks through a failure for what caused it, to tell the user the cause rather than the symptom.
 * Walks the causes and the suppressed exceptions, each once: H2 links them in loops, on which Guava's
 * {@code Throwables.getCausalChain} throws, turning an error report into a crash of its own.
 */
final class Causes {
  private Causes() {}

  /** Whether {@code failure}, one of its causes or one of their suppressed exceptions is {@code what}. */
  static boolean any(Throwable failure, Predicate<Throwable> what) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> toSee = new ArrayDeque<>(List.of(failure));
    while (!toSee.isEmpty()) {
      Throwable next = toSee.pop();
      if (!seen.add(next)) {
        continue;
      }
      if (what.test(next)) {
        return true;
      }
      if (next.getCause() != null) {
        toSee.push(next.getCause());
      }
      toSee.addAll(Arrays.asList(next.getSuppressed()));
    }
    return false;
  }

  /** The last cause of {@code failure}, each cause looked at once (a loop ends at the last one before it). */
  static Throwable root(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Throwable root = failure;
    while (seen.add(root) && root.getCause() != null && !seen.contains(root.getCause())) {
      root = root.getCause();
    }
    return root;
  }
}
