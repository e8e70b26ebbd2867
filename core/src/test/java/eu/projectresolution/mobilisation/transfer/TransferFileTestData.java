package eu.projectresolution.mobilisation.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** A small valid rule file and context file, and single planted errors with the path they must be reported at. */
final class TransferFileTestData {
  static final ObjectMapper JSON = MobilisationJson.objectMapper();

  static final String RULE_FILE =
      """
      {
        "ruleSet": "Test rules",
        "practice": {
          "code": "test",
          "name": "A test practice",
          "elements": [
            { "id": "recrut-cafe", "name": "Recrut'Café", "essential": false,
              "requirements": [ { "id": "agency", "type": "partners", "anyOf": ["TEMPORARY_WORK_AGENCY"] } ] },
            { "id": "sites", "name": "Sites", "essential": true,
              "requirements": [
                { "id": "urban", "type": "territoryType", "anyOf": ["OTHER_URBAN"] },
                { "id": "near", "type": "travelTime", "to": "SITE", "maximumMinutes": 20 },
                { "id": "money", "type": "budgetPerPersonReached", "minimum": { "amount": 40, "currency": "EUR" } } ] }
          ]
        },
        "adaptations": [
          { "id": "employers", "element": "recrut-cafe", "compensates": ["agency"],
            "when": [ { "id": "recruiters", "type": "partners", "anyOf": ["EMPLOYER"] } ],
            "description": "Recruit with local employers" }
        ]
      }
      """;

  static final String CONTEXT =
      """
      {
        "name": "A town",
        "country": "BE",
        "territoryType": "OTHER_URBAN",
        "population": 50000,
        "areaSquareKilometres": 40,
        "travelMinutesToPublicEmploymentOffice": 20,
        "travelMinutesToSite": 15,
        "partners": ["PUBLIC_EMPLOYMENT_SERVICE", "ASSOCIATION"],
        "staff": [ { "role": "RESIDENT_LIAISON_COUNSELLOR", "headcount": 2, "fullTimeEquivalent": 1.5 } ],
        "budget": { "amount": 100000, "currency": "EUR" },
        "peopleToReach": 1000,
        "languages": ["fr", "nl"],
        "mainstreamSchemes": ["PUBLIC_EMPLOYMENT_SERVICE"],
        "sources": { "population": "illustrative" }
      }
      """;

  /** One planted error: what to change in the file and where it must be reported. */
  record Planted(String description, Consumer<ObjectNode> change, String path) {
    @Override
    public String toString() {
      return description + " at " + path;
    }
  }

  /** Single errors in {@link #RULE_FILE} that the schema can see as well as the loader. */
  static final List<Planted> RULE_FILE_ERRORS =
      List.of(
          new Planted("unknown top-level field", f -> f.put("author", "me"), "$.author"),
          new Planted("unknown field in an element", f -> element(f, 0).put("colour", "blue"), "$.practice.elements[0].colour"),
          new Planted(
              "unknown partner kind",
              f -> requirement(f, 0, 0).set("anyOf", array("TEMP_AGENCY")),
              "$.practice.elements[0].requirements[0].anyOf[0]"),
          new Planted(
              "unknown partner kind in an adaptation's condition",
              f -> ((ObjectNode) f.at("/adaptations/0/when/0")).set("anyOf", array("BAKERY")),
              "$.adaptations[0].when[0].anyOf[0]"),
          new Planted(
              "unknown territory type",
              f -> requirement(f, 1, 0).set("anyOf", array("SUBURB")),
              "$.practice.elements[1].requirements[0].anyOf[0]"),
          new Planted(
              "unknown field in a requirement",
              f -> requirement(f, 1, 1).put("minutes", 5),
              "$.practice.elements[1].requirements[1].minutes"),
          new Planted(
              "unknown requirement type",
              f -> requirement(f, 1, 1).put("type", "distance"),
              "$.practice.elements[1].requirements[1].type"),
          new Planted("missing element name", f -> element(f, 1).remove("name"), "$.practice.elements[1].name"),
          new Planted(
              "essential as a string",
              f -> element(f, 1).put("essential", "yes"),
              "$.practice.elements[1].essential"),
          new Planted(
              "negative travel time",
              f -> requirement(f, 1, 1).put("maximumMinutes", -5),
              "$.practice.elements[1].requirements[1].maximumMinutes"),
          new Planted(
              "unknown currency",
              f -> ((ObjectNode) requirement(f, 1, 2).get("minimum")).put("currency", "euro"),
              "$.practice.elements[1].requirements[2].minimum.currency"),
          new Planted(
              "no partner kind at all",
              f -> requirement(f, 0, 0).set("anyOf", array()),
              "$.practice.elements[0].requirements[0].anyOf"),
          new Planted(
              "element id with a space",
              f -> element(f, 0).put("id", "recrut cafe"),
              "$.practice.elements[0].id"),
          new Planted("rule set name over 200 characters", f -> f.put("ruleSet", "x".repeat(201)), "$.ruleSet"),
          new Planted(
              "element name over 200 characters",
              f -> element(f, 0).put("name", "é".repeat(201)),
              "$.practice.elements[0].name"),
          new Planted(
              "adaptation description over 2,000 characters",
              f -> ((ObjectNode) f.get("adaptations").get(0)).put("description", "x".repeat(2_001)),
              "$.adaptations[0].description"));

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String plant(String json, Consumer<ObjectNode> change) {
    ObjectNode file = tree(json);
    change.accept(file);
    return file.toString();
  }

  static ObjectNode element(ObjectNode file, int element) {
    return (ObjectNode) file.at("/practice/elements/" + element);
  }

  static ObjectNode requirement(ObjectNode file, int element, int requirement) {
    return (ObjectNode) file.at("/practice/elements/" + element + "/requirements/" + requirement);
  }

  static ArrayNode array(String... values) {
    ArrayNode array = JSON.createArrayNode();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  static JsonNode number(long value) {
    return JSON.getNodeFactory().numberNode(value);
  }

  private TransferFileTestData() {}
}
