package eu.projectresolution.mobilisation.practice;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.EngineFailure;
import eu.projectresolution.mobilisation.InputNotReadable;
import eu.projectresolution.mobilisation.document.DocumentChecker;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.io.InputStream;
import java.util.List;

/**
 * Reads, checks and writes practice sheets as JSON, the form in which partners exchange them.
 *
 * <pre>{@code
 * PracticeSheetJson json = PracticeSheetJson.create();
 * SheetCheck check = json.check(text);
 * if (!check.isValid()) {
 *   check.problems().forEach(p -> System.err.println(p.describe()));
 *   // $.organisation.name: is missing: add "name"
 *   // $.initiative.summary.fr: the summary has 312 words in "fr": the form allows at most 250 words; ...
 * }
 * }</pre>
 *
 * <p>Reading reports <em>every</em> problem at once, each a {@link DocumentProblem} with its JSON path, a
 * stable code and a plain-language message, never only the first and never a stack trace: a missing field, a
 * value of the wrong type, an unknown field (a misspelling would otherwise lose data), an unknown domain, a
 * malformed country, currency, language, date or address, a summary over 250 words, a period ending before
 * it starts, a negative budget, a headcount under one, an "other" target group without its description,
 * places listed for a practice never applied elsewhere...
 *
 * <p>The structure of a sheet is its JSON Schema (draft 2020-12), the classpath resource {@value
 * #SCHEMA_RESOURCE}, which the engine interprets itself ({@link DocumentChecker}): a partner's validator and
 * {@link #check} give the same answer on every document (dates that do not exist included, whether the
 * validator asserts {@code format} or not) except those breaking a rule the engine adds to the schema: dates
 * in order, the word count, a title in the original language, assigned language, country and currency codes,
 * web addresses that {@link java.net.URI} cannot read, a headcount written with a fraction part and texts with
 * a broken character. The list is in {@code docs/practice-sheets.md}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PracticeSheetJson {
  /** The classpath location of the JSON Schema of a practice sheet. */
  public static final String SCHEMA_RESOURCE =
      "/eu/projectresolution/mobilisation/practice/practice-sheet.schema.json";

  private static final PracticeSheetJson SHARED = new PracticeSheetJson(MobilisationJson.objectMapper());

  private final ObjectMapper mapper;

  private PracticeSheetJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A reader and writer using the engine's JSON mapping ({@link MobilisationJson}). */
  public static PracticeSheetJson create() {
    return SHARED;
  }

  /**
   * The sheet in {@code json}.
   *
   * @throws InvalidPracticeSheet carrying every problem found
   */
  public PracticeSheet read(String json) {
    return check(json).sheetOrThrow();
  }

  /**
   * The sheet in {@code json}, read as UTF-8 and not closed.
   *
   * @throws InvalidPracticeSheet carrying every problem found
   * @throws InputNotReadable when the stream cannot be read
   */
  public PracticeSheet read(InputStream json) {
    return check(json).sheetOrThrow();
  }

  /**
   * The sheet in {@code tree}.
   *
   * @throws InvalidPracticeSheet carrying every problem found
   */
  public PracticeSheet read(JsonNode tree) {
    return check(tree).sheetOrThrow();
  }

  /** The sheet in {@code json}, or every problem in it. */
  public SheetCheck check(String json) {
    return SheetCheck.of(SheetRules.checker().read(json, PracticeSheet.class));
  }

  /**
   * The sheet in {@code json}, read as UTF-8 and not closed, or every problem in it.
   *
   * @throws InputNotReadable when the stream cannot be read
   */
  public SheetCheck check(InputStream json) {
    return SheetCheck.of(SheetRules.checker().read(json, PracticeSheet.class));
  }

  /** The sheet in {@code tree}, or every problem in it. */
  public SheetCheck check(JsonNode tree) {
    return SheetCheck.of(SheetRules.checker().read(tree, PracticeSheet.class));
  }

  /**
   * Every rule the sheet breaks, as if it had been read from JSON; empty when it breaks none. Building
   * a sheet in Java only checks its structure: use this before storing or publishing it.
   */
  public List<DocumentProblem> problems(PracticeSheet sheet) {
    return SheetRules.checker().check(toTree(sheet));
  }

  /**
   * Throws when the sheet breaks a rule.
   *
   * @throws InvalidPracticeSheet carrying every problem found
   */
  public PracticeSheet requireValid(PracticeSheet sheet) {
    List<DocumentProblem> problems = problems(sheet);
    if (!problems.isEmpty()) {
      throw new InvalidPracticeSheet(problems);
    }
    return sheet;
  }

  /** The sheet as indented JSON. */
  public String write(PracticeSheet sheet) {
    requireNonNull(sheet, "sheet");
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(sheet);
    } catch (JsonProcessingException e) {
      throw new EngineFailure("Could not write practice sheet " + sheet.id() + " as JSON", e);
    }
  }

  /** The sheet as a JSON tree. */
  public JsonNode toTree(PracticeSheet sheet) {
    return mapper.valueToTree(requireNonNull(sheet, "sheet"));
  }
}
