package eu.projectresolution.mobilisation.transfer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * Identifies a named adaptation in a rule set, such as SIPA's itinerant reception days in town halls for rural areas.
 *
 * <p>A stable code, e.g. {@code AdaptationId.of("itinerant-reception-days")}: 1 to 100 letters, digits, {@code .},
 * {@code _}, {@code :} or {@code -}, starting with a letter or digit.
 */
public record AdaptationId(String value) {
  public AdaptationId {
    Identifiers.checkCode(value, "adaptation id");
  }

  @JsonCreator
  public static AdaptationId of(String value) {
    return new AdaptationId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
