package eu.projectresolution.mobilisation.practice;

import static eu.projectresolution.mobilisation.document.ProblemCode.BLANK;
import static eu.projectresolution.mobilisation.document.ProblemCode.EMPTY;
import static eu.projectresolution.mobilisation.document.ProblemCode.INCONSISTENT;
import static eu.projectresolution.mobilisation.document.ProblemCode.MALFORMED;
import static eu.projectresolution.mobilisation.document.ProblemCode.MISSING;
import static eu.projectresolution.mobilisation.document.ProblemCode.OUT_OF_ORDER;
import static eu.projectresolution.mobilisation.document.ProblemCode.TOO_LONG;
import static eu.projectresolution.mobilisation.document.ProblemCode.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.document.DocumentRule;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each named rule of a practice sheet on its own: the rules no schema can state (run alone, then within the
 * checker, where a value with a problem of its own silences them), and the words of the rules between fields
 * the schema states.
 */
class SheetRulesTest {
  private final PracticeSheetJson json = PracticeSheetJson.create();

  private ObjectNode sipa(Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) json.toTree(SipaPracticeSheet.load());
    change.accept(tree);
    return tree;
  }

  private static ObjectNode at(ObjectNode tree, String pointer) {
    return (ObjectNode) tree.at(pointer);
  }

  private List<DocumentProblem> alone(DocumentRule rule, Consumer<ObjectNode> change) {
    return rule.check(sipa(change));
  }

  private List<DocumentProblem> checked(Consumer<ObjectNode> change) {
    return json.check(sipa(change)).problems();
  }

  @Test
  void aTitleInTheOriginalLanguage() {
    DocumentRule rule = SheetRules.TITLE_IN_ORIGINAL_LANGUAGE;

    assertThat(rule.code()).isEqualTo(MISSING);
    assertThat(alone(rule, s -> at(s, "/initiative").put("originalLanguage", "it"))).containsExactly(new DocumentProblem(
        "$.initiative.title.it", MISSING, "the title has no text in the original language \"it\": add it"));
    assertThat(alone(rule, s -> at(s, "/initiative").put("originalLanguage", "en"))).isEmpty();
    assertThat(alone(rule, s -> {})).as("French, which the schema asks for anyway").isEmpty();
    assertThat(checked(s -> {
      at(s, "/initiative").put("originalLanguage", "it");
      at(s, "/initiative/title").put("en", " ");
    })).extracting(DocumentProblem::code).as("a title with a problem of its own").containsExactly(BLANK);
  }

  @Test
  void aPeriodInOrder() {
    DocumentRule rule = SheetRules.PERIOD_IN_ORDER;

    assertThat(rule.code()).isEqualTo(OUT_OF_ORDER);
    assertThat(alone(rule, s -> at(s, "/initiative/period").put("end", "2016-08-31"))).containsExactly(new DocumentProblem(
        "$.initiative.period.end", OUT_OF_ORDER,
        "the period ends on 2016-08-31, before it starts on 2016-09-01: give an end on or after the start"));
    assertThat(alone(rule, s -> at(s, "/initiative/period").put("end", "2016-09-01"))).as("one day").isEmpty();
    assertThat(checked(s -> at(s, "/initiative/period").put("start", "2019-13-01").put("end", "2016-08-31")))
        .extracting(DocumentProblem::code).as("a start that is not a day").containsExactly(MALFORMED);
  }

  @Test
  void aSummaryOfAtMost250WordsInEachLanguage() {
    DocumentRule rule = SheetRules.SUMMARY_WORDS;

    assertThat(rule.code()).isEqualTo(TOO_LONG);
    assertThat(alone(rule, s -> at(s, "/initiative/summary").put("en", words(251)))).containsExactly(new DocumentProblem(
        "$.initiative.summary.en", TOO_LONG,
        "the summary has 251 words in \"en\": the form allows at most 250 words; shorten it"));
    assertThat(alone(rule, s -> at(s, "/initiative/summary").put("en", words(250)))).isEmpty();
    assertThat(checked(s -> at(s, "/initiative/summary").put("en", words(251) + "\uD83D")))
        .extracting(DocumentProblem::code).as("a summary with a broken character").containsExactly(MALFORMED);
  }

  @Test
  void aHeadcountWrittenWhole() {
    DocumentRule rule = SheetRules.WHOLE_HEADCOUNT;

    assertThat(rule.code()).isEqualTo(WRONG_TYPE);
    assertThat(alone(rule, s -> at(s, "/implementation/coordination/1").put("headcount", new BigDecimal("2.0"))))
        .containsExactly(new DocumentProblem("$.implementation.coordination[1].headcount", WRONG_TYPE,
            "must be a whole number written without a fraction part, not 2.0"));
    assertThat(alone(rule, s -> {})).isEmpty();
    assertThat(checked(s -> at(s, "/implementation/coordination/1").put("headcount", new BigDecimal("0.0"))))
        .extracting(DocumentProblem::describe)
        .as("under the schema's minimum first")
        .containsExactly("$.implementation.coordination[1].headcount: is 0.0: it must be at least 1");
  }

  @Test
  void anOtherDomainDescribedExactlyWhenListed() {
    assertThat(SheetRules.OTHER_DOMAIN_DESCRIBED.location()).isEqualTo("/$defs/initiative/allOf/0");
    assertThat(checked(s -> at(s, "/initiative").remove("otherDomain"))).containsExactly(new DocumentProblem(
        "$.initiative.otherDomain", MISSING, "domains lists OTHER but otherDomain is missing: say what the other domain is"));
    assertThat(checked(s -> ((ArrayNode) s.at("/initiative/domains")).remove(3))).containsExactly(new DocumentProblem(
        "$.initiative.otherDomain", INCONSISTENT,
        "otherDomain is given but domains does not list OTHER: add OTHER to domains or remove otherDomain"));
  }

  @Test
  void otherPeopleFarFromEmploymentDescribedExactlyWhenListed() {
    assertThat(checked(s -> ((ArrayNode) s.at("/implementation/targetGroups")).add("OTHER_PEOPLE_FAR_FROM_EMPLOYMENT")))
        .containsExactly(new DocumentProblem("$.implementation.otherPeopleFarFromEmployment", MISSING,
            "targetGroups lists OTHER_PEOPLE_FAR_FROM_EMPLOYMENT but otherPeopleFarFromEmployment is missing: say who the"
                + " other people far from employment are"));
    assertThat(checked(s -> at(s, "/implementation").putObject("otherPeopleFarFromEmployment").put("fr", "autres")))
        .extracting(DocumentProblem::path, DocumentProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.implementation.otherPeopleFarFromEmployment", INCONSISTENT));
  }

  @Test
  void otherProfessionalsDescribedExactlyWhenListed() {
    assertThat(checked(s -> at(s, "/implementation").remove("otherProfessionals"))).containsExactly(new DocumentProblem(
        "$.implementation.otherProfessionals", MISSING,
        "targetGroups lists OTHER_PROFESSIONALS but otherProfessionals is missing: say who the other professionals are"));
    assertThat(checked(s -> ((ArrayNode) s.at("/implementation/targetGroups")).remove(4))).containsExactly(
        new DocumentProblem("$.implementation.otherProfessionals", INCONSISTENT, "otherProfessionals is given but"
            + " targetGroups does not list OTHER_PROFESSIONALS: add OTHER_PROFESSIONALS to targetGroups or remove"
            + " otherProfessionals"));
  }

  @Test
  void placesExactlyWhenAppliedElsewhere() {
    assertThat(checked(s -> at(s, "/transferability").put("appliedElsewhere", "NO"))).containsExactly(new DocumentProblem(
        "$.transferability.whereApplied", INCONSISTENT,
        "appliedElsewhere is NO but whereApplied lists places: answer YES or PARTIALLY, or remove the places"));
    assertThat(checked(s -> at(s, "/transferability").put("appliedElsewhere", "PARTIALLY").remove("whereApplied")))
        .containsExactly(new DocumentProblem("$.transferability.whereApplied", INCONSISTENT,
            "appliedElsewhere is PARTIALLY but whereApplied lists no place: say where it was applied"));
    assertThat(checked(s -> at(s, "/transferability").putArray("whereApplied")))
        .extracting(DocumentProblem::message)
        .containsExactly("appliedElsewhere is YES but whereApplied lists no place: say where it was applied");
    assertThat(checked(s -> at(s, "/transferability").put("appliedElsewhere", "NO").putArray("whereApplied"))).isEmpty();
  }

  @Test
  void aTestimonialThatSaysSomething() {
    assertThat(checked(s -> ((ArrayNode) s.at("/impact/testimonials")).addObject().put("source", "BENEFICIARIES")))
        .containsExactly(new DocumentProblem("$.impact.testimonials[2]", EMPTY,
            "the testimonial says nothing: give a text, a strength, a weakness or a media link"));
    assertThat(checked(s -> ((ArrayNode) s.at("/impact/testimonials")).addObject().put("source", "BENEFICIARIES")
        .putObject("text").put("fr", "Merci")))
        .isEmpty();
  }

  private static String words(int count) {
    return String.join(" ", Collections.nCopies(count, "mot"));
  }
}
