package eu.projectresolution.mobilisation.examples.sipa;

import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.programme.SchemeId;
import java.util.Optional;

/**
 * What becomes of one person, as the quotas decided it ({@link Stories}) before any day is chosen: either
 * met outside and never welcomed at a site, or welcomed, and then perhaps oriented, accompanied,
 * referred, asked for their opinion. {@link Timeline} and {@link PathwayPlanner} then date it.
 */
sealed interface Story permits Story.NotWelcomed, Story.Welcomed {
  Person person();

  /**
   * Met in their living place, never came to a site: perhaps met a second time by a counsellor, perhaps
   * lost from sight (or both).
   */
  record NotWelcomed(Person person, boolean metAgain, boolean lostFromSight) implements Story {}

  /**
   * Welcomed at a site, in the situation they declared then; oriented after a talk with a career counsellor
   * (with the ESF+ questionnaire for those a counsellor works with), accompanied, referred to a
   * mainstream scheme, asked in the survey: each when it happened to them.
   */
  record Welcomed(
      Person person,
      Situation atEntry,
      Optional<Orientation> orientation,
      Optional<EntryStatus> entryStatus,
      Optional<Accompaniment> accompaniment,
      Optional<Referral> referral,
      Survey survey)
      implements Story {

    /** Whether their adapted accompaniment was still under way when the programme's period ended. */
    boolean stillAccompaniedAtTheEnd() {
      return accompaniment.map(a -> a.fate() == Accompaniment.Fate.UNDER_WAY).orElse(false);
    }
  }

  /** A referral to a mainstream scheme, and the news of it: started, accepted, declined, or none. */
  record Referral(SchemeId scheme, Optional<ReferralStatus> news) {}

  /** Whether someone answered the satisfaction survey of the last months, and how. */
  enum Survey {
    NOT_ASKED,
    SATISFIED,
    DISSATISFIED
  }
}
