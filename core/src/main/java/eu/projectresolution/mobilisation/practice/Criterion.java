package eu.projectresolution.mobilisation.practice;

/**
 * What a reviewer scores a practice on, from 0 (not at all) to {@value Review#MAX_SCORE} (fully). The
 * criteria come from the ReSolution call for practices: new approaches to (re)mobilising people far from
 * employment, stronger cooperation between training and inclusion actors, and transferability.
 */
public enum Criterion {
  /** Brings professionals a new way of reaching and (re)mobilising people far from employment. */
  NEW_MOBILISATION_APPROACH(Dimension.INNOVATION),
  /** Strengthens cooperation between training, employment and social-inclusion actors. */
  STRONGER_COOPERATION(Dimension.INNOVATION),
  /** Shows its effect with measured results or an evaluation. */
  EVIDENCE_OF_RESULTS(Dimension.INNOVATION),
  /** Does not depend on one country's institutions or one territory's conditions. */
  CONTEXT_INDEPENDENCE(Dimension.TRANSFERABILITY),
  /** Has already been applied elsewhere. */
  ALREADY_REPRODUCED(Dimension.TRANSFERABILITY),
  /** Can be run with means a partner can find. */
  MODEST_RESOURCES(Dimension.TRANSFERABILITY),
  /** Is described step by step, so that another team can run it. */
  DOCUMENTED_METHOD(Dimension.TRANSFERABILITY);

  private final Dimension dimension;

  Criterion(Dimension dimension) {
    this.dimension = dimension;
  }

  public Dimension dimension() {
    return dimension;
  }
}
