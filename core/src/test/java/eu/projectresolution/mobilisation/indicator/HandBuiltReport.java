package eu.projectresolution.mobilisation.indicator;

import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An indicator report written figure by figure, for tests of what is made of a report. {@link #sipa()}
 * holds the figures the SIPA practice sheet reports (domain.md), as the engine would have computed them
 * over SIPA's whole period; every target and change the programme does not declare is not computable.
 */
final class HandBuiltReport {
  static final ProgrammeId SIPA = ProgrammeId.of("sipa-montbeliard");
  static final Money BUDGET = Money.of("1366568.14", "EUR");

  private final Map<FigureCode, Figure> figures = new LinkedHashMap<>();
  private Money budget = BUDGET;

  static HandBuiltReport empty() {
    HandBuiltReport report = new HandBuiltReport();
    for (Measure measure : Measure.values()) {
      report.notComputable(FigureCodes.target(measure), Unit.PERCENT_OF_TARGET, "no target is declared for " + measure);
      report.notComputable(FigureCodes.growth(measure), Unit.PERCENT_CHANGE, "no baseline is declared for " + measure);
    }
    return report;
  }

  static HandBuiltReport sipa() {
    return empty()
        .count(FigureCodes.FUNNEL_CAPTURED, Unit.PEOPLE, 6_210, null)
        .count(FigureCodes.CAPTURED_OUTSIDE_SITES, Unit.PEOPLE, 4_105, 6_210L)
        .count(FigureCodes.OUTREACH_EVENTS, Unit.RECORDS, 120, null)
        .count(FigureCodes.WELCOMED, Unit.PEOPLE, 17_000, null)
        .growth(Measure.PEOPLE_WELCOMED, 17_000, 13_710)
        .count(FigureCodes.REFERRALS, Unit.RECORDS, 2_124, null)
        .target(Measure.REFERRALS, 2_124, 3_000)
        .count(FigureCodes.PEOPLE_REFERRED, Unit.PEOPLE, 1_987, null)
        .count(FigureCodes.ACCOMPANIED, Unit.PEOPLE, 537, null)
        .count(FigureCodes.SIPA_POSITIVE_EXITS, Unit.PEOPLE, 249, 537L)
        .share(FigureCodes.SIPA_POSITIVE_EXIT_RATE, 249, 537)
        .share(FigureCodes.SATISFACTION_RATE, 291, 300)
        .share(FigureCodes.PES_REGISTRATION_AT_ENTRY, 150, 200)
        .share(FigureCodes.PES_REGISTRATION_AFTER_EXIT, 184, 200)
        .share(FigureCodes.NEVER_ACCOMPANIED_BEFORE, 100, 200)
        .share(FigureCodes.ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER_EXIT, 180, 200)
        .share(FigureCodes.ASSOCIATION_MEMBERSHIP_AT_ENTRY, 32, 200)
        .share(FigureCodes.ASSOCIATION_MEMBERSHIP_AFTER_EXIT, 60, 200)
        .count(FigureCodes.COLLABORATIVE_ACTIONS, Unit.RECORDS, 43, null)
        .count(FigureCodes.SITE_EVENTS, Unit.RECORDS, 853, null)
        .cost(FigureCodes.COST_PER_PERSON_CAPTURED, 6_210)
        .cost(FigureCodes.COST_PER_PERSON_WELCOMED, 17_000)
        .cost(FigureCodes.COST_PER_PERSON_ACCOMPANIED, 537)
        .cost(FigureCodes.COST_PER_POSITIVE_EXIT, 249);
  }

  HandBuiltReport put(Figure figure) {
    figures.put(figure.code(), figure);
    return this;
  }

  HandBuiltReport count(FigureCode code, Unit unit, long n, Long of) {
    Figure.Builder figure = base(code, unit).value(BigDecimal.valueOf(n)).numerator(BigDecimal.valueOf(n));
    if (of != null) {
      figure.denominator(BigDecimal.valueOf(of));
    }
    return put(figure.build());
  }

  /** {@code n} out of {@code of}, in percent with one decimal as the engine rounds it. */
  HandBuiltReport share(FigureCode code, long n, long of) {
    return put(base(code, Unit.PERCENT).value(percent(BigDecimal.valueOf(n), BigDecimal.valueOf(of)))
        .numerator(BigDecimal.valueOf(n)).denominator(BigDecimal.valueOf(of)).build());
  }

  HandBuiltReport target(Measure measure, long achieved, long target) {
    return put(base(FigureCodes.target(measure), Unit.PERCENT_OF_TARGET)
        .value(percent(BigDecimal.valueOf(achieved), BigDecimal.valueOf(target)))
        .numerator(BigDecimal.valueOf(achieved)).denominator(BigDecimal.valueOf(target)).build());
  }

  HandBuiltReport growth(Measure measure, long achieved, long baseline) {
    BigDecimal of = BigDecimal.valueOf(baseline);
    return put(base(FigureCodes.growth(measure), Unit.PERCENT_CHANGE)
        .value(percent(BigDecimal.valueOf(achieved).subtract(of), of))
        .numerator(BigDecimal.valueOf(achieved)).denominator(of).build());
  }

  HandBuiltReport cost(FigureCode code, long per) {
    return put(base(code, Unit.MONEY)
        .value(budget.amount().divide(BigDecimal.valueOf(per), 2, RoundingMode.HALF_UP))
        .numerator(budget.amount()).denominator(BigDecimal.valueOf(per))
        .currency(budget.currency()).build());
  }

  HandBuiltReport budget(String amount, String currency) {
    this.budget = Money.of(amount, currency);
    return this;
  }

  HandBuiltReport notComputable(FigureCode code, Unit unit, String reason) {
    return put(base(code, unit).notComputableReason(reason).build());
  }

  HandBuiltReport without(FigureCode code) {
    figures.remove(code);
    return this;
  }

  IndicatorReport build() {
    return report().build();
  }

  IndicatorReport.Builder report() {
    return IndicatorReport.builder()
        .programmeId(SIPA)
        .programmeName("SIPA - Sites d'Information, de Projets et d'Accompagnement")
        .period(Period.of(LocalDate.of(2016, 9, 1), LocalDate.of(2019, 8, 31)))
        .budget(budget)
        .figureDefinitions(IndicatorReports.FIGURES)
        .figures(figures.values())
        .computedAt(Instant.parse("2019-09-01T08:00:00Z"));
  }

  private static Figure.Builder base(FigureCode code, Unit unit) {
    return Figure.builder().code(code).label("figure " + code).unit(unit).rule(IndicatorReports.FIGURES);
  }

  private static BigDecimal percent(BigDecimal n, BigDecimal of) {
    return n.multiply(BigDecimal.valueOf(100)).divide(of, 1, RoundingMode.HALF_UP);
  }
}
