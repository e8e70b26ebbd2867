package eu.projectresolution.mobilisation.indicator;

import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.outcome.OutcomeRule;
import eu.projectresolution.mobilisation.pathway.Stage;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report's people add up to, before any figure is made of it: the activity counts, each
 * rule's categories by gender, the before/after situations of the cohort, and the follow-ups at each
 * moment the programme declares. {@link IndicatorFacts}
 * fills it from the tallies a store counts.
 */
final class Totals {
  /** Per follow-up moment: the people who left through an exit during the period, then per {@code FOLLOW_UP_*}. */
  static final int FOLLOW_UP_LEAVERS = 0;
  static final int FOLLOW_UP_OBSERVED = 1;
  static final int FOLLOW_UP_EMPLOYED = 2;
  static final int FOLLOW_UP_IN_TRAINING = 3;
  static final int FOLLOW_UP_JOB_SEARCHING = 4;

  /** The definitions the totals add up under. */
  final IndicatorFacts facts;
  long captured;
  final long[] funnel;
  final Map<Stage, Long> enteredStage = new LinkedHashMap<>();
  final Map<Stage, Long> atStageAtEnd = new LinkedHashMap<>();
  final Map<CaptureChannel, Long> capturedThrough = new EnumMap<>(CaptureChannel.class);
  long attendances;
  long welcomed;
  long referrals;
  long referralsStarted;
  long peopleReferred;
  long accompanied;
  long attendedByAccompanied;
  long heldOrMissed;
  long missed;
  long responses;
  long satisfied;
  /** Per rule, per gender (ordinal), per category (index in the rule's categories): the people. */
  private final long[][][] decisions;
  /** The people of the before/after cohort. */
  long beforeAfterCohort;
  /** Per bit of {@link IndicatorFacts#BEFORE_AFTER}, the people of the cohort for whom it holds. */
  final long[] beforeAfter;
  /** Per follow-up moment of the facts, per {@code FOLLOW_UP_*}: the people. */
  final long[][] followUps;

  Totals(IndicatorFacts facts) {
    this.facts = facts;
    this.beforeAfter = new long[facts.beforeAfterBitCount()];
    this.followUps = new long[facts.followUpMoments().size()][FOLLOW_UP_JOB_SEARCHING + 1];
    this.funnel = new long[facts.funnelStages().size()];
    facts.stages().forEach(s -> {
      enteredStage.put(s, 0L);
      atStageAtEnd.put(s, 0L);
    });
    List<OutcomeRule> rules = facts.ruleList();
    decisions = new long[rules.size()][Gender.values().length][];
    for (int r = 0; r < rules.size(); r++) {
      for (int g = 0; g < Gender.values().length; g++) {
        decisions[r][g] = new long[rules.get(r).categories().size()];
      }
    }
  }

  void addDecision(int rule, Gender gender, int category, long people) {
    decisions[rule][gender.ordinal()][category] += people;
  }

  void addBeforeAfter(int bits, long people) {
    beforeAfterCohort += people;
    for (int i = 0; i < beforeAfter.length; i++) {
      if ((bits & (1 << i)) != 0) {
        beforeAfter[i] += people;
      }
    }
  }

  /** Adds {@code people} people who left through an exit during the period, whose follow-up at moment {@code moment} says {@code bits}. */
  void addFollowUp(int moment, int bits, long people) {
    long[] counts = followUps[moment];
    counts[FOLLOW_UP_LEAVERS] += people;
    counts[FOLLOW_UP_OBSERVED] += (bits & IndicatorFacts.FOLLOWED_UP) != 0 ? people : 0;
    counts[FOLLOW_UP_EMPLOYED] += (bits & IndicatorFacts.FOLLOWED_UP_EMPLOYED) != 0 ? people : 0;
    counts[FOLLOW_UP_IN_TRAINING] += (bits & IndicatorFacts.FOLLOWED_UP_IN_TRAINING) != 0 ? people : 0;
    counts[FOLLOW_UP_JOB_SEARCHING] += (bits & IndicatorFacts.FOLLOWED_UP_JOB_SEARCHING) != 0 ? people : 0;
  }

  /** The people rule {@code rule} puts in its category {@code category}, of one gender. */
  long decided(int rule, Gender gender, int category) {
    return decisions[rule][gender.ordinal()][category];
  }

  IndicatorCounts counts(long outreachEventsHeld, long collaborativeActions, long siteEvents) {
    IndicatorCounts.Builder counts = IndicatorCounts.builder()
        .captured(captured)
        .enteredStage(enteredStage)
        .atStageAtEnd(atStageAtEnd)
        .capturedThrough(capturedThrough)
        .outreachEventsHeld(outreachEventsHeld)
        .outreachAttendances(attendances)
        .welcomed(welcomed)
        .referrals(referrals)
        .referralsStarted(referralsStarted)
        .peopleReferred(peopleReferred)
        .accompanied(accompanied)
        .appointmentsAttendedByAccompanied(attendedByAccompanied)
        .appointmentsHeldOrMissed(heldOrMissed)
        .appointmentsMissed(missed)
        .satisfactionResponses(responses)
        .satisfiedResponses(satisfied)
        .collaborativeActions(collaborativeActions)
        .siteEvents(siteEvents);
    for (long reached : funnel) {
      counts.addFunnel(reached);
    }
    return counts.build();
  }
}
