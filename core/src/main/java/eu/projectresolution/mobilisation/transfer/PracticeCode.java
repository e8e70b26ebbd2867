package eu.projectresolution.mobilisation.transfer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * Identifies a practice whose transferability is assessed, e.g. SIPA. Use the id the practice's sheet is
 * filed under in the toolkit (the value of its {@code PracticeSheetId}, {@code "sipa-montbeliard"} for
 * SIPA), so that a decomposition and its practice sheet can be matched.
 *
 * <p>A stable code, e.g. {@code PracticeCode.of("sipa-montbeliard")}: 1 to 100 letters, digits,
 * {@code .}, {@code _}, {@code :} or {@code -}, starting with a letter or digit.
 */
public record PracticeCode(String value) {
  public PracticeCode {
    Identifiers.checkCode(value, "practice code");
  }

  @JsonCreator
  public static PracticeCode of(String value) {
    return new PracticeCode(value);
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
