package eu.projectresolution.mobilisation.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.UUID;
import java.util.regex.Pattern;

/** Shared checks for the identifier types. Not API. */
public final class Identifiers {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

  private Identifiers() {}

  /**
   * Checks a human-chosen code such as a programme, site, partner or scheme id.
   *
   * @param what the name of the identifier, used in the error message (e.g. "site id")
   */
  public static String checkCode(String value, String what) {
    checkArgument(value != null, "%s is missing", what);
    checkArgument(
        CODE.matcher(value).matches(),
        "%s \"%s\" is not valid: use 1 to 100 letters, digits, '.', '_', ':' or '-', "
            + "starting with a letter or digit (e.g. \"site-montbeliard\")",
        what,
        value);
    return value;
  }

  /** Parses a UUID, naming the identifier in the error message. */
  public static UUID parseUuid(String value, String what) {
    checkArgument(value != null, "%s is missing", what);
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          what + " \"" + value + "\" is not a UUID (expected e.g. 3f1c2a9e-8d4b-4c1e-9a7f-2b6d5e8c1a00)", e);
    }
  }

  public static UUID checkUuid(UUID value, String what) {
    checkArgument(value != null, "%s is missing", what);
    return value;
  }
}
