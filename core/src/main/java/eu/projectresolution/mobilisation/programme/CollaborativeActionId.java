package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.UUID;

/** Identifies a {@link CollaborativeAction}. */
public record CollaborativeActionId(UUID value) {
  public CollaborativeActionId {
    Identifiers.checkUuid(value, "collaborative action id");
  }

  public static CollaborativeActionId of(UUID value) {
    return new CollaborativeActionId(value);
  }

  @JsonCreator
  public static CollaborativeActionId of(String value) {
    return new CollaborativeActionId(Identifiers.parseUuid(value, "collaborative action id"));
  }

  /** A new random id. */
  public static CollaborativeActionId random() {
    return new CollaborativeActionId(UUID.randomUUID());
  }

  @JsonValue
  @Override
  public UUID value() {
    return value;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
