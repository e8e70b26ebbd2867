package eu.projectresolution.mobilisation.examples.transfer;

import eu.projectresolution.mobilisation.examples.text.TextTable;
import eu.projectresolution.mobilisation.transfer.ElementVerdict;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferWords;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import java.io.PrintWriter;
import java.util.List;

/**
 * A transferability assessment as a terminal shows it, in the reader's language: the practice and the
 * target, the verdict and score, the context's note, what its country pack says (the territory, the public
 * employment service, the schemes to refer people to), then one row per element with its verdict, its
 * adaptations and its reason. Every word comes from core's {@link TransferWords}.
 */
public final class TransferText {
  private static final int WIDTH = 110;

  private TransferText() {}

  /** Prints {@code assessment} of {@code context} with {@code words} on {@code out}. */
  public static void print(TransferabilityAssessment assessment, TransferContext context, TransferWords words,
      PrintWriter out) {
    out.println(words.title(assessment));
    out.println(words.headline(assessment));
    context.note().ifPresent(note -> TextTable.wrap(note, WIDTH).forEach(out::println));
    words.localGround(assessment).forEach(line -> TextTable.wrap(line, WIDTH).forEach(out::println));
    out.println();
    TextTable table = TextTable.of(List.of(words.text("column.element"), words.text("column.verdict"),
        words.text("column.adaptation"), words.text("column.reason")), 28, 16, 34, 48);
    for (ElementVerdict element : assessment.elements()) {
      table.row(words.elementHeading(assessment.practice(), element), words.verdict(element.verdict()),
          words.adaptations(assessment.practice(), element), words.reason(assessment.practice(), element, context));
    }
    table.print(out);
    out.flush();
  }
}
