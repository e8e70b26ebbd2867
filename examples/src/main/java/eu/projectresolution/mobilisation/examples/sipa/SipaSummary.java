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
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * What the SIPA replay prints: the engine's indicator report, computed from the records the replay
 * stored, for the figures the practice sheet reports, beside what the sheet says.
 */
final class SipaSummary {
  /** A line of the sheet, and the figure the engine computes for it. */
  private record Line(String words, FigureCode code, String sheetSays) {}

  private static final List<Line> LINES =
      List.of(
          new Line("People captured in their living places, outside the sites", FigureCodes.CAPTURED_OUTSIDE_SITES, "more than 4,000"),
          new Line("People welcomed at the SIPA sites", FigureCodes.WELCOMED, "17,000"),
          new Line("  change on 2015", FigureCodes.growth(Measure.PEOPLE_WELCOMED), "+24 %"),
          new Line("People referred to other schemes", FigureCodes.PEOPLE_REFERRED, "2,124"),
          new Line("  referrals against the target", FigureCodes.target(Measure.REFERRALS), "of 3,000"),
          new Line("Users satisfied with the offer (last months)", FigureCodes.SATISFACTION_RATE, "97 %"),
          new Line("People given adapted accompaniment", FigureCodes.ACCOMPANIED, "537"),
          new Line("  appointments attended each", FigureCodes.APPOINTMENTS_PER_ACCOMPANIMENT, "3 to 4"),
          new Line("  of whom a positive exit", FigureCodes.SIPA_POSITIVE_EXITS, "249"),
          new Line("  positive-exit rate", FigureCodes.SIPA_POSITIVE_EXIT_RATE, "46.4 %"),
          new Line("Registered with the public employment service at entry", FigureCodes.PES_REGISTRATION_AT_ENTRY, "75 %"),
          new Line("  after the accompaniment", FigureCodes.PES_REGISTRATION_AFTER_EXIT, "92 %"),
          new Line("Never accompanied by any scheme before SIPA", FigureCodes.NEVER_ACCOMPANIED_BEFORE, "50 %"),
          new Line("Accompanied by another scheme after SIPA", FigureCodes.ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER_EXIT, "90 %"),
          new Line("Members of a local association at entry", FigureCodes.ASSOCIATION_MEMBERSHIP_AT_ENTRY, "16 %"),
          new Line("  after the exit", FigureCodes.ASSOCIATION_MEMBERSHIP_AFTER_EXIT, "30 %"),
          new Line("Collaborative actions", FigureCodes.COLLABORATIVE_ACTIONS, "43"),
          new Line("Events at the sites", FigureCodes.SITE_EVENTS, "853"),
          new Line("Cost per person welcomed", FigureCodes.COST_PER_PERSON_WELCOMED, "EUR 80.39"),
          new Line("Cost per person accompanied", FigureCodes.COST_PER_PERSON_ACCOMPANIED, "EUR 2,544.82"),
          new Line("Cost per positive exit", FigureCodes.COST_PER_POSITIVE_EXIT, "EUR 5,488.23"));

  private SipaSummary() {}

  static void print(
      MobilisationEngine engine, TenantId tenant, ProgrammeId id, double scale, RecordReplay.Outcome outcome,
      String where, PrintWriter out) {
    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(id)).orElseThrow();
    out.println(report.programmeName() + ", " + report.period().start() + " to " + report.period().end());
    out.printf(Locale.ENGLISH, "%,d records replayed through the engine's commands in %.1f s, kept %s.%n",
        outcome.records(), outcome.took().toMillis() / 1000.0, where);
    out.println("The figures are computed by the engine from the stored records (its indicator report), and set beside");
    out.println("what the practice sheet says" + (scale == 1 ? "." : String.format(Locale.ENGLISH,
        " (for the real programme: this one is %s times its size).", scale)));
    out.println();
    TextTable table =
        TextTable.of(List.of("Figure", "Computed", "From", "The sheet says"), 60, 13, 26, 15).alignRight(1).alignRight(2);
    for (Line line : LINES) {
      Figure figure = report.figure(line.code()).orElseThrow(
          () -> new IllegalStateException("the indicator report has no figure " + line.code()));
      table.row(line.words(), FigureText.value(figure), FigureText.ofWhat(figure), line.sheetSays());
    }
    table.print(out);
    out.println();
    out.printf("The whole report has %d figures (funnel, channels, outreach, the French IAE categories, every ESF+%n",
        report.figures().size());
    out.println("indicator by gender), each with its numerator, denominator and rule: run 'report', or 'report --format html'.");
    out.flush();
  }
}
