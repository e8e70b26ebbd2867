package eu.projectresolution.mobilisation.examples.report;

import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.examples.text.TextTable;
import eu.projectresolution.mobilisation.examples.text.Words;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import eu.projectresolution.mobilisation.programme.Programme;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An indicator report as text tables, section by section: each figure with its code, what it counts,
 * its value and what it was computed from (numerator and denominator); figures broken down by gender
 * with a column per gender; figures that cannot be computed listed with the reason.
 */
public final class ReportText {
  private ReportText() {}

  /** Prints the report in English. */
  public static void print(IndicatorReport report, PrintWriter out) {
    print(report, out, ReportWords.ENGLISH);
  }

  /** Prints the report with the words of {@code words} (its figures' labels are the report's own). */
  public static void print(IndicatorReport report, PrintWriter out, ReportWords words) {
    print(report, Optional.empty(), out, words);
  }

  /**
   * Prints the report of {@code programme}'s records with the words of {@code words}: its heading names the
   * site by its name, and the programme's territory and the public employment service of its country pack.
   */
  public static void print(IndicatorReport report, Programme programme, PrintWriter out, ReportWords words) {
    print(report, Optional.of(programme), out, words);
  }

  private static void print(IndicatorReport report, Optional<Programme> programme, PrintWriter out, ReportWords words) {
    Words dates = Words.of(words.locale());
    ReportHeading heading = ReportHeading.of(report, programme);
    out.println(words.text("title", report.programmeName(), report.programmeId()));
    heading.territory(words).ifPresent(out::println);
    out.println(words.text("period", dates.date(report.period().start()), dates.date(report.period().end()))
        + heading.site().map(s -> words.text("period.site", s)).orElse("")
        + report.channel().map(c -> words.text("period.channel", c)).orElse("")
        + report.targetGroup().map(g -> words.text("period.target_group", g)).orElse(""));
    out.println(words.text("computed", dates.instant(report.computedAt()), rules(report)));
    for (ReportSections.Section section : ReportSections.of(report, words)) {
      out.println();
      out.println(section.title());
      out.println();
      if (section.byGender()) {
        genderTable(report, section, words).print(out);
      } else {
        TextTable table = TextTable.of(List.of(words.text("column.code"), words.text("column.figure"),
                words.text("column.value"), words.text("column.computed_from")), 34, 56, 14, 26)
            .alignRight(2).alignRight(3);
        for (Figure figure : section.computable()) {
          table.row(figure.code().value(), figure.label(), FigureText.value(figure, words), FigureText.ofWhat(figure, words));
        }
        if (!section.computable().isEmpty()) {
          table.print(out);
        }
      }
      for (Figure figure : section.notComputable()) {
        TextTable.wrap(words.text("not_computable") + " " + figure.code() + ": " + figure.notComputableReason().orElse(""), 130)
            .forEach(line -> out.println("  " + line));
      }
    }
    out.flush();
  }

  private static TextTable genderTable(IndicatorReport report, ReportSections.Section section, ReportWords words) {
    List<String> headers = new ArrayList<>(
        List.of(words.text("column.code"), words.text("column.figure"), words.text("column.total")));
    List<Integer> widths = new ArrayList<>(List.of(16, 56, 12));
    for (Gender gender : ReportSections.GENDERS) {
      headers.add(words.text("gender." + gender.name()));
      widths.add(11);
    }
    TextTable table = TextTable.of(headers, widths.stream().mapToInt(Integer::intValue).toArray());
    for (int c = 2; c < headers.size(); c++) {
      table.alignRight(c);
    }
    for (Figure figure : section.computable()) {
      List<String> cells = new ArrayList<>(List.of(figure.code().value(), figure.label(), FigureText.value(figure, words)));
      for (Gender gender : ReportSections.GENDERS) {
        cells.add(ReportSections.byGender(report, figure, gender).map(f -> FigureText.value(f, words)).orElse(""));
      }
      table.row(cells.toArray(String[]::new));
    }
    return table;
  }

  /** Column headings of a gender breakdown, in English. */
  public static String genderName(Gender gender) {
    return ReportWords.ENGLISH.text("gender." + gender.name());
  }

  static String rules(IndicatorReport report) {
    List<RuleRef> all = new ArrayList<>();
    all.add(report.figureDefinitions());
    all.addAll(report.ruleSets());
    return all.stream().map(r -> r.name() + " v" + r.version()).collect(Collectors.joining(", "));
  }
}
