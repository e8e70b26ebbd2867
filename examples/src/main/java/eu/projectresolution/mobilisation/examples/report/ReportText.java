package eu.projectresolution.mobilisation.examples.report;

import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.examples.text.TextTable;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An indicator report as text tables, section by section: each figure with its code, what it counts,
 * its value and what it was computed from (numerator and denominator); figures broken down by gender
 * with a column per gender; figures that cannot be computed listed with the reason.
 */
public final class ReportText {
  private ReportText() {}

  public static void print(IndicatorReport report, PrintWriter out) {
    out.println(report.programmeName() + " (" + report.programmeId() + "): indicator report");
    out.println("Period " + report.period().start() + " to " + report.period().end()
        + report.site().map(s -> ", site " + s).orElse("")
        + report.channel().map(c -> ", channel " + c).orElse("")
        + report.targetGroup().map(g -> ", target group " + g).orElse(""));
    out.println("Computed from the stored records at " + report.computedAt() + "; rules: "
        + rules(report) + ". n/c = not computable.");
    for (ReportSections.Section section : ReportSections.of(report)) {
      out.println();
      out.println(section.title());
      out.println();
      if (section.byGender()) {
        genderTable(report, section).print(out);
      } else {
        TextTable table = TextTable.of(List.of("Code", "Figure", "Value", "Computed from"), 34, 56, 14, 26)
            .alignRight(2).alignRight(3);
        for (Figure figure : section.computable()) {
          table.row(figure.code().value(), figure.label(), FigureText.value(figure), FigureText.ofWhat(figure));
        }
        if (!section.computable().isEmpty()) {
          table.print(out);
        }
      }
      for (Figure figure : section.notComputable()) {
        TextTable.wrap("n/c " + figure.code() + ": " + figure.notComputableReason().orElse(""), 130)
            .forEach(line -> out.println("  " + line));
      }
    }
    out.flush();
  }

  private static TextTable genderTable(IndicatorReport report, ReportSections.Section section) {
    List<String> headers = new ArrayList<>(List.of("Code", "Figure", "Total"));
    List<Integer> widths = new ArrayList<>(List.of(16, 56, 12));
    for (Gender gender : ReportSections.GENDERS) {
      headers.add(genderName(gender));
      widths.add(11);
    }
    TextTable table = TextTable.of(headers, widths.stream().mapToInt(Integer::intValue).toArray());
    for (int c = 2; c < headers.size(); c++) {
      table.alignRight(c);
    }
    for (Figure figure : section.computable()) {
      List<String> cells = new ArrayList<>(List.of(figure.code().value(), figure.label(), FigureText.value(figure)));
      for (Gender gender : ReportSections.GENDERS) {
        cells.add(ReportSections.byGender(report, figure, gender).map(FigureText::value).orElse(""));
      }
      table.row(cells.toArray(String[]::new));
    }
    return table;
  }

  /** Column headings of a gender breakdown. */
  public static String genderName(Gender gender) {
    return switch (gender) {
      case WOMAN -> "Women";
      case MAN -> "Men";
      case NON_BINARY -> "Non-binary";
      case UNDECLARED -> "Undeclared";
    };
  }

  static String rules(IndicatorReport report) {
    List<RuleRef> all = new ArrayList<>();
    all.add(report.figureDefinitions());
    all.addAll(report.ruleSets());
    return all.stream().map(r -> r.name() + " v" + r.version()).collect(Collectors.joining(", "));
  }
}
