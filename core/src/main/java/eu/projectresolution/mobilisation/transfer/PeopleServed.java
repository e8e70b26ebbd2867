package eu.projectresolution.mobilisation.transfer;

/**
 * The people a {@link StaffPerPeople} requirement scales the team to: those the transferred practice means
 * to reach, or those it means to accompany. A {@link TransferContext} gives how many of each.
 */
public enum PeopleServed {
  /** The people to reach ({@link TransferContext#peopleToReach()}): for SIPA, the people welcomed. */
  PEOPLE_TO_REACH,
  /** The people to accompany ({@link TransferContext#peopleToAccompany()}): for SIPA, the adapted accompaniment. */
  PEOPLE_TO_ACCOMPANY
}
