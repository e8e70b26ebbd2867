package eu.projectresolution.mobilisation.transfer;

import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.CONTEXT;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.JSON;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.RULE_FILE;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.RULE_FILE_ERRORS;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.array;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.plant;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import eu.projectresolution.mobilisation.transfer.TransferFileTestData.Planted;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schemas (draft 2020-12) against the shipped files and against the loader. */
class TransferSchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema RULES_SCHEMA = schema("transfer-rules.schema.json");
  private static final Schema CONTEXT_SCHEMA = schema("transfer-context.schema.json");

  private static Schema schema(String name) {
    try (InputStream in = SipaTransfer.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = SipaTransfer.class.getResourceAsStream(name)) {
      return JSON.readTree(in);
    }
  }

  private static List<String> errors(Schema schema, JsonNode instance) {
    return schema.validate(instance).stream().map(Error::toString).toList();
  }

  @Test
  void shippedRuleFileFollowsTheShippedSchema() throws IOException {
    assertThat(errors(RULES_SCHEMA, resource("sipa-rules.json"))).isEmpty();
  }

  @Test
  void shippedContextsFollowTheShippedSchema() throws IOException {
    for (String context :
        List.of(
            "context-pays-de-montbeliard-2016-2019.json",
            "context-nord-franche-comte-qpv.json",
            "context-nord-franche-comte-rural.json")) {
      assertThat(errors(CONTEXT_SCHEMA, resource(context))).as(context).isEmpty();
    }
  }

  @Test
  void schemasAreDraft202012() throws IOException {
    for (String name : List.of("transfer-rules.schema.json", "transfer-context.schema.json")) {
      assertThat(resource(name).get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @Test
  void whatTheMapperWritesFollowsTheSchemas() throws IOException {
    assertThat(errors(RULES_SCHEMA, JSON.valueToTree(SipaTransfer.ruleFile()))).isEmpty();
    assertThat(errors(CONTEXT_SCHEMA, JSON.valueToTree(SipaTransfer.homeContext()))).isEmpty();
    assertThat(errors(RULES_SCHEMA, tree(RULE_FILE))).isEmpty();
    assertThat(errors(CONTEXT_SCHEMA, tree(CONTEXT))).isEmpty();
  }

  @Test
  void schemaAndLoaderRefuseTheSameMistakesInRuleFiles() {
    for (Planted planted : RULE_FILE_ERRORS) {
      String json = plant(RULE_FILE, planted.change());
      assertThat(errors(RULES_SCHEMA, tree(json))).as("schema on %s", planted).isNotEmpty();
      assertThatThrownBy(() -> TransferRuleFile.fromJson(json)).as("loader on %s", planted).isInstanceOf(InvalidTransferFile.class);
    }
  }

  @Test
  void schemaAndLoaderRefuseTheSameMistakesInContexts() {
    List<Consumer<ObjectNode>> mistakes =
        List.of(
            c -> c.put("mayor", "Jane"),
            c -> c.set("partners", array("TOWN_HALL")),
            c -> c.put("country", "BEL"),
            c -> c.put("peopleToReach", 0),
            c -> c.put("areaSquareKilometres", 0),
            c -> ((ObjectNode) c.get("sources")).put("mayor", "the town's web site"),
            c -> c.set("languages", array("french")),
            c -> c.remove("mainstreamSchemes"),
            c -> ((ObjectNode) c.at("/staff/0")).put("role", "DRIVER"),
            c -> c.put("name", "x".repeat(201)),
            c -> c.put("note", "x".repeat(2_001)),
            c -> ((ObjectNode) c.get("sources")).put("population", "x".repeat(2_001)));
    for (Consumer<ObjectNode> mistake : mistakes) {
      String json = plant(CONTEXT, mistake);
      assertThat(errors(CONTEXT_SCHEMA, tree(json))).as("schema on %s", json).isNotEmpty();
      assertThatThrownBy(() -> TransferContext.fromJson(json)).as("loader on %s", json).isInstanceOf(InvalidTransferFile.class);
    }
  }

  @Test
  void schemasListExactlyTheEnginesKinds() throws IOException {
    JsonNode rules = resource("transfer-rules.schema.json").get("$defs");
    assertThat(names(rules.at("/partnerKind/enum"))).isEqualTo(names(PartnerKind.values()));
    assertThat(names(rules.at("/territoryType/enum"))).isEqualTo(names(TerritoryType.values()));
    assertThat(names(rules.at("/staffRole/enum"))).isEqualTo(names(StaffRole.values()));
    assertThat(names(rules.at("/schemeKind/enum"))).isEqualTo(names(SchemeKind.values()));
    assertThat(names(rules.at("/travelTimeRequirement/properties/to/enum"))).isEqualTo(names(TravelDestination.values()));
    JsonNode context = resource("transfer-context.schema.json").get("$defs");
    assertThat(context.get("partnerKind")).isEqualTo(rules.get("partnerKind"));
    assertThat(context.get("territoryType")).isEqualTo(rules.get("territoryType"));
    assertThat(context.get("staffRole")).isEqualTo(rules.get("staffRole"));
    assertThat(context.get("schemeKind")).isEqualTo(rules.get("schemeKind"));
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.asText()));
    return names;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
