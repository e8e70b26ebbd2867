package eu.projectresolution.mobilisation.examples.sipa;

import static com.google.common.base.Preconditions.checkArgument;

import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.ExitCircumstance;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An adapted accompaniment, as the quotas decided it ({@link Accompaniments}): how it ends, how many
 * appointments it has (3 or 4, 1 or 2 for those who give up), whether one was missed, and for those who
 * left with an exit, what the counsellor observed then.
 */
record Accompaniment(Fate fate, int appointments, boolean missedOne, Optional<Exit> exit) {
  Accompaniment {
    checkArgument(appointments >= 1, "an accompaniment has at least one appointment (was %s)", appointments);
    checkArgument(
        exit.isPresent() == (fate == Fate.POSITIVE_EXIT || fate == Fate.OTHER_EXIT),
        "an accompaniment has an exit exactly when it ends with one (fate %s)", fate);
  }

  /** What becomes of an adapted accompaniment. */
  enum Fate {
    POSITIVE_EXIT,
    OTHER_EXIT,
    LOST_CONTACT,
    DROPPED_OUT,
    UNDER_WAY
  }

  /**
   * An exit and what the counsellor observes at it: the reason, the situation afterwards, the contract
   * of a job found, a qualifying training, a qualification gained, and the circumstance that withdraws
   * a few exits from the funders' rates (a long illness, a parental leave).
   */
  record Exit(
      ExitReason reason,
      boolean positive,
      Situation after,
      Optional<Employment> employment,
      boolean qualifyingTraining,
      boolean qualificationGained,
      Optional<ExitCircumstance> circumstance) {

    /** The situation after an exit: registered with the public employment service if it was positive. */
    static Situation situationAfter(ExitReason reason, boolean positive, boolean accompaniedByAnotherScheme, boolean member) {
      return Situation.builder()
          .registeredWithPublicEmploymentService(positive)
          .everAccompaniedBefore(true)
          .accompaniedByAnotherScheme(accompaniedByAnotherScheme)
          .memberOfLocalAssociation(member)
          .employed(reason == ExitReason.EMPLOYMENT)
          .inTraining(reason == ExitReason.TRAINING)
          .jobSearching(positive && reason == ExitReason.MAINSTREAM_SCHEME)
          .build();
    }

    /** What the counsellor records at the exit, on {@code on}. */
    FollowUp followUpOn(LocalDate on) {
      return FollowUp.builder()
          .moment(FollowUpMoment.AT_EXIT)
          .observedOn(on)
          .employment(employment)
          .inEducationOrTraining(reason == ExitReason.TRAINING)
          .qualifyingTraining(qualifyingTraining)
          .qualificationGained(qualificationGained)
          .jobSearching(positive && reason == ExitReason.MAINSTREAM_SCHEME)
          .build();
    }
  }
}
