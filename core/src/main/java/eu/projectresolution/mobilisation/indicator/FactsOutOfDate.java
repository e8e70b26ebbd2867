package eu.projectresolution.mobilisation.indicator;

import eu.projectresolution.mobilisation.MobilisationException;

/**
 * Thrown by {@link IndicatorReports#compute} when some of the report's people have facts computed
 * under other definitions than the reports' (another version of a rule set, another pathway model), or
 * stored without facts: counting them would mix definitions. {@code MobilisationEngine.indicatorReport}
 * catches it, computes those facts again ({@code rebuildFacts}) and reports; a host calling {@link
 * IndicatorReports} itself does the same.
 */
public final class FactsOutOfDate extends MobilisationException {
  private static final long serialVersionUID = 1L;

  private final long people;

  public FactsOutOfDate(String message, long people) {
    super(message);
    this.people = people;
  }

  /** How many of the report's people have facts to compute again. */
  public long people() {
    return people;
  }
}
