package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * Identifies a {@link PracticeSheet} across its versions, e.g. {@code PracticeSheetId.of("sipa-montbeliard")}:
 * 1 to 100 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}, chosen by whoever first
 * writes the sheet and kept when partners exchange it.
 */
public record PracticeSheetId(String value) implements Comparable<PracticeSheetId> {
  public PracticeSheetId {
    Identifiers.checkCode(value, "practice sheet id");
  }

  @JsonCreator
  public static PracticeSheetId of(String value) {
    return new PracticeSheetId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PracticeSheetId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
