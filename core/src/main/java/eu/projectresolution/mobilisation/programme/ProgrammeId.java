package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * Identifies a {@link Programme} within a tenant.
 *
 * <p>A stable code chosen by the partner, e.g. {@code ProgrammeId.of("sipa-montbeliard")}: 1 to 100 letters, digits,
 * {@code .}, {@code _}, {@code :} or {@code -}.
 */
public record ProgrammeId(String value) {
  public ProgrammeId {
    Identifiers.checkCode(value, "programme id");
  }

  @JsonCreator
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
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
