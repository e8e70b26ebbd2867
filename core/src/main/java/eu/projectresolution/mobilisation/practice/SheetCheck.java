package eu.projectresolution.mobilisation.practice;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.document.DocumentReading;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What checking a practice sheet found: either the sheet, or every problem in it. Returned by
 * {@link PracticeSheetJson#check(String)} for callers who would rather not catch
 * {@link InvalidPracticeSheet}, such as an editor showing the problems beside the form.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSheetCheck.class)
@JsonDeserialize(as = ImmutableSheetCheck.class)
public interface SheetCheck {
  /** The sheet, when it has no problem. */
  Optional<PracticeSheet> sheet();

  /** Every problem found, in the order of the sheet; empty when the sheet is valid. */
  List<DocumentProblem> problems();

  default boolean isValid() {
    return problems().isEmpty();
  }

  /** The sheet, or an {@link InvalidPracticeSheet} carrying every problem. */
  default PracticeSheet sheetOrThrow() {
    return sheet().orElseThrow(() -> new InvalidPracticeSheet(problems()));
  }

  @Value.Check
  default void check() {
    checkArgument(
        sheet().isPresent() == problems().isEmpty(),
        "a sheet check holds either a sheet or its problems, never both nor neither");
  }

  static SheetCheck valid(PracticeSheet sheet) {
    return ImmutableSheetCheck.builder().sheet(sheet).build();
  }

  static SheetCheck invalid(List<DocumentProblem> problems) {
    return ImmutableSheetCheck.builder().problems(problems).build();
  }

  /** The check a document checker's reading of a sheet amounts to. */
  static SheetCheck of(DocumentReading<PracticeSheet> reading) {
    return reading.value().map(SheetCheck::valid).orElseGet(() -> invalid(reading.problems()));
  }
}
