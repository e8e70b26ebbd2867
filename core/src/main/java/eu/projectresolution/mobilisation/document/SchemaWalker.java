package eu.projectresolution.mobilisation.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import eu.projectresolution.mobilisation.EngineFailure;
import eu.projectresolution.mobilisation.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The interpreter of the JSON Schema keywords the engine's documents use. It walks a document and its
 * schema together and reports each problem at the value it is about, in the one wording of {@link Wording}:
 *
 * <ul>
 *   <li>a value with a problem is reported once and not looked into further, so one mistake makes one
 *       problem, not a cascade;
 *   <li>an object's unknown fields come first, then its fields in the schema's order, a missing one where it
 *       would be; then the rules between its fields ({@code allOf}, {@code if}, named {@code anyOf});
 *   <li>a {@link DocumentRule} anchored at a value runs once the value has been checked, if it has no problem
 *       of its own.
 * </ul>
 *
 * <p>A walker that {@linkplain #matches only answers whether a value matches} reports nothing and runs no
 * rule: it decides {@code if}, {@code anyOf}, {@code not} and {@code contains}.
 */
final class SchemaWalker {
  private final Schema schema;
  private final Findings findings;
  private final Map<String, List<DocumentRule>> rulesByAnchor;
  private final boolean silent;
  private final Set<String> rulesRun = new HashSet<>();

  private SchemaWalker(Schema schema, Findings findings, Map<String, List<DocumentRule>> rulesByAnchor, boolean silent) {
    this.schema = schema;
    this.findings = findings;
    this.rulesByAnchor = rulesByAnchor;
    this.silent = silent;
  }

  /** Every problem of {@code document}: the schema's, then each rule's where it is anchored. */
  static List<DocumentProblem> check(Schema schema, Map<String, List<DocumentRule>> rules, JsonNode document) {
    Findings findings = new Findings();
    new SchemaWalker(schema, findings, rules, false).visit(DocumentNode.root(document, findings), schema.root(), "");
    return findings.problems();
  }

  private boolean matches(DocumentNode node, JsonNode subschema, String location) {
    Findings scratch = new Findings();
    new SchemaWalker(schema, scratch, Map.of(), true).validate(node, subschema, location);
    return scratch.isEmpty();
  }

  private void visit(DocumentNode node, JsonNode subschema, String location) {
    validate(node, subschema, location);
    if (findings.hasProblemAt(node.path())) {
      return;
    }
    for (DocumentRule rule : rulesByAnchor.getOrDefault(Paths.anchor(node.path()), List.of())) {
      if (rulesRun.add(rule.name() + " " + node.path())) {
        rule.run(node, findings);
      }
    }
  }

  private void report(DocumentNode node, ProblemCode code, String message) {
    findings.add(node.path(), code, message);
  }

  private boolean done(DocumentNode node) {
    return findings.hasProblemAt(node.path());
  }

  private void validate(DocumentNode node, JsonNode s, String location) {
    if (done(node)) {
      return;
    }
    if (s.has("$ref")) {
      String ref = s.get("$ref").textValue();
      validate(node, schema.resolve(ref), ref.substring(1));
    }
    JsonNode json = node.json();
    if (done(node) || !type(node, s) || !ValueChecks.value(node, s, schema, findings) || done(node)) {
      return;
    }
    if (json.isArray()) {
      array(node, s, location);
    } else if (json.isObject()) {
      object(node, s, location);
    }
    if (!done(node)) {
      applicators(node, s, location + "/");
    }
  }

  private boolean type(DocumentNode node, JsonNode s) {
    if (!s.has("type")) {
      return true;
    }
    String type = s.get("type").textValue();
    if (ValueChecks.hasType(node.json(), type)) {
      return true;
    }
    report(node, ProblemCode.WRONG_TYPE, Wording.type(type, node.json()));
    return false;
  }

  private void array(DocumentNode node, JsonNode s, String location) {
    int size = node.json().size();
    if (s.has("minItems") && size < s.get("minItems").intValue()) {
      int minimum = s.get("minItems").intValue();
      report(node, size == 0 ? ProblemCode.EMPTY : ProblemCode.TOO_SMALL,
          size == 0 ? Wording.emptyList() : Wording.tooFewItems(size, minimum));
      return;
    }
    if (s.has("maxItems") && size > s.get("maxItems").intValue()) {
      report(node, ProblemCode.TOO_LONG, Wording.tooManyItems(size, s.get("maxItems").intValue()));
      return;
    }
    List<DocumentNode> items = node.items();
    if (s.has("items")) {
      items.forEach(item -> visit(item, s.get("items"), location + "/items"));
    }
    if (s.path("uniqueItems").asBoolean(false)) {
      List<JsonNode> seen = new ArrayList<>();
      for (DocumentNode item : items) {
        if (findings.isSound(item.path()) && seen.contains(item.json())) {
          report(item, ProblemCode.DUPLICATE, Wording.listedTwice(item.json()));
        }
        seen.add(item.json());
      }
    }
    if (s.has("contains") && items.stream().noneMatch(i -> matches(i, s.get("contains"), location + "/contains"))) {
      unworded(node, "contains", location);
    }
  }

  private void object(DocumentNode node, JsonNode s, String location) {
    JsonNode json = node.json();
    if (s.has("minProperties") && json.size() < s.get("minProperties").intValue()) {
      JsonNode names = s.path("propertyNames").path("pattern");
      TextPattern keys = names.isTextual() ? schema.pattern(names.textValue()) : null;
      report(node, ProblemCode.EMPTY, Wording.emptyObject(keys == null ? null : keys.keyExample().orElse(null)));
      return;
    }
    JsonNode properties = s.path("properties");
    JsonNode additional = s.get("additionalProperties");
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      DocumentNode field = node.field(name);
      if (s.has("propertyNames")) {
        validate(new DocumentNode(TextNode.valueOf(name), field.path(), node, findings), s.get("propertyNames"),
            location + "/propertyNames");
        if (done(field)) {
          continue;
        }
      }
      if (properties.has(name) || additional == null) {
        continue;
      }
      if (additional.isObject()) {
        visit(field, additional, location + "/additionalProperties");
      } else if (!additional.booleanValue()) {
        List<String> allowed = new ArrayList<>();
        properties.fieldNames().forEachRemaining(allowed::add);
        report(field, ProblemCode.UNKNOWN_FIELD, Wording.unknownField(name, allowed));
      }
    }
    Set<String> required = new HashSet<>();
    s.path("required").forEach(r -> required.add(r.textValue()));
    properties.properties().forEach(property -> {
      String name = property.getKey();
      if (json.has(name)) {
        visit(node.field(name), property.getValue(), location + "/properties/" + name);
      } else if (required.contains(name)) {
        JsonNode allowed = allowedValues(property.getValue());
        report(node.field(name), ProblemCode.MISSING,
            allowed == null ? Wording.missing(name) : Wording.missing(name, allowed));
      }
    });
    s.path("required").forEach(r -> {
      String name = r.textValue();
      if (!properties.has(name) && !json.has(name)) {
        report(node.field(name), ProblemCode.MISSING, Wording.missing(name));
      }
    });
  }

  /** The values a field may take, when its schema lists them; null otherwise. */
  private JsonNode allowedValues(JsonNode s) {
    while (!s.has("enum") && s.has("$ref")) {
      s = schema.resolve(s.get("$ref").textValue());
    }
    return s.get("enum");
  }

  private void applicators(DocumentNode node, JsonNode s, String at) {
    JsonNode allOf = s.path("allOf");
    for (int i = 0; i < allOf.size() && !done(node); i++) {
      validate(node, allOf.get(i), at + "allOf/" + i);
    }
    String location = at.substring(0, at.length() - 1);
    if (s.has("anyOf") && !done(node)) {
      SchemaRule rule = schema.rule(location, "anyOf");
      if ((silent || readsSoundFields(node, rule)) && !anyOfHolds(node, s, at)) {
        if (silent) {
          unworded(node, "anyOf", location);
        } else {
          reportRule(node, rule.whenNoneHolds());
        }
      }
    }
    if (s.has("if") && !done(node)) {
      conditional(node, s, location, at);
    }
    if (s.has("not") && !done(node) && matches(node, s.get("not"), at + "not")) {
      unworded(node, "not", location);
    }
  }

  private boolean anyOfHolds(DocumentNode node, JsonNode s, String at) {
    JsonNode anyOf = s.get("anyOf");
    for (int i = 0; i < anyOf.size(); i++) {
      if (matches(node, anyOf.get(i), at + "anyOf/" + i)) {
        return true;
      }
    }
    return false;
  }

  private void conditional(DocumentNode node, JsonNode s, String location, String at) {
    SchemaRule rule = silent ? null : schema.rule(location, "if");
    if (rule != null && !readsSoundFields(node, rule)) {
      return;
    }
    boolean holds = matches(node, s.get("if"), at + "if");
    String branch = holds ? "then" : "else";
    if (!s.has(branch)) {
      return;
    }
    if (rule == null) {
      validate(node, s.get(branch), at + branch);
    } else if (!matches(node, s.get(branch), at + branch)) {
      reportRule(node, holds ? rule.whenThenFails() : rule.whenElseFails());
    }
  }

  private boolean readsSoundFields(DocumentNode node, SchemaRule rule) {
    return schema.fieldsRead(rule).stream().allMatch(field -> findings.isSound(node.field(field).path()));
  }

  private void reportRule(DocumentNode node, SchemaRule.Outcome outcome) {
    findings.add(outcome.path(node.path()), outcome.code(), outcome.message().apply(node.json()));
  }

  /**
   * A failure of a keyword that has no words of its own. Only a walker that answers whether a value matches
   * meets one; the schema's vetting keeps them out of what a user is told.
   */
  private void unworded(DocumentNode node, String keyword, String location) {
    if (!silent) {
      throw new EngineFailure("The JSON Schema " + schema.name() + " has a " + keyword + " at " + location
          + " that no SchemaRule names: its failure has no words");
    }
    report(node, ProblemCode.INCONSISTENT, keyword + " at " + location + " does not hold");
  }

  /** Checks that apply to single values whatever their place: texts, numbers, enums. */
  static final class ValueChecks {
    private ValueChecks() {}

    static boolean hasType(JsonNode json, String type) {
      return switch (type) {
        case "object" -> json.isObject();
        case "array" -> json.isArray();
        case "string" -> json.isTextual();
        case "number" -> json.isNumber();
        case "integer" -> json.isIntegralNumber()
            || (json.isNumber() && json.decimalValue().stripTrailingZeros().scale() <= 0);
        case "boolean" -> json.isBoolean();
        case "null" -> json.isNull();
        default -> false;
      };
    }

    /** Checks a value against the keywords about values; false once it has reported a problem. */
    static boolean value(DocumentNode node, JsonNode s, Schema schema, Findings findings) {
      JsonNode json = node.json();
      String problem = null;
      ProblemCode code = null;
      if (json.isTextual() && Checks.loneSurrogate(json.textValue()) >= 0) {
        code = ProblemCode.MALFORMED;
        problem = Wording.brokenCharacter(Checks.loneSurrogate(json.textValue()));
      } else if (s.has("enum") && !contains(s.get("enum"), json)) {
        boolean textsOnly = true;
        for (JsonNode allowed : s.get("enum")) {
          textsOnly &= allowed.isTextual();
        }
        code = textsOnly && !json.isTextual() ? ProblemCode.WRONG_TYPE : ProblemCode.UNKNOWN_VALUE;
        problem = code == ProblemCode.WRONG_TYPE
            ? Wording.notInQuotes(s.get("enum"), json)
            : Wording.unknownValue(s.get("enum"), json);
      } else if (s.has("const") && !s.get("const").equals(json)) {
        code = ProblemCode.UNKNOWN_VALUE;
        problem = Wording.notTheValue(s.get("const"), json);
      } else if (json.isTextual()) {
        String text = json.textValue();
        TextPattern pattern = s.has("pattern") ? schema.pattern(s.get("pattern").textValue()) : null;
        int length = text.codePointCount(0, text.length());
        if (pattern != null && !pattern.accepts(text)) {
          code = pattern.code();
          problem = pattern.message(text);
        } else if (s.has("maxLength") && length > s.get("maxLength").intValue()) {
          code = ProblemCode.TOO_LONG;
          problem = Wording.tooLong(length, s.get("maxLength").intValue());
        } else if (s.has("format") && !TextPattern.DAY.accepts(text)) {
          code = TextPattern.DAY.code();
          problem = TextPattern.DAY.message(text);
        }
      } else if (json.isNumber()) {
        return number(node, s, findings);
      }
      if (problem != null) {
        findings.add(node.path(), code, problem);
        return false;
      }
      return true;
    }

    private static boolean number(DocumentNode node, JsonNode s, Findings findings) {
      BigDecimal value = node.json().decimalValue();
      BigDecimal minimum = s.has("minimum") ? s.get("minimum").decimalValue() : null;
      BigDecimal above = s.has("exclusiveMinimum") ? s.get("exclusiveMinimum").decimalValue() : null;
      BigDecimal maximum = s.has("maximum") ? s.get("maximum").decimalValue() : null;
      String problem = null;
      ProblemCode code = ProblemCode.TOO_SMALL;
      if (minimum != null && value.compareTo(minimum) < 0) {
        problem = Wording.atLeast(value, minimum);
        if (minimum.signum() == 0) {
          code = ProblemCode.NEGATIVE;
          problem = Wording.negative(value, true);
        }
      } else if (above != null && value.compareTo(above) <= 0) {
        problem = Wording.moreThan(value, above);
        if (above.signum() == 0 && value.signum() < 0) {
          code = ProblemCode.NEGATIVE;
          problem = Wording.negative(value, false);
        }
      } else if (maximum != null && value.compareTo(maximum) > 0) {
        code = ProblemCode.TOO_LARGE;
        problem = Wording.atMost(value, maximum);
      }
      if (problem != null) {
        findings.add(node.path(), code, problem);
        return false;
      }
      return true;
    }

    private static boolean contains(JsonNode values, JsonNode json) {
      for (JsonNode value : values) {
        if (value.equals(json)) {
          return true;
        }
      }
      return false;
    }
  }
}
