package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One thing wrong with a practice sheet: where (a JSON path such as {@code $.organisation.name} or
 * {@code $.implementation.coordination[2].headcount}), what kind of problem (a stable {@link Code}), and
 * a plain-language message saying what to fix.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSheetProblem.class)
@JsonDeserialize(as = ImmutableSheetProblem.class)
public interface SheetProblem {
  /** The kinds of problem. Stable: hosts may translate or count them. */
  enum Code {
    /** The text is not JSON at all. */
    INVALID_JSON,
    /** A required field, or a required text, is missing. */
    MISSING,
    /** A value has the wrong JSON type (a text where a list is expected, a null...). */
    WRONG_TYPE,
    /** A field the sheet does not have, often a misspelling. */
    UNKNOWN_FIELD,
    /** A value that is not one of the allowed ones (a domain, a coverage...). */
    UNKNOWN_VALUE,
    /** A code, date or address that is not written as it should be (country, currency, language, URL). */
    MALFORMED,
    /** A text that holds only white space. */
    BLANK,
    /** A list or a text with nothing in it, or a testimonial that says nothing. */
    EMPTY,
    /** The same value listed twice. */
    DUPLICATE,
    /** A text over its length limit (the summary's 250 words). */
    TOO_LONG,
    /** A negative amount or number of full-time equivalents. */
    NEGATIVE,
    /** A number under its minimum (a headcount of zero). */
    TOO_SMALL,
    /** A period that ends before it starts. */
    OUT_OF_ORDER,
    /** Two fields that contradict each other (places listed for a practice never applied elsewhere). */
    INCONSISTENT
  }

  /** Where the problem is, as a JSON path from the sheet's root {@code $}. */
  @Value.Parameter
  String path();

  @Value.Parameter
  Code code();

  /** What is wrong and how to fix it, in plain words. */
  @Value.Parameter
  String message();

  static SheetProblem of(String path, Code code, String message) {
    return ImmutableSheetProblem.of(path, code, message);
  }

  /** The path and message, e.g. {@code $.organisation.name: the organisation's name is missing: add it}. */
  default String describe() {
    return path() + ": " + message();
  }
}
