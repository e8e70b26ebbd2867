package eu.projectresolution.mobilisation.transfer;

import eu.projectresolution.mobilisation.InputNotReadable;
import eu.projectresolution.mobilisation.programme.Language;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.internal.Identifiers;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

// Over 400 lines: the rule-file and context-file formats checked field by field, each problem with its
// JSON path. Issue 13 shares one document-checking kit with SheetChecker.
/**
 * Reads rule files and context files, collecting every problem with its JSON path before building any
 * value. The checks mirror {@code transfer-rules.schema.json} and {@code transfer-context.schema.json}
 * (which a test holds them to) and add what a schema cannot say: references between ids.
 *
 * <p>Only once the tree is free of problems is it mapped with Jackson, so the mapping never has to guess.
 */
final class TransferFileReader {
  private static final ObjectMapper MAPPER = MobilisationJson.objectMapper();
  private static final ObjectReader TREE_READER =
      MAPPER.reader()
          .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private static final Map<String, Set<String>> REQUIREMENT_FIELDS =
      ImmutableMap.<String, Set<String>>builder()
          .put("partners", Set.of("anyOf"))
          .put("territoryType", Set.of("anyOf"))
          .put("density", Set.of("minimumInhabitantsPerSquareKilometre"))
          .put("travelTime", Set.of("to", "maximumMinutes"))
          .put("staff", Set.of("role", "minimumFullTimeEquivalent"))
          .put("budgetPerPersonReached", Set.of("minimum"))
          .put("language", Set.of("anyOf"))
          .put("mainstreamSchemes", Set.of("anyOf"))
          .build();

  private final List<TransferFileProblem> problems = new ArrayList<>();

  private TransferFileReader() {}

  static String text(InputStream json) {
    requireNonNull(json, "json");
    try {
      return new String(json.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputNotReadable("could not read the JSON stream: " + e.getMessage(), e);
    }
  }

  static TransferRuleFile readRuleFile(String json) {
    return read(json, "rule file", TransferRuleFile.class, TransferFileReader::ruleFile);
  }

  static TransferContext readContext(String json) {
    return read(json, "context file", TransferContext.class, TransferFileReader::context);
  }

  private static <T> T read(
      String json, String what, Class<T> type, BiConsumer<TransferFileReader, JsonNode> check) {
    requireNonNull(json, "json");
    JsonNode root;
    try {
      root = TREE_READER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new InvalidTransferFile(
          what, List.of(new TransferFileProblem("$", "not valid JSON" + where + ": " + e.getOriginalMessage())));
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidTransferFile(
          what, List.of(new TransferFileProblem("$", "the file is empty: expected a JSON object")));
    }
    TransferFileReader reader = new TransferFileReader();
    check.accept(reader, root);
    if (!reader.problems.isEmpty()) {
      throw new InvalidTransferFile(what, reader.problems);
    }
    try {
      return MAPPER.treeToValue(root, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // The checks above should leave nothing for the mapping to refuse; say so plainly if one slipped by.
      throw new InvalidTransferFile(
          what, List.of(new TransferFileProblem("$", Throwables.getRootCause(e).getMessage())));
    }
  }

  // ---- rule files -------------------------------------------------------------------------------------

  private void ruleFile(JsonNode root) {
    ObjectNode file = object(root, "$");
    if (file == null) {
      return;
    }
    fields(file, "$", Set.of("ruleSet", "practice"), Set.of("description", "adaptations"));
    text(file, "ruleSet", "$", Checks.NAME);
    text(file, "description", "$", Checks.DESCRIPTION);
    Map<String, Set<String>> elements =
        file.has("practice") ? practice(file.get("practice"), "$.practice") : null;
    Set<String> adaptationIds = new HashSet<>();
    List<JsonNode> adaptations = array(file, "adaptations", "$", false);
    for (int i = 0; i < adaptations.size(); i++) {
      adaptation(adaptations.get(i), "$.adaptations[" + i + "]", elements, adaptationIds);
    }
  }

  /** Checks the practice and returns its element ids with their requirement ids, for references. */
  private Map<String, Set<String>> practice(JsonNode node, String path) {
    ObjectNode practice = object(node, path);
    if (practice == null) {
      return null;
    }
    fields(practice, path, Set.of("code", "name", "elements"), Set.of("description"));
    code(practice, "code", path, "practice code");
    text(practice, "name", path, Checks.NAME);
    text(practice, "description", path, Checks.DESCRIPTION);
    Map<String, Set<String>> elements = new LinkedHashMap<>();
    boolean everyIdReadable = true;
    List<JsonNode> items = array(practice, "elements", path, true);
    for (int i = 0; i < items.size(); i++) {
      String elementPath = path + ".elements[" + i + "]";
      ObjectNode element = object(items.get(i), elementPath);
      if (element == null) {
        everyIdReadable = false;
        continue;
      }
      fields(element, elementPath, Set.of("id", "name", "essential"), Set.of("description", "requirements"));
      String id = code(element, "id", elementPath, "element id");
      text(element, "name", elementPath, Checks.NAME);
      text(element, "description", elementPath, Checks.DESCRIPTION);
      bool(element, "essential", elementPath);
      Set<String> requirements = requirements(element, "requirements", elementPath, "requirement");
      if (id == null) {
        everyIdReadable = false;
      } else if (elements.putIfAbsent(id, requirements) != null) {
        problem(child(elementPath, "id"), "element id \"" + id + "\" is used twice: element ids must be unique");
      }
    }
    // With an element id already reported as broken, "unknown element" in an adaptation would only echo it.
    return everyIdReadable ? elements : null;
  }

  private void adaptation(
      JsonNode node, String path, Map<String, Set<String>> elements, Set<String> adaptationIds) {
    ObjectNode adaptation = object(node, path);
    if (adaptation == null) {
      return;
    }
    fields(adaptation, path, Set.of("id", "element", "compensates", "description"), Set.of("when", "why"));
    String id = code(adaptation, "id", path, "adaptation id");
    if (id != null && !adaptationIds.add(id)) {
      problem(child(path, "id"), "adaptation id \"" + id + "\" is used twice: adaptation ids must be unique");
    }
    String element = code(adaptation, "element", path, "element id");
    Set<String> requirementsOfElement = null;
    if (element != null && elements != null) {
      requirementsOfElement = elements.get(element);
      if (!elements.containsKey(element)) {
        problem(
            child(path, "element"),
            "unknown element \"" + element + "\": the practice has elements " + elements.keySet());
      }
    }
    List<JsonNode> compensates = array(adaptation, "compensates", path, true);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < compensates.size(); i++) {
      String itemPath = child(path, "compensates") + "[" + i + "]";
      String requirement = code(compensates.get(i), itemPath, "requirement id");
      if (requirement == null) {
        continue;
      }
      if (!seen.add(requirement)) {
        problem(itemPath, "requirement \"" + requirement + "\" is listed twice");
      } else if (requirementsOfElement != null && !requirementsOfElement.contains(requirement)) {
        problem(
            itemPath,
            "element \""
                + element
                + "\" has no requirement \""
                + requirement
                + "\": its requirements are "
                + requirementsOfElement);
      }
    }
    requirements(adaptation, "when", path, "condition");
    text(adaptation, "description", path, Checks.DESCRIPTION);
    text(adaptation, "why", path, Checks.DESCRIPTION);
  }

  /**
   * Checks an optional array of requirements and returns the ids found, or null when some id could not be
   * read (so that references to it are not reported a second time).
   */
  private Set<String> requirements(ObjectNode owner, String field, String path, String what) {
    Set<String> ids = new LinkedHashSet<>();
    boolean everyIdReadable = true;
    List<JsonNode> items = array(owner, field, path, false);
    for (int i = 0; i < items.size(); i++) {
      String itemPath = child(path, field) + "[" + i + "]";
      String id = requirement(items.get(i), itemPath, what);
      if (id == null) {
        everyIdReadable = false;
      } else if (!ids.add(id)) {
        problem(child(itemPath, "id"), what + " id \"" + id + "\" is used twice: " + what + " ids must be unique here");
      }
    }
    return everyIdReadable ? ids : null;
  }

  private String requirement(JsonNode node, String path, String what) {
    ObjectNode requirement = object(node, path);
    if (requirement == null) {
      return null;
    }
    String type = null;
    JsonNode typeNode = requirement.get("type");
    if (typeNode == null) {
      problem(child(path, "type"), "missing: every " + what + " needs a type, one of " + REQUIREMENT_FIELDS.keySet());
    } else if (!typeNode.isTextual() || !REQUIREMENT_FIELDS.containsKey(typeNode.asText())) {
      problem(
          child(path, "type"),
          "unknown requirement type "
              + (typeNode.isTextual() ? "\"" + typeNode.asText() + "\"" : describe(typeNode))
              + ": use one of "
              + REQUIREMENT_FIELDS.keySet());
    } else {
      type = typeNode.asText();
    }
    if (type == null) {
      // Without a known type the allowed fields are unknown: check only what every requirement has.
      if (!requirement.has("id")) {
        problem(child(path, "id"), "missing: this field is required");
      }
      code(requirement, "id", path, what + " id");
      text(requirement, "why", path, Checks.DESCRIPTION);
      return requirement.has("id") && requirement.get("id").isTextual() ? requirement.get("id").asText() : null;
    }
    Set<String> required =
        ImmutableSet.<String>builder().add("id", "type").addAll(REQUIREMENT_FIELDS.get(type)).build();
    fields(requirement, path, required, Set.of("why"));
    String id = code(requirement, "id", path, what + " id");
    text(requirement, "why", path, Checks.DESCRIPTION);
    switch (type) {
      case "partners" -> enumSet(requirement, "anyOf", path, PartnerKind.class, "partner kind", true);
      case "territoryType" -> enumSet(requirement, "anyOf", path, TerritoryType.class, "territory type", true);
      case "density" -> number(requirement, "minimumInhabitantsPerSquareKilometre", path, false);
      case "travelTime" -> {
        enumField(requirement, "to", path, TravelDestination.class, "travel destination");
        integer(requirement, "maximumMinutes", path, 0, Integer.MAX_VALUE);
      }
      case "staff" -> {
        enumField(requirement, "role", path, StaffRole.class, "staff role");
        number(requirement, "minimumFullTimeEquivalent", path, false);
      }
      case "budgetPerPersonReached" -> money(requirement, "minimum", path);
      case "language" -> languages(requirement, "anyOf", path, true);
      case "mainstreamSchemes" -> enumSet(requirement, "anyOf", path, SchemeKind.class, "mainstream scheme kind", true);
      default -> throw new IllegalStateException("requirement type without checks: " + type);
    }
    return id;
  }

  // ---- context files ----------------------------------------------------------------------------------

  private void context(JsonNode root) {
    ObjectNode context = object(root, "$");
    if (context == null) {
      return;
    }
    fields(
        context,
        "$",
        Set.of(
            "name",
            "country",
            "territoryType",
            "population",
            "areaSquareKilometres",
            "travelMinutesToPublicEmploymentOffice",
            "travelMinutesToSite",
            "partners",
            "staff",
            "budget",
            "peopleToReach",
            "languages",
            "mainstreamSchemes"),
        Set.of("note", "sources"));
    text(context, "name", "$", Checks.NAME);
    text(context, "note", "$", Checks.DESCRIPTION);
    String country = text(context, "country", "$");
    if (country != null && !CountryCode.isValid(country)) {
      problem(
          "$.country",
          "country code \""
              + country
              + "\" is not an ISO 3166-1 alpha-2 code: use two upper-case letters such as \"FR\"");
    }
    enumField(context, "territoryType", "$", TerritoryType.class, "territory type");
    integer(context, "population", "$", 0, Long.MAX_VALUE);
    number(context, "areaSquareKilometres", "$", true);
    integer(context, "travelMinutesToPublicEmploymentOffice", "$", 0, Integer.MAX_VALUE);
    integer(context, "travelMinutesToSite", "$", 0, Integer.MAX_VALUE);
    enumSet(context, "partners", "$", PartnerKind.class, "partner kind", false);
    List<JsonNode> staff = array(context, "staff", "$", false);
    Set<String> roles = new HashSet<>();
    for (int i = 0; i < staff.size(); i++) {
      String staffPath = "$.staff[" + i + "]";
      ObjectNode staffing = object(staff.get(i), staffPath);
      if (staffing == null) {
        continue;
      }
      fields(staffing, staffPath, Set.of("role", "headcount", "fullTimeEquivalent"), Set.of());
      StaffRole role = enumField(staffing, "role", staffPath, StaffRole.class, "staff role");
      if (role != null && !roles.add(role.name())) {
        problem(
            child(staffPath, "role"),
            "role " + role + " is listed twice: give one entry per role with its total FTE");
      }
      integer(staffing, "headcount", staffPath, 0, Integer.MAX_VALUE);
      number(staffing, "fullTimeEquivalent", staffPath, false);
    }
    money(context, "budget", "$");
    integer(context, "peopleToReach", "$", 1, Long.MAX_VALUE);
    languages(context, "languages", "$", false);
    enumSet(context, "mainstreamSchemes", "$", SchemeKind.class, "mainstream scheme kind", false);
    JsonNode sources = context.get("sources");
    if (sources != null) {
      ObjectNode sourceMap = object(sources, "$.sources");
      if (sourceMap != null) {
        sourceMap.fieldNames().forEachRemaining(key -> {
          String field = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
          if (!TransferContext.FIELDS.contains(field)) {
            problem(
                child("$.sources", key),
                "\"" + key + "\" names no field of a context: use a field name, optionally followed by "
                    + "\".detail\", among " + new TreeSet<>(TransferContext.FIELDS));
          }
          text(sourceMap, key, "$.sources", Checks.DESCRIPTION);
        });
      }
    }
  }

  // ---- building blocks --------------------------------------------------------------------------------

  private void problem(String path, String message) {
    problems.add(new TransferFileProblem(path, message));
  }

  private static String child(String path, String field) {
    return PLAIN_NAME.matcher(field).matches()
        ? path + "." + field
        : path + "['" + field.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  private static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    } else if (node.isArray()) {
      return "an array";
    } else if (node.isTextual()) {
      return "a string";
    } else if (node.isNumber()) {
      return "a number";
    } else if (node.isBoolean()) {
      return node.asText();
    }
    return "null";
  }

  private ObjectNode object(JsonNode node, String path) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    problem(path, "expected an object, found " + describe(node));
    return null;
  }

  /** Reports unknown fields, then missing required ones. */
  private void fields(ObjectNode node, String path, Set<String> required, Set<String> optional) {
    Set<String> allowed = new TreeSet<>(required);
    allowed.addAll(optional);
    node.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        problem(child(path, name), "unknown field \"" + name + "\": allowed fields here are " + allowed);
      }
    });
    for (String name : new TreeSet<>(required)) {
      if (!node.has(name)) {
        problem(child(path, name), "missing: this field is required");
      }
    }
  }

  private List<JsonNode> array(ObjectNode owner, String field, String path, boolean nonEmpty) {
    JsonNode node = owner.get(field);
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      problem(child(path, field), "expected an array, found " + describe(node));
      return List.of();
    }
    if (nonEmpty && node.isEmpty()) {
      problem(child(path, field), "must list at least one item");
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  private String text(ObjectNode owner, String field, String path) {
    JsonNode node = owner.get(field);
    return node == null ? null : text(node, child(path, field));
  }

  private String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      problem(path, "expected a string, found " + describe(node));
      return null;
    }
    if (node.asText().isBlank()) {
      problem(path, "must not be blank");
      return null;
    }
    return node.asText();
  }

  /**
   * Free text (a name, a description, a reason): not blank, well-formed (a {@code \\ud83d} escape without
   * its other half makes a lone surrogate that no store keeps as given) and at most {@code maxLength}
   * characters, counted as code points like the schemas' {@code maxLength}.
   */
  private String text(ObjectNode owner, String field, String path, int maxLength) {
    String text = text(owner, field, path);
    if (text == null) {
      return null;
    }
    String at = child(path, field);
    int broken = Checks.loneSurrogate(text);
    if (broken >= 0) {
      problem(at, "holds a broken character (a lone UTF-16 surrogate at index " + broken + "): re-type the text");
      return null;
    }
    int length = text.codePointCount(0, text.length());
    if (length > maxLength) {
      problem(at, "is " + length + " characters long: the limit is " + maxLength + ", shorten it");
      return null;
    }
    return text;
  }

  private String code(ObjectNode owner, String field, String path, String what) {
    JsonNode node = owner.get(field);
    return node == null ? null : code(node, child(path, field), what);
  }

  private String code(JsonNode node, String path, String what) {
    String text = text(node, path);
    if (text == null) {
      return null;
    }
    try {
      return Identifiers.checkCode(text, what);
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return null;
    }
  }

  private void bool(ObjectNode owner, String field, String path) {
    JsonNode node = owner.get(field);
    if (node != null && !node.isBoolean()) {
      problem(child(path, field), "expected true or false, found " + describe(node));
    }
  }

  private void number(ObjectNode owner, String field, String path, boolean strictlyPositive) {
    JsonNode node = owner.get(field);
    if (node == null) {
      return;
    }
    String at = child(path, field);
    if (!node.isNumber()) {
      problem(at, "expected a number, found " + describe(node));
    } else if (strictlyPositive && node.decimalValue().signum() <= 0) {
      problem(at, "must be positive (was " + node.decimalValue().toPlainString() + ")");
    } else if (node.decimalValue().signum() < 0) {
      problem(at, "must not be negative (was " + node.decimalValue().toPlainString() + ")");
    }
  }

  private void integer(ObjectNode owner, String field, String path, long minimum, long maximum) {
    JsonNode node = owner.get(field);
    if (node == null) {
      return;
    }
    String at = child(path, field);
    if (!node.isNumber() || node.decimalValue().stripTrailingZeros().scale() > 0) {
      problem(at, "expected a whole number, found " + (node.isNumber() ? node.asText() : describe(node)));
      return;
    }
    BigDecimal value = node.decimalValue();
    if (value.compareTo(BigDecimal.valueOf(minimum)) < 0) {
      problem(at, "must be at least " + minimum + " (was " + value.toPlainString() + ")");
    } else if (value.compareTo(BigDecimal.valueOf(maximum)) > 0) {
      problem(at, "must be at most " + maximum + " (was " + value.toPlainString() + ")");
    }
  }

  private <E extends Enum<E>> E enumField(ObjectNode owner, String field, String path, Class<E> type, String what) {
    JsonNode node = owner.get(field);
    return node == null ? null : enumValue(node, child(path, field), type, what);
  }

  private <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type, String what) {
    if (!node.isTextual()) {
      problem(path, "expected a " + what + " (a string), found " + describe(node));
      return null;
    }
    try {
      return Enum.valueOf(type, node.asText());
    } catch (IllegalArgumentException e) {
      problem(
          path,
          "unknown " + what + " \"" + node.asText() + "\": use one of "
              + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  private <E extends Enum<E>> void enumSet(
      ObjectNode owner, String field, String path, Class<E> type, String what, boolean nonEmpty) {
    List<JsonNode> items = array(owner, field, path, nonEmpty);
    Set<E> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String itemPath = child(path, field) + "[" + i + "]";
      E value = enumValue(items.get(i), itemPath, type, what);
      if (value != null && !seen.add(value)) {
        problem(itemPath, what + " " + value + " is listed twice");
      }
    }
  }

  private void languages(ObjectNode owner, String field, String path, boolean nonEmpty) {
    List<JsonNode> items = array(owner, field, path, nonEmpty);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String itemPath = child(path, field) + "[" + i + "]";
      String code = text(items.get(i), itemPath);
      if (code == null) {
        continue;
      }
      if (!Language.isValid(code)) {
        problem(
            itemPath,
            "language code \"" + code + "\" is not an ISO 639-1 code: use two lower-case letters such as \"fr\"");
      } else if (!seen.add(code)) {
        problem(itemPath, "language " + code + " is listed twice");
      }
    }
  }

  private void money(ObjectNode owner, String field, String path) {
    JsonNode node = owner.get(field);
    if (node == null) {
      return;
    }
    String at = child(path, field);
    ObjectNode money = object(node, at);
    if (money == null) {
      return;
    }
    fields(money, at, Set.of("amount", "currency"), Set.of());
    number(money, "amount", at, false);
    String currency = text(money, "currency", at);
    if (currency != null && !isCurrency(currency)) {
      problem(
          child(at, "currency"),
          "unknown currency \"" + currency + "\": use an ISO 4217 code such as \"EUR\"");
    }
  }

  private static boolean isCurrency(String code) {
    try {
      return Currency.getInstance(code).getCurrencyCode().equals(code);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
