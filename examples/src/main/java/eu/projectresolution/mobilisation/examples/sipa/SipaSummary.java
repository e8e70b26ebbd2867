package eu.projectresolution.mobilisation.examples.sipa;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.report.FigureText;
import eu.projectresolution.mobilisation.examples.scenario.RecordReplay;
import eu.projectresolution.mobilisation.examples.text.TextTable;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.FigureCode;
import eu.projectresolution.mobilisation.indicator.FigureCodes;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.examples.report.ReportWords;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.PrintWriter;
import java.util.List;

/**
 * What the SIPA replay prints: the engine's indicator report, computed from the records the replay
 * stored, for the figures the practice sheet reports, beside what the sheet says.
 */
final class SipaSummary {
  /**
   * A line of the sheet, and the figure the engine computes for it: its words and what the sheet says
   * are the keys {@code sipa.line.<code>} and {@code sipa.says.<code>} of the program's words; a line
   * that details the one above is indented.
   */
  private record Line(FigureCode code, boolean detail) {}

  private static final List<Line> LINES =
      List.of(
          new Line(FigureCodes.CAPTURED_OUTSIDE_SITES, false),
          new Line(FigureCodes.WELCOMED, false),
          new Line(FigureCodes.growth(Measure.PEOPLE_WELCOMED), true),
          new Line(FigureCodes.PEOPLE_REFERRED, false),
          new Line(FigureCodes.target(Measure.REFERRALS), true),
          new Line(FigureCodes.SATISFACTION_RATE, false),
          new Line(FigureCodes.ACCOMPANIED, false),
          new Line(FigureCodes.APPOINTMENTS_PER_ACCOMPANIMENT, true),
          new Line(FigureCodes.SIPA_POSITIVE_EXITS, true),
          new Line(FigureCodes.SIPA_POSITIVE_EXIT_RATE, true),
          new Line(FigureCodes.PES_REGISTRATION_AT_ENTRY, false),
          new Line(FigureCodes.PES_REGISTRATION_AFTER_EXIT, true),
          new Line(FigureCodes.NEVER_ACCOMPANIED_BEFORE, false),
          new Line(FigureCodes.ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER_EXIT, false),
          new Line(FigureCodes.ASSOCIATION_MEMBERSHIP_AT_ENTRY, false),
          new Line(FigureCodes.ASSOCIATION_MEMBERSHIP_AFTER_EXIT, true),
          new Line(FigureCodes.COLLABORATIVE_ACTIONS, false),
          new Line(FigureCodes.SITE_EVENTS, false),
          new Line(FigureCodes.COST_PER_PERSON_WELCOMED, false),
          new Line(FigureCodes.COST_PER_PERSON_ACCOMPANIED, false),
          new Line(FigureCodes.COST_PER_POSITIVE_EXIT, false));

  /** The codes of the figures the summary shows, for the tests that check every language words them. */
  static List<FigureCode> codes() {
    return LINES.stream().map(Line::code).toList();
  }

  private SipaSummary() {}

  static void print(
      MobilisationEngine engine, TenantId tenant, ProgrammeId id, double scale, RecordReplay.Outcome outcome,
      String where, Words words, PrintWriter out) {
    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(id)).orElseThrow();
    ReportWords reportWords = ReportWords.of(words.locale());
    out.println(words.text("sipa.title", report.programmeName(), words.date(report.period().start()),
        words.date(report.period().end())));
    out.println(words.text("sipa.replayed", words.whole(outcome.records()), String.format(words.locale(), "%.1f", outcome.took().toMillis() / 1000.0),
        where));
    out.println(words.text("sipa.computed"));
    out.println(words.text("sipa.beside") + (scale == 1 ? "." : words.text("sipa.scale",
        String.valueOf(scale).replace(".", words.text("format.decimal_mark")))));
    out.println();
    TextTable table =
        TextTable.of(List.of(words.text("sipa.column.figure"), words.text("sipa.column.computed"), words.text("sipa.column.from"),
            words.text("sipa.column.sheet")), 60, 13, 26, 15).alignRight(1).alignRight(2);
    for (Line line : LINES) {
      Figure figure = report.figure(line.code()).orElseThrow(
          () -> new IllegalStateException("the indicator report has no figure " + line.code()));
      table.row((line.detail() ? "  " : "") + words.text("sipa.line." + line.code().value()),
          FigureText.value(figure, reportWords), FigureText.ofWhat(figure, reportWords), words.text("sipa.says." + line.code().value()));
    }
    table.print(out);
    out.println();
    out.println(words.text("sipa.whole_report.1", report.figures().size()));
    out.println(words.text("sipa.whole_report.2"));
    out.flush();
  }
}
