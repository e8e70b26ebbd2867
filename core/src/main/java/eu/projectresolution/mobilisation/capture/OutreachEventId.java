package eu.projectresolution.mobilisation.capture;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.UUID;

/** Identifies an {@link OutreachEvent}. */
public record OutreachEventId(UUID value) {
  public OutreachEventId {
    Identifiers.checkUuid(value, "outreach event id");
  }

  public static OutreachEventId of(UUID value) {
    return new OutreachEventId(value);
  }

  @JsonCreator
  public static OutreachEventId of(String value) {
    return new OutreachEventId(Identifiers.parseUuid(value, "outreach event id"));
  }

  public static OutreachEventId random() {
    return new OutreachEventId(UUID.randomUUID());
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
