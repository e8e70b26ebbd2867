package eu.projectresolution.mobilisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.time.Clock;
import java.util.UUID;

/**
 * Identifies one command sent to the engine. Sending the same command again with the same id (after a
 * time-out, a crash, a double click) returns the original result and writes nothing: hosts generate
 * the id once, when the counsellor acts, and reuse it on every retry.
 */
public final class CommandId extends UuidIdentifier {
  /**
   * The id that is {@code value}; {@code of(value)} says the same.
   *
   * @throws IllegalArgumentException if {@code value} is null
   */
  public CommandId(UUID value) {
    super(value, "command id");
  }

  public static CommandId of(UUID value) {
    return new CommandId(value);
  }

  @JsonCreator
  public static CommandId of(String value) {
    return new CommandId(Identifiers.parseUuid(value, "command id"));
  }

  /**
   * A new id for a command issued now, which sorts after the ids made before it: a version 7 UUID,
   * its first 48 bits the time in milliseconds, the other 74 random. The default id of every command.
   * Stored commands are indexed by their id, and ids in the order they were made keep each insert
   * at the end of the index (on PostgreSQL and H2 alike) rather than on a page anywhere in it, which
   * a large store pays for with every command (see docs/storage-jdbc.md).
   */
  public static CommandId timeOrdered() {
    return new CommandId(Identifiers.timeOrderedUuid(Clock.systemUTC()));
  }

  /** A new random (version 4) id, for a command issued now; {@link #timeOrdered()} is usually better. */
  public static CommandId random() {
    return new CommandId(UUID.randomUUID());
  }
}
