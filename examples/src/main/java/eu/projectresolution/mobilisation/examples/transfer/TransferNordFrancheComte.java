package eu.projectresolution.mobilisation.examples.transfer;

import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.ScenarioContext;
import eu.projectresolution.mobilisation.examples.text.TextTable;
import eu.projectresolution.mobilisation.transfer.Adaptation;
import eu.projectresolution.mobilisation.transfer.ElementVerdict;
import eu.projectresolution.mobilisation.transfer.Requirement;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import eu.projectresolution.mobilisation.transfer.Verdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Would SIPA work elsewhere? Since 1 October 2019 it has been spreading in Nord Franche-Comté with five
 * local partners, in two kinds of territory: priority urban neighbourhoods (QPV) and rural areas. This
 * scenario asks the engine's transferability rules about both and prints, element by element, whether
 * it carries over as it is, with which adaptation, or not at all, and why.
 */
public final class TransferNordFrancheComte implements Scenario {
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b");

  public static final String NAME = "transfer-nord-franche-comte";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "Would SIPA work in Nord Franche-Comté? Element by element, for a QPV and for a rural area";
  }

  @Override
  public String tenant() {
    return "ideis";
  }

  @Override
  public boolean keepsRecords() {
    return false;
  }

  /** The two assessments, QPV first. */
  public static List<TransferabilityAssessment> assess() {
    return List.of(
        SipaTransfer.rules().assess(SipaTransfer.practice(), SipaTransfer.nordFrancheComteQpv()),
        SipaTransfer.rules().assess(SipaTransfer.practice(), SipaTransfer.nordFrancheComteRural()));
  }

  @Override
  public void run(ScenarioContext context) {
    PrintWriter out = context.out();
    List<TransferContext> contexts = List.of(SipaTransfer.nordFrancheComteQpv(), SipaTransfer.nordFrancheComteRural());
    List<TransferabilityAssessment> assessments = assess();
    for (int i = 0; i < assessments.size(); i++) {
      if (i > 0) {
        out.println();
      }
      print(assessments.get(i), contexts.get(i), out);
    }
    out.flush();
  }

  /** One assessment as a heading, the context's note, and a table of the elements. */
  public static void print(TransferabilityAssessment assessment, TransferContext context, PrintWriter out) {
    out.println(assessment.practiceName() + " -> " + assessment.context());
    out.printf(Locale.ROOT, "Verdict: %s (%s), score %s (%d of %d points; rules: %s)%n",
        words(assessment.verdict()), assessment.transferable() ? "transferable" : "not transferable",
        assessment.score().toPlainString(), assessment.scorePoints(), assessment.maximumPoints(), assessment.ruleSet());
    context.note().ifPresent(note -> TextTable.wrap(note, 110).forEach(out::println));
    out.println();
    TextTable table = TextTable.of(List.of("Element", "Verdict", "Adaptation", "Reason"), 30, 16, 34, 46);
    for (ElementVerdict element : assessment.elements()) {
      table.row(
          element.name() + (element.essential() ? " (essential)" : " (optional)"),
          words(element.verdict()),
          element.adaptations().isEmpty()
              ? "-"
              : element.adaptations().stream().map(Adaptation::description).collect(Collectors.joining("; ")),
          reason(element));
    }
    table.print(out);
  }

  /**
   * Why, in a few words: what the element needs that the territory lacks, and why it matters; or, when
   * it carries over as it is, what it needs (and the territory has).
   *
   * <p>A requirement's {@code why} is a sentence a rule set's authors wrote; it is quoted as written (it
   * may start with an acronym such as SIPA or a place name, which no rewriting can tell from a common
   * word). Only the engine's own descriptions have their enum constants put into words.
   */
  static String reason(ElementVerdict element) {
    if (element.verdict() == Verdict.TRANSFERABLE) {
      List<String> met = element.findings().stream()
          .flatMap(f -> f.requirement().stream())
          .map(r -> plain(r.describe()))
          .toList();
      return met.isEmpty() ? element.reason() : "Has what it needs: " + String.join("; ", met) + ".";
    }
    return element.findings().stream()
        .filter(f -> f.verdict() != Verdict.TRANSFERABLE)
        .flatMap(f -> f.requirement().stream())
        .distinct()
        .map(r -> "Needs " + plain(r.describe()) + "." + r.why().map(why -> " " + why).orElse(""))
        .collect(Collectors.joining(" "));
  }

  /** Enum constants such as PRIORITY_URBAN_NEIGHBOURHOOD in words: priority urban neighbourhood. */
  private static String plain(String text) {
    return CONSTANT.matcher(text).replaceAll(m -> m.group().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  private static String words(Verdict verdict) {
    return verdict.name().replace('_', ' ');
  }
}
