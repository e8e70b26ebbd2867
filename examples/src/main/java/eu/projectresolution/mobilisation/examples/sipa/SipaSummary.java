package eu.projectresolution.mobilisation.examples.sipa;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.scenario.RecordReplay;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * What the SIPA replay prints: the programme's figures counted back from the stored records, next to
 * what the practice sheet reports.
 */
final class SipaSummary {
  private SipaSummary() {}

  static void print(MobilisationEngine engine, TenantId tenant, ProgrammeId id, RecordReplay.Outcome outcome, PrintWriter out) {
    Programme programme = engine.programme(tenant, id).orElseThrow();
    RecordTally tally = RecordTally.of(engine, tenant, id);
    out.println(programme.name() + " (" + programme.operator() + ")");
    out.println(programme.territory().name() + ", " + programme.period().start() + " to " + programme.period().end());
    out.printf(Locale.ROOT, "%s records replayed through the engine in %.1f s; figures counted from the stored records:%n",
        thousands(outcome.records()), outcome.took().toMillis() / 1000.0);
    out.println();
    row(out, "People captured outside the sites", thousands(tally.capturedOutsideSites()), "sheet: more than 4,000");
    long baseline = programme.baseline(Measure.PEOPLE_WELCOMED).map(b -> b.value()).orElse(0L);
    row(out, "People welcomed at the sites", thousands(tally.welcomed()),
        baseline == 0 ? "" : signedPercent(tally.welcomed() - baseline, baseline) + " on 2015 (" + thousands(baseline) + "); sheet: 17,000, +24 %");
    long target = programme.target(Measure.REFERRALS).map(t -> t.value()).orElse(0L);
    row(out, "People referred to mainstream schemes", thousands(tally.peopleReferred()),
        percent(tally.referrals(), target) + " of the target of " + thousands(target) + "; sheet: 2,124 of 3,000");
    row(out, "People given adapted accompaniment", thousands(tally.accompanied()),
        String.format(Locale.ROOT, "%.1f attended appointments each; sheet: 537, 3 to 4 appointments",
            tally.accompanied() == 0 ? 0.0 : (double) tally.attendedAppointments() / tally.accompanied()));
    row(out, "  of whom positive exits", thousands(tally.positiveExits()),
        percent(tally.positiveExits(), tally.accompanied()) + "; sheet: 249 (46.4 %)");
    row(out, "Users satisfied (survey, last months)", percent(tally.satisfied(), tally.surveyAnswers()),
        thousands(tally.satisfied()) + " of " + thousands(tally.surveyAnswers()) + " answers; sheet: 97 %");
    row(out, "Registered with the public employment service",
        percent(tally.registeredAtEntry(), tally.cohort()) + " -> " + percent(tally.registeredAfter(), tally.cohort()),
        "at entry -> after, " + thousands(tally.cohort()) + " exits; sheet: 75 % -> 92 %");
    row(out, "Never accompanied before / by another scheme after",
        percent(tally.neverAccompaniedBefore(), tally.cohort()) + " / " + percent(tally.accompaniedByAnotherSchemeAfter(), tally.cohort()),
        "sheet: 50 % / 90 %");
    row(out, "Members of a local association",
        percent(tally.membersAtEntry(), tally.cohort()) + " -> " + percent(tally.membersAfter(), tally.cohort()), "sheet: 16 % -> 30 %");
    row(out, "Collaborative actions", thousands(tally.collaborativeActions()), "sheet: 43");
    row(out, "Events at the sites", thousands(tally.siteEvents()), "sheet: 853");
    row(out, "Outreach events (Recrut'Cafés, stands...)", thousands(tally.outreachEvents()), "");
    if (programme.budget().isPresent()) {
      Money budget = programme.budget().get();
      row(out, "Cost per person welcomed", cost(budget, tally.welcomed()), "sheet: EUR 80.39");
      row(out, "Cost per person accompanied", cost(budget, tally.accompanied()), "sheet: EUR 2,544.82");
      row(out, "Cost per positive exit", cost(budget, tally.positiveExits()), "sheet: EUR 5,488.23");
    }
  }

  private static void row(PrintWriter out, String figure, String value, String note) {
    out.printf("  %-52s %15s   %s%n", figure, value, note);
  }

  private static String thousands(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }

  private static String signedPercent(long part, long whole) {
    return String.format(Locale.ROOT, "%+.1f %%", 100.0 * part / whole);
  }

  private static String cost(Money budget, long people) {
    if (people == 0) {
      return "n/a";
    }
    BigDecimal each = budget.amount().divide(BigDecimal.valueOf(people), 2, RoundingMode.HALF_EVEN);
    return budget.currency().getCurrencyCode() + " " + String.format(Locale.ENGLISH, "%,.2f", each);
  }
}
