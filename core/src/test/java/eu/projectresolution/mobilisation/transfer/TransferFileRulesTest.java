package eu.projectresolution.mobilisation.transfer;

import static eu.projectresolution.mobilisation.document.ProblemCode.DUPLICATE;
import static eu.projectresolution.mobilisation.document.ProblemCode.INCONSISTENT;
import static eu.projectresolution.mobilisation.document.ProblemCode.MALFORMED;
import static eu.projectresolution.mobilisation.document.ProblemCode.UNKNOWN_REFERENCE;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.CONTEXT;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.RULE_FILE;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.array;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.element;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.requirement;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.document.DocumentRule;
import java.util.List;
import java.util.function.Consumer;
import eu.projectresolution.mobilisation.countrypack.CountryPack;
import eu.projectresolution.mobilisation.countrypack.CountryPacks;
import eu.projectresolution.mobilisation.countrypack.TerritoryDesignation;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import org.junit.jupiter.api.Test;

/** Each named rule of rule files and context files on its own, then within its checker. */
class TransferFileRulesTest {
  private static ObjectNode ruleFile(Consumer<ObjectNode> change) {
    ObjectNode file = tree(RULE_FILE);
    change.accept(file);
    return file;
  }

  private static ObjectNode context(Consumer<ObjectNode> change) {
    ObjectNode file = tree(CONTEXT);
    change.accept(file);
    return file;
  }

  private static ObjectNode adaptation(ObjectNode file, int index) {
    return (ObjectNode) file.at("/adaptations/" + index);
  }

  private static ObjectNode secondAdaptation(ObjectNode file) {
    ObjectNode second = adaptation(file, 0).deepCopy().put("id", "elsewhere");
    ((ArrayNode) file.get("adaptations")).add(second);
    return second;
  }

  private static List<DocumentProblem> checkedRuleFile(Consumer<ObjectNode> change) {
    return TransferFileRules.ruleFile().check(ruleFile(change));
  }

  @Test
  void requirementIdsUniqueWithinAnElement() {
    DocumentRule rule = TransferFileRules.REQUIREMENT_IDS_UNIQUE;

    assertThat(rule.check(ruleFile(f -> requirement(f, 1, 2).put("id", "urban")))).containsExactly(new DocumentProblem(
        "$.practice.elements[1].requirements[2].id", DUPLICATE,
        "\"urban\" is used twice: requirement ids must be unique within an element"));
    assertThat(rule.check(ruleFile(f -> requirement(f, 1, 0).put("id", "agency")))).as("in another element").isEmpty();
  }

  @Test
  void conditionIdsUniqueWithinAnAdaptation() {
    DocumentRule rule = TransferFileRules.CONDITION_IDS_UNIQUE;

    assertThat(rule.check(ruleFile(f -> ((ArrayNode) adaptation(f, 0).get("when")).add(adaptation(f, 0).at("/when/0")))))
        .containsExactly(new DocumentProblem("$.adaptations[0].when[1].id", DUPLICATE,
            "\"recruiters\" is used twice: condition ids must be unique within an adaptation"));
  }

  @Test
  void elementIdsUnique() {
    assertThat(TransferFileRules.ELEMENT_IDS_UNIQUE.check(ruleFile(f -> element(f, 1).put("id", "recrut-cafe"))))
        .containsExactly(new DocumentProblem("$.practice.elements[1].id", DUPLICATE,
            "\"recrut-cafe\" is used twice: element ids must be unique"));
  }

  @Test
  void adaptationIdsUnique() {
    assertThat(TransferFileRules.ADAPTATION_IDS_UNIQUE.check(ruleFile(f -> secondAdaptation(f).put("id", "employers"))))
        .containsExactly(new DocumentProblem("$.adaptations[1].id", DUPLICATE,
            "\"employers\" is used twice: adaptation ids must be unique"));
  }

  @Test
  void adaptationsNameThePracticesElementsAndTheirRequirements() {
    DocumentRule rule = TransferFileRules.ADAPTATIONS_NAME_THE_PRACTICE;

    assertThat(rule.code()).isEqualTo(UNKNOWN_REFERENCE);
    assertThat(rule.check(ruleFile(f -> secondAdaptation(f).put("element", "bus")))).containsExactly(new DocumentProblem(
        "$.adaptations[1].element", UNKNOWN_REFERENCE, "unknown element \"bus\": the practice has elements [recrut-cafe, sites]"));
    assertThat(rule.check(ruleFile(f -> adaptation(f, 0).set("compensates", array("agency", "near")))))
        .containsExactly(new DocumentProblem("$.adaptations[0].compensates[1]", UNKNOWN_REFERENCE,
            "element \"recrut-cafe\" has no requirement \"near\": its requirements are [agency]"));
    assertThat(rule.check(ruleFile(f -> {}))).isEmpty();
  }

  @Test
  void referencesAreNotCheckedAgainstAPracticeWhoseIdsHaveProblems() {
    assertThat(checkedRuleFile(f -> element(f, 0).put("id", "recrut cafe")))
        .extracting(DocumentProblem::path, DocumentProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.practice.elements[0].id", MALFORMED));
    assertThat(checkedRuleFile(f -> {
      requirement(f, 0, 0).put("id", "agency!");
      adaptation(f, 0).set("compensates", array("agency", "elsewhere"));
    })).extracting(DocumentProblem::path).containsExactly("$.practice.elements[0].requirements[0].id");
    assertThat(checkedRuleFile(f -> element(f, 0).put("requirements", "agency")))
        .extracting(DocumentProblem::path)
        .as("requirements that are not a list name none")
        .containsExactly("$.practice.elements[0].requirements");
  }

  @Test
  void oneStaffEntryPerRole() {
    DocumentRule rule = TransferFileRules.STAFF_ROLES_UNIQUE;
    Consumer<ObjectNode> twice = c -> ((ArrayNode) c.get("staff")).add(c.at("/staff/0").deepCopy());

    assertThat(rule.check(context(twice))).containsExactly(new DocumentProblem("$.staff[1].role", DUPLICATE,
        "\"RESIDENT_LIAISON_COUNSELLOR\" is used twice: give one entry per role with its total FTE"));
    assertThat(TransferFileRules.contextFile().check(context(twice))).isEqualTo(rule.check(context(twice)));
  }

  @Test
  void countryPackReferencesResolve() {
    DocumentRule rule = TransferFileRules.packReferencesResolve(CountryPacks.standard());

    assertThat(rule.check(context(c -> c.put("countryPack", "es").put("region", "Castilla-La Mancha")
        .put("territoryDesignation", "depopulation-risk-municipality")))).isEmpty();
    assertThat(rule.check(context(c -> c.put("countryPack", "pt")))).containsExactly(new DocumentProblem(
        "$.countryPack", UNKNOWN_REFERENCE, "\"pt\" is not a known country pack: use one of [be, es, fr, it], or put"
            + " pt.json on the classpath or give it with the pack files"));
    assertThat(rule.check(context(c -> c.put("countryPack", "es").put("region", "Castille"))))
        .extracting(DocumentProblem::path, DocumentProblem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.region", "\"Castille\" is not a region of country pack"
            + " es: use one of [Andalucía, Castilla-La Mancha, Cataluña, Comunitat Valenciana, País Vasco]"));
    assertThat(rule.check(context(c -> c.put("territoryDesignation", "inner-area")))).containsExactly(
        new DocumentProblem("$.territoryDesignation", UNKNOWN_REFERENCE,
            "a territoryDesignation belongs to a country pack: add \"countryPack\" naming it"));
    assertThat(rule.check(context(c -> c.put("countryPack", "it").put("territoryDesignation", "qpv"))))
        .extracting(DocumentProblem::message)
        .containsExactly("\"qpv\" is not a territory designation of country pack it: use one of [inner-area,"
            + " belt-municipality, urban-pole]");
  }

  @Test
  void aTerritoryDesignationIsOfTheContextsTerritoryType() {
    DocumentRule rule = TransferFileRules.designationMatchesTerritoryType(CountryPacks.standard());

    assertThat(rule.check(context(c -> c.put("countryPack", "it").put("territoryType", "RURAL")
        .put("territoryDesignation", "inner-area")))).isEmpty();
    assertThat(rule.check(context(c -> c.put("countryPack", "it").put("territoryType", "OTHER_URBAN")
        .put("territoryDesignation", "inner-area")))).containsExactly(new DocumentProblem("$.territoryDesignation",
            INCONSISTENT, "\"inner-area\" is a territory of type RURAL but territoryType is OTHER_URBAN: make them agree"));
  }

  @Test
  void aPartnersOwnPackIsAcceptedWhenGiven() {
    CountryPack portugal = CountryPack.builder().id("pt").country(CountryCode.of("PT"))
        .addTerritoryDesignations(TerritoryDesignation.builder().id("interior").name("Territórios do Interior")
            .territoryType(TerritoryType.RURAL).build())
        .build();
    ObjectNode inPortugal = context(c -> c.put("countryPack", "pt").put("territoryType", "RURAL")
        .put("territoryDesignation", "interior"));

    assertThat(TransferFileRules.contextFile().check(inPortugal)).extracting(DocumentProblem::path)
        .containsExactly("$.countryPack");
    assertThat(TransferFileRules.contextFile(CountryPacks.standard().with(portugal)).check(inPortugal)).isEmpty();
  }

  @Test
  void aSourceNamesAFieldOfTheContext() {
    assertThat(TransferFileRules.CONTEXT_FIELD.accepts("population")).isTrue();
    assertThat(TransferFileRules.CONTEXT_FIELD.accepts("budget.amount")).isTrue();
    assertThat(TransferFileRules.CONTEXT_FIELD.accepts("mayor")).isFalse();
    assertThat(TransferFileRules.contextFile().check(context(c -> ((ObjectNode) c.get("sources")).put("mayor", "web site"))))
        .containsExactly(new DocumentProblem("$.sources.mayor", MALFORMED, "\"mayor\" names no field of a context: use a"
            + " field name, optionally followed by \".detail\", among [areaSquareKilometres, budget, country, countryPack,"
            + " languages, mainstreamSchemes, name, note, partners, peopleToAccompany, peopleToReach, population, region,"
            + " sources, staff, territoryDesignation, territoryType, travelMinutesToPublicEmploymentOffice,"
            + " travelMinutesToSite]"));
  }
}
