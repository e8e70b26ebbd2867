package eu.projectresolution.mobilisation.document;

import static eu.projectresolution.mobilisation.document.ProblemCode.EMPTY;
import static eu.projectresolution.mobilisation.document.ProblemCode.INCONSISTENT;
import static eu.projectresolution.mobilisation.document.ProblemCode.MALFORMED;
import static eu.projectresolution.mobilisation.document.ProblemCode.MISSING;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.document.SchemaRule.Outcome;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A small document kind for trying the kit: a job club session, whose schema ({@code job-club.schema.json}
 * next to this class) uses every keyword the kit interprets, with two named schema rules and two rules of
 * its own.
 */
final class JobClub {
  static final SchemaRule OTHER_KIND_DESCRIBED =
      SchemaRule.conditional(
          "an OTHER kind described",
          "/allOf/0",
          Outcome.at("otherKind", MISSING, "kinds lists OTHER but otherKind is missing: say what the other kind is"),
          Outcome.at("otherKind", INCONSISTENT,
              "otherKind is given but kinds does not list OTHER: list it or remove otherKind"));

  static final SchemaRule CONTACT_REACHABLE =
      SchemaRule.anyOf("a contact that can be reached", "/$defs/contact",
          Outcome.atTheObject(EMPTY, "the contact has neither an email nor a phone: give one"));

  static final DocumentRule SPEAKERS_ONCE =
      DocumentRule.unique("each speaker once", "$.speakers", "name", "give each speaker once");

  static final DocumentRule NAMES_CAPITALISED =
      DocumentRule.of("speakers' names capitalised", MALFORMED, "$.speakers[*].name", (name, report) ->
          name.soundText()
              .filter(text -> !Character.isUpperCase(text.codePointAt(0)))
              .ifPresent(text -> report.problem(name, "starts with a small letter: write a name as its owner does")));

  static final List<SchemaRule> SCHEMA_RULES = List.of(OTHER_KIND_DESCRIBED, CONTACT_REACHABLE);
  static final List<DocumentRule> RULES = List.of(SPEAKERS_ONCE, NAMES_CAPITALISED);

  static final String VALID =
      """
      {
        "id": "club-1",
        "title": {"fr": "Club emploi", "en": "Job club"},
        "country": "FR",
        "day": "2024-02-29",
        "seats": 12,
        "kinds": ["WORKSHOP"],
        "speakers": [
          {"type": "person", "name": "Amina"},
          {"type": "organisation", "name": "Pôle emploi", "country": "FR"}
        ],
        "contact": {"email": "club@example.org"}
      }
      """;

  static final DocumentChecker CHECKER = builder("job-club.schema.json").build();

  private JobClub() {}

  static DocumentChecker.Builder builder(String schema) {
    return DocumentChecker.builder("job club session", JobClub.class, schema)
        .mapper(MobilisationJson.objectMapper())
        .schemaRules(SCHEMA_RULES)
        .rules(RULES);
  }

  static ObjectNode valid() {
    try {
      return (ObjectNode) MobilisationJson.objectMapper().readTree(VALID);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document of the kind could not be accepted. */
  static final class InvalidSession extends InvalidDocument {
    private static final long serialVersionUID = 1L;

    InvalidSession(List<DocumentProblem> problems) {
      super("job club session", problems);
    }
  }
}
