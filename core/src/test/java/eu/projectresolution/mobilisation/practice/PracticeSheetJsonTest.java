package eu.projectresolution.mobilisation.practice;

import static eu.projectresolution.mobilisation.document.ProblemCode.BLANK;
import static eu.projectresolution.mobilisation.document.ProblemCode.DUPLICATE;
import static eu.projectresolution.mobilisation.document.ProblemCode.INCONSISTENT;
import static eu.projectresolution.mobilisation.document.ProblemCode.INVALID_JSON;
import static eu.projectresolution.mobilisation.document.ProblemCode.MALFORMED;
import static eu.projectresolution.mobilisation.document.ProblemCode.MISSING;
import static eu.projectresolution.mobilisation.document.ProblemCode.NEGATIVE;
import static eu.projectresolution.mobilisation.document.ProblemCode.OUT_OF_ORDER;
import static eu.projectresolution.mobilisation.document.ProblemCode.TOO_LONG;
import static eu.projectresolution.mobilisation.document.ProblemCode.TOO_SMALL;
import static eu.projectresolution.mobilisation.document.ProblemCode.UNKNOWN_FIELD;
import static eu.projectresolution.mobilisation.document.ProblemCode.UNKNOWN_VALUE;
import static eu.projectresolution.mobilisation.document.ProblemCode.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.MobilisationException;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.programme.Money;
import java.math.BigDecimal;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class PracticeSheetJsonTest {
  private final PracticeSheetJson json = PracticeSheetJson.create();

  private ObjectNode sipaTree() {
    return (ObjectNode) json.toTree(SipaPracticeSheet.load());
  }

  private static ObjectNode at(ObjectNode root, String... fields) {
    ObjectNode node = root;
    for (String field : fields) {
      node = (ObjectNode) node.get(field);
    }
    return node;
  }

  /** The sheet with ten planted errors, one of each kind the issue names and four more. */
  private ObjectNode sheetWithTenErrors() {
    ObjectNode sheet = sipaTree();
    at(sheet, "organisation").remove("name");
    at(sheet, "initiative", "summary").put("fr", String.join(" ", Collections.nCopies(251, "mot")));
    at(sheet, "initiative", "period").put("end", "2016-08-31");
    ((ArrayNode) at(sheet, "initiative").get("domains")).set(1, "SPORT");
    at(sheet, "implementation", "resources", "budget").put("amount", new BigDecimal("-1366568.14"));
    at(sheet, "organisation").put("country", "France");
    ((ObjectNode) at(sheet, "implementation").withArray("coordination").get(2)).put("headcount", 0);
    ((ObjectNode) at(sheet, "implementation").withArray("objectives").get(0)).put("en", " ");
    at(sheet, "transferability").put("appliedElsewhere", "NO");
    at(sheet, "impact").put("evaluaton", "typo");
    return sheet;
  }

  @Test
  void reportsTenPlantedErrorsAtOnceEachAtItsPath() {
    SheetCheck check = json.check(sheetWithTenErrors());

    assertThat(check.isValid()).isFalse();
    assertThat(check.problems())
        .extracting(DocumentProblem::path, DocumentProblem::code)
        .containsExactly(
            tuple("$.organisation.name", MISSING),
            tuple("$.organisation.country", MALFORMED),
            tuple("$.initiative.domains[1]", UNKNOWN_VALUE),
            tuple("$.initiative.period.end", OUT_OF_ORDER),
            tuple("$.initiative.summary.fr", TOO_LONG),
            tuple("$.implementation.objectives[0].en", BLANK),
            tuple("$.implementation.coordination[2].headcount", TOO_SMALL),
            tuple("$.implementation.resources.budget.amount", NEGATIVE),
            tuple("$.impact.evaluaton", UNKNOWN_FIELD),
            tuple("$.transferability.whereApplied", INCONSISTENT));
  }

  @Test
  void explainsEachProblemInPlainWordsWithTheFix() {
    SheetCheck check = json.check(sheetWithTenErrors());

    assertThat(check.problems()).extracting(DocumentProblem::describe).containsExactly(
        "$.organisation.name: is missing: add \"name\"",
        "$.organisation.country: \"France\" is not an ISO 3166-1 alpha-2 country code: use two upper-case letters"
            + " such as FR, ES, IT or BE",
        "$.initiative.domains[1]: \"SPORT\" is not a known value: use one of EDUCATION, EMPLOYMENT,"
            + " VOCATIONAL_TRAINING, ENTREPRENEURSHIP, SOCIAL_INCLUSION, OTHER",
        "$.initiative.period.end: the period ends on 2016-08-31, before it starts on 2016-09-01: give an end on"
            + " or after the start",
        "$.initiative.summary.fr: the summary has 251 words in \"fr\": the form allows at most 250 words; shorten it",
        "$.implementation.objectives[0].en: is blank: write something or leave the field out if it is optional",
        "$.implementation.coordination[2].headcount: is 0: it must be at least 1",
        "$.implementation.resources.budget.amount: is negative (-1366568.14): it must be zero or more",
        "$.impact.evaluaton: unknown field \"evaluaton\": remove it or correct its spelling; allowed fields here"
            + " are expectedImpacts, results, evaluation, testimonials",
        "$.transferability.whereApplied: appliedElsewhere is NO but whereApplied lists places: answer YES or"
            + " PARTIALLY, or remove the places");
  }

  @Test
  void readingAnInvalidSheetThrowsWithEveryProblemAndNoStackTraceInTheMessage() {
    String text = json.toTree(SipaPracticeSheet.load()).toString();
    String broken = sheetWithTenErrors().toString();
    assertThat(json.read(text)).isEqualTo(SipaPracticeSheet.load());

    assertThatThrownBy(() -> json.read(broken))
        .isInstanceOf(InvalidPracticeSheet.class)
        .isInstanceOf(MobilisationException.class)
        .satisfies(e -> assertThat(((InvalidPracticeSheet) e).problems()).hasSize(10))
        .hasMessageStartingWith("The practice sheet has 10 problems:\n  $.organisation.name: ")
        .hasMessageNotContaining("Exception")
        .hasMessageNotContaining("\tat ");
  }

  @Test
  void reportsTextThatIsNotJsonWithItsLineAndColumn() {
    SheetCheck check = json.check("{\n  \"id\": \"x\",\n  oops\n}");

    assertThat(check.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.code()).isEqualTo(INVALID_JSON);
      assertThat(p.message()).startsWith("the text is not valid JSON (line 3, column 3)");
    });
    assertThat(json.check("").problems()).extracting(DocumentProblem::code).containsExactly(INVALID_JSON);
  }

  @Test
  void reportsATopLevelValueThatIsNotAnObject() {
    assertThat(json.check("[1, 2]").problems())
        .extracting(DocumentProblem::path, DocumentProblem::code)
        .containsExactly(tuple("$", WRONG_TYPE));
  }

  @Test
  void refusesNullsWrongTypesDuplicatesAndMalformedCodes() {
    ObjectNode sheet = sipaTree();
    at(sheet, "organisation").putNull("contact");
    at(sheet, "organisation").put("website", "www.ideis-asso.fr");
    at(sheet, "initiative").put("partners", "Pôle Emploi");
    at(sheet, "initiative").put("originalLanguage", "french");
    ((ArrayNode) at(sheet, "implementation").get("targetGroups")).add("NEETS");
    at(sheet, "implementation", "resources", "budget").put("currency", "EURO");
    ((ObjectNode) at(sheet, "impact").withArray("results").get(0)).put("origin", 3);
    at(sheet, "initiative", "period").put("start", "01/09/2016");
    at(sheet, "initiative", "title").put("english", "SIPA");

    assertThat(json.check(sheet).problems())
        .extracting(DocumentProblem::path, DocumentProblem::code)
        .containsExactly(
            tuple("$.organisation.contact", WRONG_TYPE),
            tuple("$.organisation.website", MALFORMED),
            tuple("$.initiative.title.english", MALFORMED),
            tuple("$.initiative.originalLanguage", MALFORMED),
            tuple("$.initiative.partners", WRONG_TYPE),
            tuple("$.initiative.period.start", MALFORMED),
            tuple("$.implementation.targetGroups[5]", DUPLICATE),
            tuple("$.implementation.resources.budget.currency", MALFORMED),
            tuple("$.impact.results[0].origin", WRONG_TYPE));
  }

  @Test
  void asksForTheDescriptionOfAnOtherDomainOrTargetGroupAndForTheTitleInTheOriginalLanguage() {
    ObjectNode sheet = sipaTree();
    at(sheet, "initiative").remove("otherDomain");
    at(sheet, "initiative").put("originalLanguage", "it");
    ((ArrayNode) at(sheet, "implementation").get("targetGroups")).remove(4);

    assertThat(json.check(sheet).problems())
        .extracting(DocumentProblem::path, DocumentProblem::code)
        .containsExactly(
            tuple("$.initiative.title.it", MISSING),
            tuple("$.initiative.otherDomain", MISSING),
            tuple("$.implementation.otherProfessionals", INCONSISTENT));
  }

  @Test
  void asksWhereAPracticeAppliedElsewhereWasApplied() {
    ObjectNode sheet = sipaTree();
    at(sheet, "transferability").put("appliedElsewhere", "PARTIALLY");
    at(sheet, "transferability").remove("whereApplied");

    assertThat(json.check(sheet).problems())
        .extracting(DocumentProblem::path, DocumentProblem::code)
        .containsExactly(tuple("$.transferability.whereApplied", INCONSISTENT));
  }

  @Test
  void appliesTheSameRulesToASheetBuiltInJava() {
    PracticeSheet sipa = SipaPracticeSheet.load();
    PracticeSheet overBudget = PracticeSheet.builder()
        .from(sipa)
        .implementation(Implementation.builder()
            .from(sipa.implementation())
            .resources(Resources.of(new BigDecimal("-1"), Money.of("-10", "EUR")))
            .build())
        .build();

    assertThat(json.problems(sipa)).isEmpty();
    assertThat(json.problems(overBudget))
        .extracting(DocumentProblem::path, DocumentProblem::code)
        .containsExactly(
            tuple("$.implementation.resources.fullTimeEquivalent", NEGATIVE),
            tuple("$.implementation.resources.budget.amount", NEGATIVE));
    assertThatThrownBy(() -> json.requireValid(overBudget)).isInstanceOf(InvalidPracticeSheet.class);
  }

  @Test
  void countsWordsAsRunsHoldingALetterOrDigit() {
    assertThat(Initiative.countWords("Le Recrut' café • d'accompagnement - 3 à 4 RDV")).isEqualTo(8);
    assertThat(Initiative.countWords("   ")).isZero();
  }
}
