package eu.projectresolution.mobilisation.document;

/**
 * The kind of a {@link DocumentProblem}, the same for practice sheets, transfer rule files and transfer
 * context files. Stable: a host may translate problems by their code, count them or decide on them; a
 * new kind of problem gets a new code, an existing code keeps its meaning.
 */
public enum ProblemCode {
  /** The text is not JSON at all, is empty, or writes a field twice in one object. */
  INVALID_JSON,
  /** A required field, or a required text (the title in French), is missing. */
  MISSING,
  /**
   * A value of the wrong JSON type: a text where a list goes, a null, a number written {@code 2.0} where a
   * whole one goes.
   */
  WRONG_TYPE,
  /** A field the document does not have, often a misspelling: reported so that it loses no data silently. */
  UNKNOWN_FIELD,
  /** A value that is not one of the allowed ones: a domain, a partner kind, a territory type. */
  UNKNOWN_VALUE,
  /** An id that names nothing in the document: an adaptation of an element the practice does not have. */
  UNKNOWN_REFERENCE,
  /**
   * A code, date, address or id not written as it should be: a country, currency or language code, a day
   * that does not exist, a text with a broken character.
   */
  MALFORMED,
  /** A text that holds only white space. */
  BLANK,
  /** A list or a text with nothing in it, or a testimonial that says nothing. */
  EMPTY,
  /** The same value, or the same id, listed twice. */
  DUPLICATE,
  /** A text or a list over its limit: a name over 200 characters, a summary over 250 words. */
  TOO_LONG,
  /** A negative amount, number of full-time equivalents or travel time. */
  NEGATIVE,
  /** A number under its minimum (a headcount of zero), or a list with fewer entries than it needs. */
  TOO_SMALL,
  /** A number over its maximum (a headcount beyond what the engine can hold). */
  TOO_LARGE,
  /** A period that ends before it starts. */
  OUT_OF_ORDER,
  /** Two fields that contradict each other: places listed for a practice never applied elsewhere. */
  INCONSISTENT
}
