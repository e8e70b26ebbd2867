package eu.projectresolution.mobilisation.document;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.EngineFailure;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A checker refuses, when it is built, a schema it could not interpret in full: no rule of a schema is
 * silently skipped, and no problem is ever worded "does not match".
 */
class SchemaVettingTest {
  private static void refused(DocumentChecker.Builder builder, String because) {
    assertThatThrownBy(builder::build).isInstanceOf(EngineFailure.class).hasMessageContaining(because);
  }

  @Test
  void refusesAKeywordItDoesNotInterpret() {
    refused(JobClub.builder("unsupported-keyword.schema.json"),
        "the keyword \"multipleOf\" at /properties/seats is not one the engine interprets");
  }

  @Test
  void refusesAPatternWithoutAMeaning() {
    refused(JobClub.builder("unknown-pattern.schema.json"),
        "the pattern \"^[A-Z]{3}-[0-9]$\" at /properties/country has no meaning the engine knows");
  }

  @Test
  void refusesAFormatOtherThanDate() {
    refused(JobClub.builder("unsupported-format.schema.json"), "the format \"date-time\" at /properties/day");
  }

  @Test
  void refusesAReferenceOutsideTheSchema() {
    refused(JobClub.builder("remote-ref.schema.json"), "the $ref \"https://example.org/code.schema.json\"");
  }

  @Test
  void refusesANotOrAnAnyOfThatNoRuleWords() {
    refused(JobClub.builder("not-outside-a-rule.schema.json"), "the not at /properties/open is outside any if");
    refused(
        DocumentChecker.builder("job club session", JobClub.class, "job-club.schema.json")
            .mapper(MobilisationJson.objectMapper())
            .schemaRules(List.of(JobClub.OTHER_KIND_DESCRIBED)),
        "the anyOf at /$defs/contact is named by no SchemaRule");
  }

  @Test
  void refusesARuleBoundWhereTheSchemaHasNoSuchKeyword() {
    refused(
        JobClub.builder("job-club.schema.json").schemaRules(List.of(SchemaRule.anyOf("misplaced", "/$defs/name",
            SchemaRule.Outcome.atTheObject(ProblemCode.EMPTY, "never said")))),
        "rule \"misplaced\" names the anyOf at /$defs/name, but the schema has none there");
  }

  @Test
  void refusesADocumentRuleLookingWhereTheSchemaDescribesNothing() {
    refused(
        JobClub.builder("job-club.schema.json").rules(List.of(DocumentRule.of("lost", ProblemCode.MISSING,
            "$.speakers[*].nickname", (node, report) -> {}))),
        "looks at $.speakers[*].nickname, which its JSON Schema job-club.schema.json does not describe");
  }

  @Test
  void refusesASchemaMissingFromTheClasspath() {
    refused(JobClub.builder("no-such.schema.json"), "no-such.schema.json of the job club session is missing");
  }
}
