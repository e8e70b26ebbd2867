package eu.projectresolution.mobilisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import eu.projectresolution.mobilisation.internal.Identifiers;
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

  /** A new random id, for a command issued now. */
  public static CommandId random() {
    return new CommandId(UUID.randomUUID());
  }
}
