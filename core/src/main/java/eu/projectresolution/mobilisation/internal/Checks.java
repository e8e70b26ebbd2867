package eu.projectresolution.mobilisation.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Structural checks shared by the value types' {@code @Value.Check} methods. Each names the field at
 * fault, as a path such as {@code "programme.period.end"}, so that a caller knows what to fix. Not API.
 *
 * <p>Free text goes through {@link #checkText}: it must be well-formed UTF-16 and no longer than its
 * field's limit. A lone surrogate (half of an emoji, cut by a user interface) cannot be encoded in UTF-8,
 * so PostgreSQL would store it as {@code ?} while the in-memory store keeps it: refusing it here, before
 * any store sees it, makes every store behave the same. The limits keep one careless paste (or one
 * hostile request) from filling a store, a report or a screen; they are documented on each attribute and
 * in the table of {@code docs/embedding.md} ("Limits on free text").
 */
public final class Checks {
  /** A person's given or family name, a place, a title or another short label. */
  public static final int NAME = 200;

  /** A phone number as typed, with spaces, a country prefix and an extension. */
  public static final int PHONE = 40;

  /** An e-mail address: the longest path RFC 5321 allows. */
  public static final int EMAIL = 254;

  /** A description, an objective, a definition, a reason in a sentence or a paragraph. */
  public static final int DESCRIPTION = 2_000;

  /** A counsellor's free-text notes on one person. */
  public static final int NOTES = 20_000;

  private Checks() {}

  public static String checkNotBlank(String value, String field) {
    checkArgument(value != null && !value.isBlank(), "%s must not be blank", field);
    return value;
  }

  /** {@link #checkNotBlank} and {@link #checkText} in one. */
  public static String checkNotBlankText(String value, String field, int maxLength) {
    return checkText(checkNotBlank(value, field), field, maxLength);
  }

  /**
   * Checks that {@code value} is well-formed text (no lone UTF-16 surrogate) of at most {@code maxLength}
   * characters, counted as Unicode code points so that an emoji counts as one.
   *
   * @throws IllegalArgumentException naming {@code field}, the index of a broken character or the limit
   */
  public static String checkText(String value, String field, int maxLength) {
    checkArgument(value != null, "%s is missing", field);
    // Nearly every text holds no surrogate at all: then it is well-formed and its length in code
    // points is its length in chars, and one pass over it is all the check costs (it runs for every
    // value built, a classification of each person among them).
    if (value.length() <= maxLength && !holdsSurrogate(value)) {
      return value;
    }
    int broken = loneSurrogate(value);
    if (broken >= 0) {
      throw new IllegalArgumentException(
          field + " holds a broken character (a lone UTF-16 surrogate at index " + broken + "): re-type the text");
    }
    int length = value.codePointCount(0, value.length());
    if (length > maxLength) {
      throw new IllegalArgumentException(
          field + " is " + length + " characters long: the limit is " + maxLength + ", shorten it");
    }
    return value;
  }

  private static boolean holdsSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@link #checkText} on the value, if present. */
  public static Optional<String> checkText(Optional<String> value, String field, int maxLength) {
    value.ifPresent(v -> checkText(v, field, maxLength));
    return value;
  }

  /** {@link #checkText} on each element, naming it by its index: {@code programme.objectives[2]}. */
  public static List<String> checkTexts(List<String> values, String field, int maxLength) {
    for (int i = 0; i < values.size(); i++) {
      checkText(values.get(i), field + "[" + i + "]", maxLength);
    }
    return values;
  }

  /**
   * The index of the first lone surrogate in {@code text} (a high surrogate not followed by a low one, or
   * a low one not preceded by a high one), or -1 if the text is well-formed.
   */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  public static long checkNonNegative(long value, String field) {
    checkArgument(value >= 0, "%s must not be negative (was %s)", field, value);
    return value;
  }

  public static BigDecimal checkNonNegative(BigDecimal value, String field) {
    checkArgument(value.signum() >= 0, "%s must not be negative (was %s)", field, value.toPlainString());
    return value;
  }
}
