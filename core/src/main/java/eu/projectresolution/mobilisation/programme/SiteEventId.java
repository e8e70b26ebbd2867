package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.UUID;

/** Identifies a {@link SiteEvent}. */
public record SiteEventId(UUID value) {
  public SiteEventId {
    Identifiers.checkUuid(value, "site event id");
  }

  public static SiteEventId of(UUID value) {
    return new SiteEventId(value);
  }

  @JsonCreator
  public static SiteEventId of(String value) {
    return new SiteEventId(Identifiers.parseUuid(value, "site event id"));
  }

  /** A new random id. */
  public static SiteEventId random() {
    return new SiteEventId(UUID.randomUUID());
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
