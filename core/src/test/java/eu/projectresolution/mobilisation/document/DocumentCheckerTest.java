package eu.projectresolution.mobilisation.document;

import static eu.projectresolution.mobilisation.document.ProblemCode.BLANK;
import static eu.projectresolution.mobilisation.document.ProblemCode.DUPLICATE;
import static eu.projectresolution.mobilisation.document.ProblemCode.EMPTY;
import static eu.projectresolution.mobilisation.document.ProblemCode.INCONSISTENT;
import static eu.projectresolution.mobilisation.document.ProblemCode.INVALID_JSON;
import static eu.projectresolution.mobilisation.document.ProblemCode.MALFORMED;
import static eu.projectresolution.mobilisation.document.ProblemCode.MISSING;
import static eu.projectresolution.mobilisation.document.ProblemCode.NEGATIVE;
import static eu.projectresolution.mobilisation.document.ProblemCode.TOO_LARGE;
import static eu.projectresolution.mobilisation.document.ProblemCode.TOO_LONG;
import static eu.projectresolution.mobilisation.document.ProblemCode.TOO_SMALL;
import static eu.projectresolution.mobilisation.document.ProblemCode.UNKNOWN_FIELD;
import static eu.projectresolution.mobilisation.document.ProblemCode.UNKNOWN_VALUE;
import static eu.projectresolution.mobilisation.document.ProblemCode.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.MobilisationException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The kit on a document kind of its own: what it reports, in which words, in which order, and what it refuses. */
class DocumentCheckerTest {
  private final DocumentChecker checker = JobClub.CHECKER;

  private List<DocumentProblem> problems(Consumer<ObjectNode> change) {
    ObjectNode session = JobClub.valid();
    change.accept(session);
    return checker.check(session);
  }

  private static ObjectNode object(ObjectNode root, String field) {
    return (ObjectNode) root.get(field);
  }

  private static ArrayNode array(ObjectNode root, String field) {
    return (ArrayNode) root.get(field);
  }

  private record Case(String name, Consumer<ObjectNode> change, DocumentProblem expected) {}

  private static Case when(String name, Consumer<ObjectNode> change, String path, ProblemCode code, String message) {
    return new Case(name, change, new DocumentProblem(path, code, message));
  }

  private static final List<Case> ONE_PROBLEM_EACH = List.of(
      when("a required field left out", s -> s.remove("id"), "$.id", MISSING, "is missing: add \"id\""),
      when("a field the document does not have", s -> s.put("colour", "blue"), "$.colour", UNKNOWN_FIELD,
          "unknown field \"colour\": remove it or correct its spelling; allowed fields here are id, title, country, day,"
              + " seats, price, area, open, kinds, otherKind, speakers, contact, notes"),
      when("a null", s -> s.putNull("id"), "$.id", WRONG_TYPE, "must be a text in quotes, not null"),
      when("a whole number in quotes", s -> s.put("seats", "12"), "$.seats", WRONG_TYPE,
          "must be a whole number, not \"12\""),
      when("a whole number with a fraction", s -> s.put("seats", new BigDecimal("12.5")), "$.seats", WRONG_TYPE,
          "must be a whole number, not 12.5"),
      when("a number under its minimum", s -> s.put("seats", 0), "$.seats", TOO_SMALL, "is 0: it must be at least 1"),
      when("a number over its maximum", s -> s.put("seats", 101), "$.seats", TOO_LARGE, "is 101: it must be at most 100"),
      when("a negative amount", s -> s.put("price", -1), "$.price", NEGATIVE, "is negative (-1): it must be zero or more"),
      when("zero where more is needed", s -> s.put("area", 0), "$.area", TOO_SMALL, "is 0: it must be more than 0"),
      when("a negative number where more than zero is needed", s -> s.put("area", -2), "$.area", NEGATIVE,
          "is negative (-2): it must be more than zero"),
      when("a boolean in words", s -> s.put("open", "yes"), "$.open", WRONG_TYPE, "must be true or false, not \"yes\""),
      when("a text where a list goes", s -> s.put("kinds", "WORKSHOP"), "$.kinds", WRONG_TYPE,
          "must be a list in square brackets [...], not \"WORKSHOP\""),
      when("a list where an object goes", s -> s.putArray("contact"), "$.contact", WRONG_TYPE,
          "must be an object in braces {...}, not a list"),
      when("an empty list that needs an item", s -> s.putArray("kinds"), "$.kinds", EMPTY, "is empty: give at least one"),
      when("a value not in the list", s -> array(s, "kinds").add("SPORT"), "$.kinds[1]", UNKNOWN_VALUE,
          "\"SPORT\" is not a known value: use one of WORKSHOP, FAIR, OTHER"),
      when("a number where a known text goes", s -> array(s, "kinds").add(3), "$.kinds[1]", WRONG_TYPE,
          "must be one of WORKSHOP, FAIR, OTHER in quotes, not 3"),
      when("a value listed twice", s -> array(s, "kinds").add("WORKSHOP"), "$.kinds[1]", DUPLICATE,
          "\"WORKSHOP\" is listed twice: list each value once"),
      when("a list over its length", s -> {
        for (int i = 0; i < 2; i++) {
          array(s, "speakers").addObject().put("type", "person").put("name", "Speaker " + i);
        }
      }, "$.speakers", TOO_LONG, "lists 4 items: give at most 3"),
      when("an empty text by language", s -> s.putObject("title"), "$.title", EMPTY,
          "is empty: give at least one entry, e.g. {\"fr\": \"...\"}"),
      when("a required key of an object left out", s -> object(s, "title").remove("fr"), "$.title.fr", MISSING,
          "is missing: add \"fr\""),
      when("a key that breaks the names' pattern", s -> object(s, "title").put("english", "Job club"), "$.title.english",
          MALFORMED, "\"english\" is not an ISO 639-1 language code: use two lower-case letters such as fr, en, es or it"),
      when("a key that is not a plain word", s -> s.putObject("notes").put("Remarque 1", "à revoir"),
          "$.notes['Remarque 1']", MALFORMED,
          "\"Remarque 1\" is not an ISO 639-1 language code: use two lower-case letters such as fr, en, es or it"),
      when("a country in full", s -> s.put("country", "France"), "$.country", MALFORMED,
          "\"France\" is not an ISO 3166-1 alpha-2 country code: use two upper-case letters such as FR, ES, IT or BE"),
      when("a country code no country has", s -> s.put("country", "XX"), "$.country", MALFORMED,
          "\"XX\" is not an ISO 3166-1 alpha-2 country code: use two upper-case letters such as FR, ES, IT or BE"),
      when("a day that does not exist", s -> s.put("day", "2023-02-29"), "$.day", MALFORMED,
          "\"2023-02-29\" is not a date: write it YYYY-MM-DD, e.g. 2016-09-01"),
      when("a blank text", s -> object(s, "title").put("fr", " \t"), "$.title.fr", BLANK,
          "is blank: write something or leave the field out if it is optional"),
      when("a text over its length", s -> object(s, "title").put("en", "x".repeat(21)), "$.title.en", TOO_LONG,
          "is 21 characters long: the limit is 20, shorten it"),
      when("a text with a broken character", s -> object(s, "title").put("en", "broken\uD83D"), "$.title.en", MALFORMED,
          "holds a broken character (a lone UTF-16 surrogate at index 6): re-type the text"),
      when("an id with a space", s -> s.put("id", "club 1"), "$.id", MALFORMED,
          "\"club 1\" is not a valid id: use 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter"
              + " or digit (e.g. \"sipa-montbeliard\")"),
      when("a kind of speaker no branch knows", s -> ((ObjectNode) s.at("/speakers/0")).put("type", "robot").put("age", 3),
          "$.speakers[0].type", UNKNOWN_VALUE, "\"robot\" is not a known value: use one of person, organisation"),
      when("a field the branch of the speaker's type does not have",
          s -> ((ObjectNode) s.at("/speakers/0")).put("country", "FR"), "$.speakers[0].country", UNKNOWN_FIELD,
          "unknown field \"country\": remove it or correct its spelling; allowed fields here are type, name"),
      when("a required field whose values are listed", s -> ((ObjectNode) s.at("/speakers/0")).remove("type"),
          "$.speakers[0].type", MISSING, "is missing: add \"type\", one of person, organisation"),
      when("a field the branch of the speaker's type requires", s -> ((ObjectNode) s.at("/speakers/1")).remove("country"),
          "$.speakers[1].country", MISSING, "is missing: add \"country\""),
      when("the then of a named rule broken", s -> array(s, "kinds").add("OTHER"), "$.otherKind", MISSING,
          "kinds lists OTHER but otherKind is missing: say what the other kind is"),
      when("the else of a named rule broken", s -> s.put("otherKind", "Fair"), "$.otherKind", INCONSISTENT,
          "otherKind is given but kinds does not list OTHER: list it or remove otherKind"),
      when("no branch of a named anyOf", s -> s.putObject("contact"), "$.contact", EMPTY,
          "the contact has neither an email nor a phone: give one"),
      when("a document rule broken", s -> ((ObjectNode) s.at("/speakers/0")).put("name", "amina"), "$.speakers[0].name",
          MALFORMED, "starts with a small letter: write a name as its owner does"),
      when("a uniqueness rule broken", s -> ((ObjectNode) s.at("/speakers/1")).put("type", "person").put("name", "Amina")
          .remove("country"), "$.speakers[1].name", DUPLICATE, "\"Amina\" is used twice: give each speaker once"));

  @Test
  void acceptsAValidDocumentAndReadsIt() {
    assertThat(checker.check(JobClub.valid())).isEmpty();
    assertThat(checker.read(JobClub.VALID, JsonNode.class).value()).contains(JobClub.valid());
  }

  @Test
  void reportsEachMistakeOnceAtItsPathInOneWording() {
    List<String> wrong = new ArrayList<>();
    for (Case c : ONE_PROBLEM_EACH) {
      List<DocumentProblem> found = problems(c.change());
      if (!found.equals(List.of(c.expected()))) {
        wrong.add(c.name() + ": expected " + c.expected() + " (" + c.expected().code() + "), found " + found);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void takesAWholeNumberWrittenWithAZeroFractionForOneAsJsonSchemaDoes() {
    assertThat(problems(s -> s.put("seats", new BigDecimal("12.0")))).isEmpty();
  }

  @Test
  void saysNothingMoreOfAValueWithAProblemNorOfRulesThatWouldMisreadIt() {
    assertThat(problems(s -> s.put("title", "Club emploi")))
        .containsExactly(new DocumentProblem("$.title", WRONG_TYPE, "must be an object in braces {...}, not \"Club emploi\""));
    assertThat(problems(s -> array(s, "kinds").set(0, "SPORT")).stream().map(DocumentProblem::path))
        .as("kinds unreadable: whether it lists OTHER is not asked")
        .containsExactly("$.kinds[0]");
    assertThat(problems(s -> {
      array(s, "kinds").set(0, "SPORT");
      s.put("otherKind", "Fair");
    }).stream().map(DocumentProblem::path)).containsExactly("$.kinds[0]");
    assertThat(problems(s -> ((ObjectNode) s.at("/speakers/0")).put("name", "a".repeat(21))))
        .extracting(DocumentProblem::code)
        .as("a name already too long is not also said to start with a small letter")
        .containsExactly(TOO_LONG);
  }

  @Test
  void listsUnknownFieldsFirstThenFieldsInTheSchemasOrderThenRulesBetweenFields() {
    List<DocumentProblem> found = problems(s -> {
      s.put("country", "France");
      s.remove("id");
      array(s, "kinds").add("OTHER");
      ((ObjectNode) s.at("/speakers/0")).put("name", "amina");
      s.put("colour", "blue");
    });

    assertThat(found)
        .extracting(DocumentProblem::path)
        .containsExactly("$.colour", "$.id", "$.country", "$.speakers[0].name", "$.otherKind");
  }

  @Test
  void refusesATextThatIsNotJsonEmptyOrWithAFieldTwice() {
    assertThat(checker.read("{\n  \"id\": \"x\",\n  oops\n}", JsonNode.class).problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.path()).isEqualTo("$");
          assertThat(p.code()).isEqualTo(INVALID_JSON);
          assertThat(p.message()).startsWith("the text is not valid JSON (line 3, column 3): ");
        });
    assertThat(checker.read("", JsonNode.class).problems())
        .containsExactly(new DocumentProblem("$", INVALID_JSON, "the text is empty: give a job club session"));
    assertThat(checker.read("{\"id\": \"a\", \"id\": \"b\"}", JsonNode.class).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Duplicate field 'id'"));
    assertThat(checker.read(JobClub.VALID + " {}", JsonNode.class).problems())
        .extracting(DocumentProblem::code)
        .containsExactly(INVALID_JSON);
  }

  @Test
  void readsAStreamAsUtf8() {
    InputStream in = new ByteArrayInputStream(JobClub.VALID.getBytes(StandardCharsets.UTF_8));
    assertThat(checker.read(in, JsonNode.class).value()).contains(JobClub.valid());
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Session(String id) {
    Session {
      if (id.startsWith("closed")) {
        throw new IllegalArgumentException("the session is closed");
      }
    }
  }

  @Test
  void reportsAValueTheMappingRefusesWithAPathRatherThanAStackTrace() {
    assertThat(checker.read(JobClub.VALID, Session.class).value()).contains(new Session("club-1"));
    DocumentReading<Session> closed = checker.read(JobClub.VALID.replace("club-1", "closed-1"), Session.class);

    assertThat(closed.isValid()).isFalse();
    assertThat(closed.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.code()).isEqualTo(MALFORMED);
      assertThat(p.message()).startsWith("cannot be read: ").contains("the session is closed");
    });
  }

  @Test
  void anInvalidDocumentCarriesEveryProblemAndListsThemInItsMessage() {
    ObjectNode session = JobClub.valid();
    session.remove("id");
    session.put("colour", "blue");
    DocumentReading<JsonNode> reading = checker.read(session.toString(), JsonNode.class);

    assertThatThrownBy(() -> reading.valueOrThrow(JobClub.InvalidSession::new))
        .isInstanceOf(MobilisationException.class)
        .hasMessage("The job club session has 2 problems:\n"
            + "  $.colour: unknown field \"colour\": remove it or correct its spelling; allowed fields here are id, title,"
            + " country, day, seats, price, area, open, kinds, otherKind, speakers, contact, notes\n"
            + "  $.id: is missing: add \"id\"")
        .satisfies(e -> assertThat(((InvalidDocument) e).problems()).hasSize(2));
    assertThat(checker.documentName()).isEqualTo("job club session");
  }

  @Test
  void aRuleAloneLooksAtEveryValueAtItsAnchors() {
    ObjectNode session = JobClub.valid();
    ((ObjectNode) session.at("/speakers/0")).put("name", "amina");
    ((ObjectNode) session.at("/speakers/1")).put("name", "pôle emploi");

    assertThat(JobClub.NAMES_CAPITALISED.check(session))
        .extracting(DocumentProblem::path)
        .containsExactly("$.speakers[0].name", "$.speakers[1].name");
    assertThat(JobClub.NAMES_CAPITALISED.check(JsonNodeFactory.instance.objectNode())).isEmpty();
  }

  @Test
  void describesAProblemAsItsPathAndMessage() {
    DocumentProblem problem = new DocumentProblem("$.seats", TOO_SMALL, "is 0: it must be at least 1");

    assertThat(problem.describe()).isEqualTo("$.seats: is 0: it must be at least 1").isEqualTo(problem.toString());
  }
}
