package eu.projectresolution.mobilisation.document;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A named rule of a document that its JSON Schema cannot state: a period that ends on or after it starts, a
 * summary of at most 250 words, an adaptation naming an element the practice has. Each rule has a stable
 * {@link ProblemCode} and looks at the values at its anchors, JSON paths with {@code [*]} for any index:
 * {@code $.initiative.period}, {@code $.practice.elements[*].requirements}.
 *
 * <p>A {@link DocumentChecker} runs a rule on each value at one of its anchors once the schema has checked
 * that value, in the order of the document, and only when the schema found no problem with the value itself;
 * the rule reads only the {@linkplain DocumentNode#isSound() sound} values it needs.
 *
 * <pre>{@code
 * static final DocumentRule PERIOD_IN_ORDER =
 *     DocumentRule.of("period in order", ProblemCode.OUT_OF_ORDER, "$.initiative.period", (period, report) -> {
 *       ...
 *       report.problem(period.field("end"), "the period ends on 2016-08-31, before it starts on 2016-09-01: ...");
 *     });
 * }</pre>
 */
public final class DocumentRule {
  /** What a rule does with a value at one of its anchors. */
  @FunctionalInterface
  public interface Check {
    void check(DocumentNode node, Report report);
  }

  /** Where a rule reports what it finds, with its own code. */
  @FunctionalInterface
  public interface Report {
    /** A problem at {@code at}, with the rule's code; the message says what is wrong and how to fix it. */
    void problem(DocumentNode at, String message);
  }

  private final String name;
  private final ProblemCode code;
  private final List<String> anchors;
  private final Check check;

  private DocumentRule(String name, ProblemCode code, List<String> anchors, Check check) {
    this.name = requireNonNull(name, "name");
    this.code = requireNonNull(code, "code");
    this.anchors = List.copyOf(anchors);
    this.check = requireNonNull(check, "check");
    for (String anchor : this.anchors) {
      if (!anchor.equals(Paths.ROOT) && !anchor.startsWith(Paths.ROOT + ".")) {
        throw new IllegalArgumentException("rule \"" + name + "\": an anchor is a JSON path from $, not " + anchor);
      }
    }
  }

  /** A rule looking at the values at {@code anchor}. */
  public static DocumentRule of(String name, ProblemCode code, String anchor, Check check) {
    return new DocumentRule(name, code, List.of(anchor), check);
  }

  /** A rule looking at the values at each of {@code anchors}. */
  public static DocumentRule of(String name, ProblemCode code, List<String> anchors, Check check) {
    return new DocumentRule(name, code, anchors, check);
  }

  /**
   * A {@link ProblemCode#DUPLICATE} rule: in each list at {@code anchor}, no two items have the same text in
   * {@code field}. The second one is reported: {@code "recrut-cafe" is used twice: <fix>}.
   */
  public static DocumentRule unique(String name, String anchor, String field, String fix) {
    requireNonNull(field, "field");
    requireNonNull(fix, "fix");
    return of(name, ProblemCode.DUPLICATE, anchor, (list, report) -> {
      Map<String, DocumentNode> seen = new HashMap<>();
      for (DocumentNode item : list.items()) {
        DocumentNode value = item.field(field);
        value.soundText().ifPresent(text -> {
          if (seen.putIfAbsent(text, value) != null) {
            report.problem(value, Wording.quote(text) + " is used twice: " + fix);
          }
        });
      }
    });
  }

  public String name() {
    return name;
  }

  /** The code of every problem the rule reports. */
  public ProblemCode code() {
    return code;
  }

  /** The JSON paths of the values the rule looks at, {@code [*]} standing for any index. */
  public List<String> anchors() {
    return anchors;
  }

  /**
   * What this rule alone finds in {@code document}, taking every value as sound: for trying a rule on its
   * own. A {@link DocumentChecker} runs it with the schema's findings instead.
   */
  public List<DocumentProblem> check(JsonNode document) {
    Findings findings = new Findings();
    runEverywhere(DocumentNode.root(document, findings), findings);
    return findings.problems();
  }

  private void runEverywhere(DocumentNode node, Findings findings) {
    if (node.json().isObject()) {
      node.json().fieldNames().forEachRemaining(name -> runEverywhere(node.field(name), findings));
    } else {
      node.items().forEach(item -> runEverywhere(item, findings));
    }
    if (anchors.contains(Paths.anchor(node.path()))) {
      run(node, findings);
    }
  }

  void run(DocumentNode node, Findings findings) {
    check.check(node, (at, message) -> findings.add(at.path(), code, message));
  }

  @Override
  public String toString() {
    return name + " (" + code + " at " + String.join(", ", anchors) + ")";
  }
}
