package eu.projectresolution.mobilisation.transfer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * Identifies one element of a practice's decomposition, such as SIPA's Recrut'Café or its fixed
 * reception sites. Unique within the practice; rule files refer to elements by this id.
 *
 * <p>A stable code, e.g. {@code PracticeElementId.of("recrut-cafe")}: 1 to 100 letters, digits, {@code .},
 * {@code _}, {@code :} or {@code -}, starting with a letter or digit.
 */
public record PracticeElementId(String value) {
  public PracticeElementId {
    Identifiers.checkCode(value, "practice element id");
  }

  @JsonCreator
  public static PracticeElementId of(String value) {
    return new PracticeElementId(value);
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
