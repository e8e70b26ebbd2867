package eu.projectresolution.mobilisation.practice;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.EngineFailure;
import eu.projectresolution.mobilisation.InputNotReadable;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.io.IOException;
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
 *   // $.organisation.name: the organisation's name is missing: add "name"
 *   // $.initiative.summary.fr: the summary has 312 words in "fr": the form allows at most 250 words; ...
 * }
 * }</pre>
 *
 * <p>Reading reports <em>every</em> problem at once, each with its JSON path and a plain-language message
 * ({@link SheetProblem}), never only the first and never a stack trace: a missing field, a value of the
 * wrong type, an unknown field (a misspelling would otherwise lose data), an unknown domain, a malformed
 * country, currency, language, date or address, a summary over 250 words, a period ending before it
 * starts, a negative budget, a headcount under one, an "other" target group without its description,
 * places listed for a practice never applied elsewhere...
 *
 * <p>The JSON Schema (draft 2020-12) of the format is the classpath resource {@value #SCHEMA_RESOURCE}. It
 * gives the same answer as {@link #check} on every document (dates that do not exist included, whether the
 * validator asserts {@code format} or not) except those breaking a rule checked here only: dates in order,
 * the word count, a title in the original language, assigned language, country and currency codes, web
 * addresses that {@link java.net.URI} cannot read, and a headcount written with a fraction part. The list is in
 * {@code docs/practice-sheets.md}.
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
    requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      return SheetCheck.invalid(List.of(notJson(e)));
    }
    return check(tree);
  }

  /**
   * The sheet in {@code json}, read as UTF-8 and not closed, or every problem in it.
   *
   * @throws InputNotReadable when the stream cannot be read
   */
  public SheetCheck check(InputStream json) {
    requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      return SheetCheck.invalid(List.of(notJson(e)));
    } catch (IOException e) {
      throw new InputNotReadable("Could not read the practice sheet: " + e.getMessage(), e);
    }
    return check(tree);
  }

  /** The sheet in {@code tree}, or every problem in it. */
  public SheetCheck check(JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      return SheetCheck.invalid(
          List.of(SheetProblem.of("$", SheetProblem.Code.INVALID_JSON, "the text is empty: give a practice sheet")));
    }
    List<SheetProblem> problems = SheetChecker.check(tree);
    if (!problems.isEmpty()) {
      return SheetCheck.invalid(problems);
    }
    try {
      return SheetCheck.valid(mapper.treeToValue(tree, PracticeSheet.class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // The checker and the mapping disagree: still a problem with a path, not a stack trace.
      return SheetCheck.invalid(List.of(bindingProblem(e)));
    }
  }

  /**
   * Every rule the sheet breaks, as if it had been read from JSON; empty when it breaks none. Building
   * a sheet in Java only checks its structure: use this before storing or publishing it.
   */
  public List<SheetProblem> problems(PracticeSheet sheet) {
    return SheetChecker.check(toTree(sheet));
  }

  /**
   * Throws when the sheet breaks a rule.
   *
   * @throws InvalidPracticeSheet carrying every problem found
   */
  public PracticeSheet requireValid(PracticeSheet sheet) {
    List<SheetProblem> problems = problems(sheet);
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

  private static SheetProblem notJson(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return SheetProblem.of(
        "$",
        SheetProblem.Code.INVALID_JSON,
        "the text is not valid JSON" + where + ": " + e.getOriginalMessage());
  }

  private static SheetProblem bindingProblem(Exception e) {
    StringBuilder path = new StringBuilder("$");
    String message = e.getMessage();
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        if (ref.getFieldName() != null) {
          path.append('.').append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      message = mapping.getOriginalMessage();
    }
    return SheetProblem.of(path.toString(), SheetProblem.Code.MALFORMED, "cannot be read: " + message);
  }
}
