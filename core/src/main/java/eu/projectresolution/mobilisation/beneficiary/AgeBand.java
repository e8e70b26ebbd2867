package eu.projectresolution.mobilisation.beneficiary;

/**
 * An age band, for when only the band is known. The bands are the ESF+ ones (under 18, 18-29, 55 and
 * over) with 30-54 completing them.
 */
public enum AgeBand {
  UNDER_18,
  FROM_18_TO_29,
  FROM_30_TO_54,
  FROM_55;

  /** The band an age in whole years falls in. */
  public static AgeBand ofAge(int years) {
    if (years < 18) {
      return UNDER_18;
    }
    if (years < 30) {
      return FROM_18_TO_29;
    }
    if (years < 55) {
      return FROM_30_TO_54;
    }
    return FROM_55;
  }
}
