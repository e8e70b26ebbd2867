package eu.projectresolution.mobilisation.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The one wording of every problem the schema interpreter reports, whatever the document: each message says
 * what is wrong and how to fix it, without the path (which {@link DocumentProblem#describe()} puts first).
 */
final class Wording {
  private static final int QUOTED_LENGTH = 40;

  private Wording() {}

  /** A value as a message shows it: {@code "France"}, {@code null}, {@code a list}, {@code 2.5}. */
  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return quote(node.textValue());
    } else if (node.isNull()) {
      return "null";
    } else if (node.isObject()) {
      return "an object";
    } else if (node.isArray()) {
      return "a list";
    }
    return node.toString();
  }

  /** A text in quotes, shortened when long. */
  static String quote(String text) {
    return "\"" + (text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) + "..." : text) + "\"";
  }

  static String type(String type, JsonNode node) {
    String expected =
        switch (type) {
          case "object" -> "an object in braces {...}";
          case "array" -> "a list in square brackets [...]";
          case "string" -> "a text in quotes";
          case "number" -> "a number";
          case "integer" -> "a whole number";
          case "boolean" -> "true or false";
          default -> type;
        };
    return "must be " + expected + ", not " + describe(node);
  }

  static String notInQuotes(JsonNode allowed, JsonNode node) {
    return "must be one of " + list(allowed) + " in quotes, not " + describe(node);
  }

  static String unknownValue(JsonNode allowed, JsonNode node) {
    return describe(node) + " is not a known value: use one of " + list(allowed);
  }

  static String notTheValue(JsonNode expected, JsonNode node) {
    return describe(node) + " is not the value expected here: use " + expected;
  }

  static String missing(String field) {
    return "is missing: add \"" + field + "\"";
  }

  /** A missing field whose value is one of {@code allowed}: the message lists them. */
  static String missing(String field, JsonNode allowed) {
    return missing(field) + ", one of " + list(allowed);
  }

  static String unknownField(String field, List<String> allowed) {
    return "unknown field \"" + field + "\": remove it or correct its spelling; "
        + (allowed.isEmpty() ? "this object has no fields" : "allowed fields here are " + String.join(", ", allowed));
  }

  static String emptyObject(String example) {
    return "is empty: give at least one entry" + (example == null ? "" : ", e.g. " + example);
  }

  static String emptyList() {
    return "is empty: give at least one";
  }

  static String tooFewItems(int size, int minimum) {
    return "lists " + items(size) + ": give at least " + minimum;
  }

  static String tooManyItems(int size, int maximum) {
    return "lists " + items(size) + ": give at most " + maximum;
  }

  static String listedTwice(JsonNode node) {
    return describe(node) + " is listed twice: list each value once";
  }

  static String tooLong(int length, int limit) {
    return "is " + length + " characters long: the limit is " + limit + ", shorten it";
  }

  static String brokenCharacter(int index) {
    return "holds a broken character (a lone UTF-16 surrogate at index " + index + "): re-type the text";
  }

  static String negative(BigDecimal value, boolean zeroAllowed) {
    return "is negative (" + value.toPlainString() + "): it must be " + (zeroAllowed ? "zero or more" : "more than zero");
  }

  static String atLeast(BigDecimal value, BigDecimal minimum) {
    return "is " + value.toPlainString() + ": it must be at least " + minimum.toPlainString();
  }

  static String moreThan(BigDecimal value, BigDecimal minimum) {
    return "is " + value.toPlainString() + ": it must be more than " + minimum.toPlainString();
  }

  static String atMost(BigDecimal value, BigDecimal maximum) {
    return "is " + value.toPlainString() + ": it must be at most " + maximum.toPlainString();
  }

  private static String items(int size) {
    return size + (size == 1 ? " item" : " items");
  }

  private static String list(JsonNode values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(v.isTextual() ? v.textValue() : v.toString()));
    return String.join(", ", names);
  }
}
