package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * Identifies a {@link Partner} of a programme.
 *
 * <p>A stable code chosen by the partner, e.g. {@code PartnerId.of("pole-emploi-montbeliard")}: 1 to 100 letters, digits,
 * {@code .}, {@code _}, {@code :} or {@code -}.
 */
public record PartnerId(String value) {
  public PartnerId {
    Identifiers.checkCode(value, "partner id");
  }

  @JsonCreator
  public static PartnerId of(String value) {
    return new PartnerId(value);
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
