package eu.projectresolution.mobilisation.indicator;

/** What a figure's value measures. */
public enum Unit {
  /** A number of people; with a denominator, the cohort they are counted among. */
  PEOPLE,
  /** A number of records (referrals, events, actions, attendances); with a denominator, the whole they belong to. */
  RECORDS,
  /** A share of a cohort, in percent (numerator out of denominator, times 100), one decimal. */
  PERCENT,
  /** An achieved count against a declared target, in percent; may exceed 100. */
  PERCENT_OF_TARGET,
  /** The change of a count against a declared baseline, in percent: (numerator / denominator - 1) times 100. */
  PERCENT_CHANGE,
  /** An average per person or per record (numerator divided by denominator), two decimals. */
  AVERAGE,
  /** An amount of money per person (numerator, the budget, divided by the denominator), two decimals. */
  MONEY;

  /** Whether the numerator is part of the denominator, so that it can never exceed it. */
  public boolean partOfWhole() {
    return this == PEOPLE || this == RECORDS || this == PERCENT;
  }
}
