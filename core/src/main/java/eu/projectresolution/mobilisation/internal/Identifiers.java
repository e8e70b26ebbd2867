package eu.projectresolution.mobilisation.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/** Shared checks for the identifier types. Not API. */
public final class Identifiers {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

  /** As {@link UUID#randomUUID()} draws its bits. */
  private static final SecureRandom RANDOM = new SecureRandom();

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

  /**
   * A new version 7 UUID (RFC 9562): the current time in milliseconds since 1970 in its first 48
   * bits, then 74 random bits. Ids made one after the other sort in the order they were made, so that
   * a database inserting them adds to the end of its indexes instead of to pages anywhere in them.
   */
  public static UUID timeOrderedUuid(Clock clock) {
    byte[] random = new byte[10];
    RANDOM.nextBytes(random);
    long millis = clock.millis() & 0xFFFF_FFFF_FFFFL;
    long most = millis << 16 | 0x7000L | (random[0] & 0x0FL) << 8 | (random[1] & 0xFFL);
    long least = 0x8000_0000_0000_0000L | (random[2] & 0x3FL) << 56;
    for (int i = 3; i < 10; i++) {
      least |= (random[i] & 0xFFL) << (8 * (9 - i));
    }
    return new UUID(most, least);
  }

  public static UUID checkUuid(UUID value, String what) {
    checkArgument(value != null, "%s is missing", what);
    return value;
  }
}
