package eu.projectresolution.mobilisation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The version a writer expects a record (a person's pathway) to be at when it writes: the guard against
 * deciding on stale information. One of three:
 *
 * <ul>
 *   <li>{@link #any()}: whatever the version; a command is then decided on the pathway as it stands
 *       (the default of every command);
 *   <li>{@link #noStream()}: the record does not exist yet (a capture starts a pathway);
 *   <li>{@link #exactly(long)}: the version the counsellor's screen showed; if another writer changed
 *       the pathway since, the write throws {@link VersionConflict} instead.
 * </ul>
 *
 * <pre>{@code
 * engine.orient(tenant, Orient.builder()
 *     .beneficiaryId(id).occurredOn(today).orientation(Orientation.DIRECT_REFERRAL)
 *     .expectedVersion(ExpectedVersion.exactly(pathwayOnScreen.version()))
 *     .build());
 * }</pre>
 *
 * <p>In JSON: {@code "any"}, {@code "no_stream"} or the version number.
 */
public final class ExpectedVersion {
  private static final long ANY = -1;
  private static final ExpectedVersion ANY_VERSION = new ExpectedVersion(ANY);
  private static final ExpectedVersion NO_STREAM = new ExpectedVersion(0);

  /** The version expected; 0 for no record yet, {@link #ANY} for any. */
  private final long version;

  private ExpectedVersion(long version) {
    this.version = version;
  }

  /** Whatever version the record is at. */
  public static ExpectedVersion any() {
    return ANY_VERSION;
  }

  /** No record yet: the write starts it. */
  public static ExpectedVersion noStream() {
    return NO_STREAM;
  }

  /**
   * Exactly {@code version}, a version the record has had (the first event of a pathway is version 1).
   *
   * @throws IllegalArgumentException if {@code version} is below 1: use {@link #noStream()} for a record
   *     not started yet
   */
  public static ExpectedVersion exactly(long version) {
    checkArgument(version >= 1,
        "an expected version is 1 or more (was %s): use ExpectedVersion.noStream() for a record not started yet", version);
    return new ExpectedVersion(version);
  }

  /**
   * The record at {@code version} as a store counts it: {@link #noStream()} for 0, else {@link
   * #exactly(long)}.
   */
  public static ExpectedVersion atVersion(long version) {
    checkArgument(version >= 0, "a record's version is 0 or more (was %s)", version);
    return version == 0 ? NO_STREAM : new ExpectedVersion(version);
  }

  /** Whether any version is accepted. */
  public boolean isAny() {
    return version == ANY;
  }

  /** Whether a record at {@code actual} (0 for none yet) is at the version expected. */
  public boolean matches(long actual) {
    return version == ANY || version == actual;
  }

  /**
   * The version expected, 0 for no record yet.
   *
   * @throws IllegalStateException for {@link #any()}, which names no version
   */
  public long version() {
    checkState(version != ANY, "ExpectedVersion.any() names no version");
    return version;
  }

  @JsonValue
  Object json() {
    if (version == ANY) {
      return "any";
    }
    return version == 0 ? "no_stream" : (Object) version;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ExpectedVersion fromJson(JsonNode json) {
    if (json.isIntegralNumber()) {
      return exactly(json.asLong());
    }
    if (json.isTextual() && json.asText().equals("any")) {
      return any();
    }
    if (json.isTextual() && json.asText().equals("no_stream")) {
      return noStream();
    }
    throw new IllegalArgumentException(
        "expectedVersion is \"any\", \"no_stream\" or a version number of 1 or more, not " + json);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExpectedVersion that && that.version == version;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(version);
  }

  @Override
  public String toString() {
    return version == ANY ? "any" : version == 0 ? "no stream" : "version " + version;
  }
}
