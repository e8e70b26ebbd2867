package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * Identifies a mainstream {@link Scheme} that people can be referred to.
 *
 * <p>A stable code chosen by the partner, e.g. {@code SchemeId.of("pe-registration")}: 1 to 100 letters, digits,
 * {@code .}, {@code _}, {@code :} or {@code -}.
 */
public record SchemeId(String value) {
  public SchemeId {
    Identifiers.checkCode(value, "scheme id");
  }

  @JsonCreator
  public static SchemeId of(String value) {
    return new SchemeId(value);
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
