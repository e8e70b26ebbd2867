package eu.projectresolution.mobilisation.transfer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * Identifies one requirement of a practice element, unique within the element. Adaptations name the
 * requirements they compensate by this id, and verdicts name the unmet requirement with it.
 *
 * <p>A stable code, e.g. {@code RequirementId.of("temporary-work-agency")}: 1 to 100 letters, digits, {@code .},
 * {@code _}, {@code :} or {@code -}, starting with a letter or digit.
 */
public record RequirementId(String value) {
  public RequirementId {
    Identifiers.checkCode(value, "requirement id");
  }

  @JsonCreator
  public static RequirementId of(String value) {
    return new RequirementId(value);
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
