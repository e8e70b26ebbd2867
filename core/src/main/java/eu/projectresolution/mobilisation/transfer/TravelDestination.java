package eu.projectresolution.mobilisation.transfer;

/**
 * Where residents of a target territory have to travel to, for a {@link MaximumTravelTime} requirement.
 * A {@link TransferContext} gives the typical travel time to each.
 */
public enum TravelDestination {
  /** The place where a reception site would stand (for SIPA, a town with a first-reception space). */
  SITE,
  /** The nearest office of the public employment service (France Travail, SEPE, Centro per l'impiego...). */
  PUBLIC_EMPLOYMENT_OFFICE
}
