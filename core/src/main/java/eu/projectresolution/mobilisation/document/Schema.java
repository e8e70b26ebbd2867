package eu.projectresolution.mobilisation.document;

import com.fasterxml.jackson.databind.JsonNode;
import eu.projectresolution.mobilisation.EngineFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's JSON Schema as the interpreter reads it, vetted when loaded: every keyword one the
 * interpreter knows, every pattern one with a {@link TextPattern}, every {@code anyOf} and {@code not} part of
 * a {@link SchemaRule}, every {@code $ref} local. Anything else is an {@link EngineFailure}, so that no rule of
 * a schema is ever silently skipped.
 */
final class Schema {
  private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description");
  private static final Set<String> KEYWORDS =
      Set.of(
          "$ref", "$defs", "type", "enum", "const", "pattern", "maxLength", "format", "minimum", "maximum",
          "exclusiveMinimum", "items", "minItems", "maxItems", "uniqueItems", "contains", "properties", "required",
          "additionalProperties", "propertyNames", "minProperties", "allOf", "anyOf", "not", "if", "then", "else");
  private static final Set<String> TYPES = Set.of("object", "array", "string", "number", "integer", "boolean", "null");
  /** A step of an anchor: {@code .name}, {@code ['odd name']} or {@code [*]}. */
  private static final Pattern SEGMENT =
      Pattern.compile("\\.([A-Za-z_$][A-Za-z0-9_$]*)|\\['((?:[^'\\\\]|\\\\.)*)']|\\[\\*]");

  private final String name;
  private final JsonNode root;
  private final Map<String, TextPattern> patterns = new HashMap<>();
  private final Map<String, SchemaRule> rules = new HashMap<>();
  private final Map<SchemaRule, Set<String>> fieldsRead = new HashMap<>();

  private Schema(String name, JsonNode root) {
    this.name = name;
    this.root = root;
  }

  static Schema load(String name, JsonNode root, List<TextPattern> patterns, List<SchemaRule> rules) {
    Schema schema = new Schema(name, root);
    patterns.forEach(p -> schema.patterns.putIfAbsent(p.regex(), p));
    for (SchemaRule rule : rules) {
      JsonNode at = root.at(rule.location());
      if (!at.isObject() || !at.has(rule.kind().keyword)) {
        throw schema.failure("rule \"" + rule.name() + "\" names the " + rule.kind().keyword + " at "
            + rule.location() + ", but the schema has none there");
      }
      if (schema.rules.put(key(rule.location(), rule.kind().keyword), rule) != null) {
        throw schema.failure("two rules name the " + rule.kind().keyword + " at " + rule.location());
      }
      schema.fieldsRead.put(rule, schema.fieldsRead(at, rule.kind()));
    }
    schema.vet(root, "", false);
    return schema;
  }

  String name() {
    return name;
  }

  JsonNode root() {
    return root;
  }

  /** The subschema a {@code $ref} names; its location is the reference without its leading {@code #}. */
  JsonNode resolve(String ref) {
    return root.at(ref.substring(1));
  }

  TextPattern pattern(String regex) {
    return patterns.get(regex);
  }

  /** The rule naming {@code keyword} of the subschema at {@code location}, or null. */
  SchemaRule rule(String location, String keyword) {
    return rules.get(key(location, keyword));
  }

  /** The fields of the object a rule reads: the rule is checked only when they are sound. */
  Set<String> fieldsRead(SchemaRule rule) {
    return fieldsRead.get(rule);
  }

  /** Whether the schema describes the values at {@code anchor}, a JSON path with {@code [*]} for any index. */
  boolean describes(String anchor) {
    List<JsonNode> here = expand(List.of(root));
    Matcher segment = SEGMENT.matcher(anchor);
    int at = Paths.ROOT.length();
    while (at < anchor.length()) {
      if (!segment.find(at) || segment.start() != at) {
        return false;
      }
      String field = segment.group(1) != null ? segment.group(1) : segment.group(2);
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode s : here) {
        JsonNode child = field == null ? s.get("items") : s.path("properties").get(field);
        if (child == null && field != null && s.path("additionalProperties").isObject()) {
          child = s.get("additionalProperties");
        }
        if (child != null) {
          next.add(child);
        }
      }
      here = expand(next);
      at = segment.end();
    }
    return !here.isEmpty();
  }

  private List<JsonNode> expand(List<JsonNode> schemas) {
    List<JsonNode> all = new ArrayList<>();
    List<JsonNode> todo = new ArrayList<>(schemas);
    while (!todo.isEmpty()) {
      JsonNode s = todo.remove(todo.size() - 1);
      if (!s.isObject()) {
        continue;
      }
      all.add(s);
      if (s.has("$ref")) {
        todo.add(resolve(s.get("$ref").textValue()));
      }
      s.path("allOf").forEach(todo::add);
      for (String branch : List.of("then", "else")) {
        if (s.has(branch)) {
          todo.add(s.get(branch));
        }
      }
    }
    return all;
  }

  private Set<String> fieldsRead(JsonNode at, SchemaRule.Kind kind) {
    Set<String> fields = new LinkedHashSet<>();
    if (kind == SchemaRule.Kind.ANY_OF) {
      at.get("anyOf").forEach(branch -> collectFields(branch, fields));
    } else {
      for (String keyword : List.of("if", "then", "else")) {
        collectFields(at.path(keyword), fields);
      }
    }
    return fields;
  }

  private static void collectFields(JsonNode s, Set<String> fields) {
    if (!s.isObject()) {
      return;
    }
    s.path("properties").fieldNames().forEachRemaining(fields::add);
    s.path("required").forEach(name -> fields.add(name.textValue()));
    for (String keyword : List.of("not", "if", "then", "else")) {
      collectFields(s.path(keyword), fields);
    }
    for (String keyword : List.of("allOf", "anyOf")) {
      s.path(keyword).forEach(branch -> collectFields(branch, fields));
    }
  }

  // ---- vetting ----

  /**
   * Checks the subschema at {@code location}. Under {@code silent}, its failures never reach the user as
   * they are (they decide an {@code if}, or a named rule reports them in its own words).
   */
  private void vet(JsonNode s, String location, boolean silent) {
    if (!s.isObject()) {
      throw failure("expected a schema object at " + location + ", found " + s);
    }
    s.fieldNames().forEachRemaining(keyword -> {
      if (!KEYWORDS.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
        throw failure("the keyword \"" + keyword + "\" at " + location + " is not one the engine interprets");
      }
    });
    if (s.has("$defs") && !location.isEmpty()) {
      throw failure("$defs is read only at the schema's root, not at " + location);
    }
    vetValues(s, location, silent);
    String at = location + "/";
    s.path("$defs").properties().forEach(d -> vet(d.getValue(), at + "$defs/" + d.getKey(), false));
    s.path("properties").properties().forEach(p -> vet(p.getValue(), at + "properties/" + p.getKey(), silent));
    JsonNode additional = s.get("additionalProperties");
    if (additional != null && !additional.isBoolean()) {
      vet(additional, at + "additionalProperties", silent);
    }
    for (String keyword : List.of("propertyNames", "items")) {
      if (s.has(keyword)) {
        vet(s.get(keyword), at + keyword, silent);
      }
    }
    for (int i = 0; i < s.path("allOf").size(); i++) {
      vet(s.get("allOf").get(i), at + "allOf/" + i, silent);
    }
    for (int i = 0; i < s.path("anyOf").size(); i++) {
      vet(s.get("anyOf").get(i), at + "anyOf/" + i, true);
    }
    for (String keyword : List.of("not", "contains", "if")) {
      if (s.has(keyword)) {
        vet(s.get(keyword), at + keyword, true);
      }
    }
    boolean named = rule(location, "if") != null;
    for (String keyword : List.of("then", "else")) {
      if (s.has(keyword)) {
        vet(s.get(keyword), at + keyword, silent || named);
      }
    }
  }

  private void vetValues(JsonNode s, String location, boolean silent) {
    if (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      if (!ref.startsWith("#/$defs/") || !resolve(ref).isObject()) {
        throw failure("the $ref \"" + ref + "\" at " + location + " names no subschema of $defs in this schema");
      }
    }
    if (s.has("type") && !TYPES.contains(s.get("type").asText())) {
      throw failure("the type " + s.get("type") + " at " + location + " is not one type the engine interprets");
    }
    if (s.has("format") && !s.get("format").asText().equals("date")) {
      throw failure("the format " + s.get("format") + " at " + location + " is not one the engine interprets");
    }
    if (s.has("pattern") && pattern(s.get("pattern").asText()) == null) {
      throw failure("the pattern \"" + s.get("pattern").asText() + "\" at " + location
          + " has no meaning the engine knows: give it a TextPattern");
    }
    JsonNode additional = s.get("additionalProperties");
    if (additional != null && !additional.isBoolean() && !additional.isObject()) {
      throw failure("additionalProperties at " + location + " must be true, false or a schema");
    }
    if (!silent && s.has("anyOf") && rule(location, "anyOf") == null) {
      throw failure("the anyOf at " + location + " is named by no SchemaRule: its failure would have no words");
    }
    for (String keyword : List.of("not", "contains")) {
      if (!silent && s.has(keyword)) {
        throw failure("the " + keyword + " at " + location
            + " is outside any if or SchemaRule: its failure would have no words");
      }
    }
  }

  private EngineFailure failure(String what) {
    return new EngineFailure("The JSON Schema " + name + " cannot be interpreted: " + what);
  }

  private static String key(String location, String keyword) {
    return location + "#" + keyword;
  }
}
