package eu.projectresolution.mobilisation.transfer;

import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.CONTEXT;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.RULE_FILE;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.RULE_FILE_ERRORS;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.array;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.element;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.plant;
import static eu.projectresolution.mobilisation.transfer.TransferFileTestData.requirement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.MobilisationException;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.document.ProblemCode;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.transfer.TransferFileTestData.Planted;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TransferRuleFileTest {
  private static List<DocumentProblem> problemsReading(Supplier<?> read) {
    InvalidTransferFile invalid = catchThrowableOfType(InvalidTransferFile.class, read::get);
    assertThat(invalid).as("the file should have been refused").isNotNull();
    return invalid.problems();
  }

  private static List<DocumentProblem> ruleFileProblems(String json) {
    return problemsReading(() -> TransferRuleFile.fromJson(json));
  }

  private static List<DocumentProblem> contextProblems(String json) {
    return problemsReading(() -> TransferContext.fromJson(json));
  }

  @Test
  void readsAValidRuleFileIntoItsRules() {
    TransferRuleFile file = TransferRuleFile.fromJson(RULE_FILE);

    assertThat(file.practice().code()).isEqualTo(PracticeCode.of("test"));
    assertThat(file.practice().elements()).hasSize(2);
    assertThat(file.practice().elements().get(1).requirements())
        .satisfiesExactly(
            r -> assertThat(r).isInstanceOf(TerritoryTypeIn.class),
            r -> assertThat(r).isInstanceOf(MaximumTravelTime.class),
            r -> assertThat(r).isInstanceOf(MinimumBudgetPerPersonReached.class));
    assertThat(file.adaptations()).singleElement().satisfies(a -> assertThat(a.when()).hasSize(1));
    assertThat(file.rules().name()).isEqualTo("Test rules");
  }

  @Test
  void unknownFieldIsAnErrorWithItsPath() {
    String json = plant(RULE_FILE, f -> element(f, 0).put("colour", "blue"));

    assertThat(ruleFileProblems(json))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.path()).isEqualTo("$.practice.elements[0].colour");
          assertThat(p.message()).contains("unknown field \"colour\"").contains("allowed fields here are");
        });
  }

  @Test
  void unknownPartnerKindIsAnErrorWithItsPath() {
    String json = plant(RULE_FILE, f -> requirement(f, 0, 0).set("anyOf", array("TEMPORARY_WORK_AGENCY", "TEMP_AGENCY")));

    assertThat(ruleFileProblems(json))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.path()).isEqualTo("$.practice.elements[0].requirements[0].anyOf[1]");
          assertThat(p.message())
              .contains("\"TEMP_AGENCY\" is not a known value: use one of")
              .contains(PartnerKind.TEMPORARY_WORK_AGENCY.name());
        });
  }

  @Test
  void eachPlantedErrorIsReportedAtItsPath() {
    for (Planted planted : RULE_FILE_ERRORS) {
      assertThat(ruleFileProblems(plant(RULE_FILE, planted.change())))
          .as(planted.description())
          .extracting(DocumentProblem::path)
          .containsExactly(planted.path());
    }
  }

  /** A lone surrogate, which the schemas cannot see, is refused by the loader at its path. */
  @Test
  void refusesABrokenCharacterAtItsPath() {
    String json = plant(RULE_FILE, f -> ((ObjectNode) f.get("adaptations").get(0)).put("why", "broken\uD83D pair"));
    assertThat(ruleFileProblems(json))
        .containsExactly(new DocumentProblem(
            "$.adaptations[0].why", ProblemCode.MALFORMED, "holds a broken character (a lone UTF-16 surrogate at index 6): re-type the text"));
    assertThat(ruleFileProblems(plant(RULE_FILE, f -> f.put("ruleSet", "x".repeat(201)))))
        .containsExactly(new DocumentProblem("$.ruleSet", ProblemCode.TOO_LONG, "is 201 characters long: the limit is 200, shorten it"));
  }

  /** Emptying a list and filling it with an unknown kind cannot both be planted at once. */
  private static final String EMPTIED = "$.practice.elements[0].requirements[0].anyOf";

  @Test
  void everyProblemIsReportedAtOnce() {
    String json =
        plant(
            RULE_FILE,
            file -> {
              for (Planted planted : RULE_FILE_ERRORS) {
                if (!planted.path().equals(EMPTIED)) {
                  planted.change().accept(file);
                }
              }
            });

    InvalidTransferFile invalid = catchThrowableOfType(InvalidTransferFile.class, () -> TransferRuleFile.fromJson(json));

    // The unknown requirement type hides the requirement's own fields (which it cannot know): "minutes" and
    // "maximumMinutes" are then not reported, only the type is.
    List<String> expected =
        RULE_FILE_ERRORS.stream()
            .map(Planted::path)
            .filter(p -> !p.equals(EMPTIED))
            .filter(p -> !p.equals("$.practice.elements[1].requirements[1].minutes"))
            .filter(p -> !p.equals("$.practice.elements[1].requirements[1].maximumMinutes"))
            .toList();
    assertThat(invalid.problems()).extracting(DocumentProblem::path).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(invalid).isInstanceOf(MobilisationException.class);
    expected.forEach(path -> assertThat(invalid.getMessage()).contains(path));
  }

  @Test
  void adaptationsMustNameElementsAndRequirementsThePracticeHas() {
    String json =
        plant(
            RULE_FILE,
            f -> {
              ObjectNode second = ((ObjectNode) f.at("/adaptations/0")).deepCopy();
              second.put("id", "elsewhere").put("element", "bus");
              ((ArrayNode) f.get("adaptations")).add(second);
              ((ObjectNode) f.at("/adaptations/0")).set("compensates", array("agency", "landlord"));
            });

    assertThat(ruleFileProblems(json))
        .extracting(DocumentProblem::path, DocumentProblem::message)
        .containsExactly(
            tuple(
                "$.adaptations[0].compensates[1]",
                "element \"recrut-cafe\" has no requirement \"landlord\": its requirements are [agency]"),
            tuple(
                "$.adaptations[1].element",
                "unknown element \"bus\": the practice has elements [recrut-cafe, sites]"));
  }

  @Test
  void idsMustBeUnique() {
    String json =
        plant(
            RULE_FILE,
            f -> {
              element(f, 1).put("id", "recrut-cafe");
              requirement(f, 1, 1).put("id", "urban");
            });

    assertThat(ruleFileProblems(json))
        .extracting(DocumentProblem::path)
        .containsExactly("$.practice.elements[1].requirements[1].id", "$.practice.elements[1].id");
  }

  @Test
  void malformedJsonIsReportedWithItsLine() {
    assertThat(ruleFileProblems("{\n  \"ruleSet\": \"x\",\n  \"practice\": {\n}"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.path()).isEqualTo("$");
          assertThat(p.code()).isEqualTo(ProblemCode.INVALID_JSON);
          assertThat(p.message()).startsWith("the text is not valid JSON (line 4, column ");
        });
  }

  @Test
  void aFieldWrittenTwiceIsAnError() {
    assertThat(ruleFileProblems("{\"ruleSet\": \"a\", \"ruleSet\": \"b\"}"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Duplicate field 'ruleSet'"));
  }

  @Test
  void readsAValidContext() {
    TransferContext context = TransferContext.fromJson(CONTEXT);

    assertThat(context.density()).isEqualByComparingTo("1250.0");
    assertThat(context.budgetPerPersonReached().amount()).isEqualByComparingTo("100.00");
    assertThat(context.languages()).containsExactly(Language.of("fr"), Language.of("nl"));
  }

  @Test
  void contextFileIsCheckedTheSameWay() {
    String json =
        plant(
            CONTEXT,
            c -> {
              c.put("mayor", "Jane");
              c.set("partners", array("PUBLIC_EMPLOYMENT_SERVICE", "TOWN_HALL"));
              c.put("country", "BEL");
              c.put("peopleToReach", 0);
              c.put("areaSquareKilometres", 0);
              ((ObjectNode) c.get("sources")).put("mayor", "the town's web site");
              ((ArrayNode) c.get("staff"))
                  .add(((ObjectNode) c.at("/staff/0")).deepCopy());
              c.set("languages", array("fr", "french"));
              c.remove("mainstreamSchemes");
            });

    assertThat(contextProblems(json))
        .extracting(DocumentProblem::path)
        .containsExactlyInAnyOrder(
            "$.mayor",
            "$.mainstreamSchemes",
            "$.country",
            "$.areaSquareKilometres",
            "$.partners[1]",
            "$.staff[1].role",
            "$.peopleToReach",
            "$.languages[1]",
            "$.sources.mayor");
  }
}
