package eu.projectresolution.mobilisation.practice;

import static eu.projectresolution.mobilisation.document.ProblemCode.EMPTY;
import static eu.projectresolution.mobilisation.document.ProblemCode.INCONSISTENT;
import static eu.projectresolution.mobilisation.document.ProblemCode.MISSING;
import static eu.projectresolution.mobilisation.document.ProblemCode.OUT_OF_ORDER;
import static eu.projectresolution.mobilisation.document.ProblemCode.TOO_LONG;
import static eu.projectresolution.mobilisation.document.ProblemCode.WRONG_TYPE;

import com.google.common.base.Suppliers;
import eu.projectresolution.mobilisation.document.DocumentChecker;
import eu.projectresolution.mobilisation.document.DocumentNode;
import eu.projectresolution.mobilisation.document.DocumentRule;
import eu.projectresolution.mobilisation.document.SchemaRule.Outcome;
import eu.projectresolution.mobilisation.document.SchemaRule;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The rules of a practice sheet beyond its structure, each named. The structure (fields, types, known values,
 * codes, lengths, dates that exist) is {@code practice-sheet.schema.json}, which the {@link #checker()}
 * interprets; the rules between fields the schema states get their words here ({@link SchemaRule}s); the rules
 * no schema can state are here in full ({@link DocumentRule}s). {@code docs/practice-sheets.md} lists them.
 */
final class SheetRules {
  /** The title has a text in the original language (the French one is the schema's). */
  static final DocumentRule TITLE_IN_ORIGINAL_LANGUAGE =
      DocumentRule.of("a title in the original language", MISSING, "$.initiative.originalLanguage", (language, report) -> {
        DocumentNode title = language.parent().orElseThrow().field("title");
        language.soundText().filter(code -> title.isSound() && !title.json().has(code)).ifPresent(code ->
            report.problem(title.field(code), "the title has no text in the original language \"" + code + "\": add it"));
      });

  /** The period ends on or after the day it starts. */
  static final DocumentRule PERIOD_IN_ORDER =
      DocumentRule.of("a period in order", OUT_OF_ORDER, "$.initiative.period", (period, report) -> {
        Optional<LocalDate> start = period.field("start").soundText().map(LocalDate::parse);
        Optional<LocalDate> end = period.field("end").soundText().map(LocalDate::parse);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
          report.problem(period.field("end"), "the period ends on " + end.get() + ", before it starts on "
              + start.get() + ": give an end on or after the start");
        }
      });

  /** The summary has at most {@value Initiative#MAX_SUMMARY_WORDS} words in each language. */
  static final DocumentRule SUMMARY_WORDS =
      DocumentRule.of("a summary of at most 250 words", TOO_LONG, "$.initiative.summary", (summary, report) ->
          summary.json().fieldNames().forEachRemaining(language -> {
            DocumentNode text = summary.field(language);
            int words = text.soundText().map(Initiative::countWords).orElse(0);
            if (words > Initiative.MAX_SUMMARY_WORDS) {
              report.problem(text, "the summary has " + words + " words in \"" + language + "\": the form allows at most "
                  + Initiative.MAX_SUMMARY_WORDS + " words; shorten it");
            }
          }));

  /** A headcount is written as a whole number, {@code 2}, not {@code 2.0} (which JSON Schema takes for one). */
  static final DocumentRule WHOLE_HEADCOUNT =
      DocumentRule.of("a headcount written whole", WRONG_TYPE, "$.implementation.coordination[*].headcount",
          (headcount, report) -> {
            if (!headcount.json().isIntegralNumber()) {
              report.problem(headcount, "must be a whole number written without a fraction part, not " + headcount.json());
            }
          });

  /** Domains list OTHER exactly when the other domain is described. */
  static final SchemaRule OTHER_DOMAIN_DESCRIBED =
      otherDescribed("an OTHER domain described", "/$defs/initiative/allOf/0", "domains", "OTHER", "otherDomain",
          "what the other domain is");

  /** Target groups list OTHER_PEOPLE_FAR_FROM_EMPLOYMENT exactly when those people are described. */
  static final SchemaRule OTHER_PEOPLE_DESCRIBED =
      otherDescribed("other people far from employment described", "/$defs/implementation/allOf/0", "targetGroups",
          "OTHER_PEOPLE_FAR_FROM_EMPLOYMENT", "otherPeopleFarFromEmployment", "who the other people far from employment are");

  /** Target groups list OTHER_PROFESSIONALS exactly when those professionals are described. */
  static final SchemaRule OTHER_PROFESSIONALS_DESCRIBED =
      otherDescribed("other professionals described", "/$defs/implementation/allOf/1", "targetGroups",
          "OTHER_PROFESSIONALS", "otherProfessionals", "who the other professionals are");

  /** A practice applied elsewhere (yes or partially) lists at least one place; one never applied elsewhere, none. */
  static final SchemaRule PLACES_WHEN_APPLIED_ELSEWHERE =
      SchemaRule.conditional(
          "places exactly when applied elsewhere",
          "/$defs/transferability/allOf/0",
          Outcome.at("whereApplied", INCONSISTENT,
              "appliedElsewhere is NO but whereApplied lists places: answer YES or PARTIALLY, or remove the places"),
          new Outcome("whereApplied", INCONSISTENT, transferability -> "appliedElsewhere is "
              + transferability.get("appliedElsewhere").textValue()
              + " but whereApplied lists no place: say where it was applied"));

  /** A testimonial has a text, a strength, a weakness or a media link. */
  static final SchemaRule TESTIMONIAL_SAYS_SOMETHING =
      SchemaRule.anyOf("a testimonial says something", "/$defs/testimonial",
          Outcome.atTheObject(EMPTY, "the testimonial says nothing: give a text, a strength, a weakness or a media link"));

  private static final Supplier<DocumentChecker> CHECKER =
      Suppliers.memoize(() ->
          DocumentChecker.builder("practice sheet", SheetRules.class, PracticeSheetJson.SCHEMA_RESOURCE)
              .mapper(MobilisationJson.objectMapper())
              .rules(List.of(TITLE_IN_ORIGINAL_LANGUAGE, PERIOD_IN_ORDER, SUMMARY_WORDS, WHOLE_HEADCOUNT))
              .schemaRules(List.of(OTHER_DOMAIN_DESCRIBED, OTHER_PEOPLE_DESCRIBED, OTHER_PROFESSIONALS_DESCRIBED,
                  PLACES_WHEN_APPLIED_ELSEWHERE, TESTIMONIAL_SAYS_SOMETHING))
              .build());

  private SheetRules() {}

  /** The checker of practice sheets: the schema and these rules, loaded once. */
  static DocumentChecker checker() {
    return CHECKER.get();
  }

  private static SchemaRule otherDescribed(
      String name, String location, String list, String other, String field, String what) {
    return SchemaRule.conditional(
        name,
        location,
        Outcome.at(field, MISSING, list + " lists " + other + " but " + field + " is missing: say " + what),
        Outcome.at(field, INCONSISTENT, field + " is given but " + list + " does not list " + other + ": add " + other
            + " to " + list + " or remove " + field));
  }
}
