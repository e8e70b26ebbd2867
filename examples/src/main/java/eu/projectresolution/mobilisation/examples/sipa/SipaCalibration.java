package eu.projectresolution.mobilisation.examples.sipa;

import java.time.LocalDate;

/**
 * The quotas that decide who does what in the SIPA replay, at full scale. Each is a number of people
 * (or records), or a share of a group, chosen so that the figures the engine computes from the stored
 * records are those of the practice sheet. None of them is a figure: the figures are counted from the
 * records afterwards, and come out as the sheet's only because the records were made that way.
 *
 * <p>Where the sheet says nothing (how many came through each channel, how many were oriented, how many
 * Recrut'Cafés were held), the quotas are plausible guesses, named as such.
 */
final class SipaCalibration {
  private SipaCalibration() {}

  // ---------------------------------------------------------------- capture (axis 1)

  /** People met in their living places, outside the sites: the sheet's "more than 4,000". */
  static final int CAPTURED_OUTSIDE = 4_120;

  /** How the people captured outside were met (a guess: the sheet gives no breakdown); adds up to {@link #CAPTURED_OUTSIDE}. */
  static final int AT_OUTREACH_EVENTS = 1_850;

  static final int DOOR_TO_DOOR = 1_050;
  static final int SENT_BY_MEDIATORS = 520;
  static final int SENT_BY_PARTNERS = 380;
  static final int AFTER_POSTERS = 200;
  static final int AT_COLLABORATIVE_ACTIONS = 120;

  /** Of the people captured outside, those who then came to a site (a guess). */
  static final int CAPTURED_OUTSIDE_THEN_WELCOMED = 2_960;

  /** Of the people captured outside who never came, those the counsellors lost track of (a guess). */
  static final int CAPTURED_OUTSIDE_THEN_LOST = 310;

  /** Of the people captured outside who never came, those met a second time (a guess). */
  static final int MET_TWICE_OUTSIDE = 300;

  /** Share of the people met outside who agreed to be contacted again (and left a phone or e-mail). */
  static final double CONSENT_OUTSIDE = 0.80;

  /** Share of the people coming to a site on their own who agreed to be contacted again. */
  static final double CONSENT_AT_SITES = 0.55;

  /** Outreach events held by the two resident-liaison counsellors over three years (a guess). */
  static final int RECRUT_CAFES = 110;

  static final int INFORMATION_STANDS = 30;
  static final int NEIGHBOURHOOD_EVENTS = 20;

  // ---------------------------------------------------------------- first reception

  /** People welcomed at the three sites: the sheet's 17,000 (24 % more than the 13,710 of 2015). */
  static final int WELCOMED = 17_000;

  /** How the people who came to a site by themselves split between walking in and a site event (a guess). */
  static final int WALK_IN_WEIGHT = 12_600;

  static final int SITE_EVENT_WEIGHT = 1_440;

  /** Share of the welcomes at each site: Montbéliard, Audincourt, Valentigney (a guess). */
  static final int[] SITE_WEIGHTS = {45, 32, 23};

  /** People who talked with a career counsellor after the first reception and agreed on what next (a guess). */
  static final int ORIENTED = 9_300;

  /** Of them, those oriented to an adapted accompaniment (some never started it: a guess). */
  static final int ORIENTED_TO_ACCOMPANIMENT = 575;

  // ---------------------------------------------------------------- adapted accompaniment (axis 2)

  /** People given adapted accompaniment: the sheet's 537. */
  static final int ACCOMPANIED = 537;

  /** Accompaniments recorded with an exit and the situation then: the cohort the evaluation compared. */
  static final int EXITED = 270;

  /** Of those exits, the positive ones (linked with a mainstream scheme, or straight into a job): the sheet's 249. */
  static final int POSITIVE_EXITS = 249;

  /** Why the positive exits happened (a guess): into a job, into training, linked with a mainstream scheme. */
  static final int[] POSITIVE_EXIT_REASON_WEIGHTS = {71, 38, 140};

  /** Of the positive exits into a job, those found without a referral (a guess). */
  static final int INTO_A_JOB_WITHOUT_REFERRAL = 31;

  /** Why the other exits happened (a guess): accompaniment over, moved away, personal reasons. */
  static final int[] OTHER_EXIT_REASON_WEIGHTS = {9, 5, 7};

  /** Accompaniments that ended with lost contact, and with the person giving up (a guess). */
  static final int LOST_DURING_ACCOMPANIMENT = 110;

  static final int DROPPED_OUT_OF_ACCOMPANIMENT = 62;

  /** Accompanied people without a no-show appointment: the others missed one (a guess). */
  static final int MISSED_ONE_APPOINTMENT = 80;

  // ---------------------------------------------------------------- referral to mainstream schemes

  /** People referred to a mainstream scheme: the sheet's 2,124 (against a target of 3,000), one referral each. */
  static final int REFERRED = 2_124;

  /** Of them, people referred during their adapted accompaniment; the others straight after orientation (a guess). */
  static final int REFERRED_DURING_ACCOMPANIMENT = 424;

  /** What became of direct referrals (a guess): started, accepted, declined, no news. */
  static final int[] DIRECT_REFERRAL_OUTCOME_WEIGHTS = {45, 15, 12, 28};

  /** What became of the referrals of accompanied people whose exit was not positive: declined, accepted, no news. */
  static final int[] OTHER_REFERRAL_OUTCOME_WEIGHTS = {40, 25, 35};

  // ---------------------------------------------------------------- situations before and after

  /** Registered with the public employment service at entry: the sheet's 75 %. */
  static final double REGISTERED_AT_ENTRY = 0.75;

  /** Never accompanied by any scheme before SIPA: the sheet's 50 %. */
  static final double NEVER_ACCOMPANIED_BEFORE = 0.50;

  /** Accompanied by another scheme at entry (of those accompanied before; a guess). */
  static final double ACCOMPANIED_BY_ANOTHER_SCHEME_AT_ENTRY = 0.20;

  /** Accompanied by another scheme after the exit: the sheet's 90 %. */
  static final double ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER = 0.90;

  /** Members of a local association at entry and after the exit: the sheet's 16 % and 30 %. */
  static final double ASSOCIATION_MEMBERS_AT_ENTRY = 0.16;

  static final double ASSOCIATION_MEMBERS_AFTER = 0.30;

  /** Looking for a job at entry (a guess). */
  static final double JOB_SEARCHING_AT_ENTRY = 0.70;

  // ---------------------------------------------------------------- satisfaction survey

  /** The survey ran in the project's last months, from this day. */
  static final LocalDate SURVEY_FROM = LocalDate.of(2019, 3, 1);

  /** People who answered the survey (a guess). */
  static final int SURVEY_ANSWERS = 400;

  /** Share of them satisfied with the offer at the sites: the sheet's 97 %. */
  static final double SATISFIED = 0.97;

  // ---------------------------------------------------------------- collaborative dynamic (axis 3)

  /** Collaborative actions conducted with partners: the sheet's 43. */
  static final int COLLABORATIVE_ACTIONS = 43;

  /** Events hosted at the sites: the sheet's 853. */
  static final int SITE_EVENTS = 853;

  // ---------------------------------------------------------------- ESF+ and French IAE facts (no figure in the sheet)

  /**
   * Labour-market status at entry of the people a counsellor works with (oriented to an accompaniment
   * or referred straight away), other than the long-term unemployed: unemployed, inactive, employed (a
   * guess). The status is asked with the ESF+ questionnaire when the person is oriented.
   */
  static final int[] LABOUR_MARKET_STATUS_WEIGHTS = {70, 24, 6};

  /** Education level at entry: ISCED 0-2, 3-4, 5-8 (a guess). */
  static final int[] EDUCATION_WEIGHTS = {45, 40, 15};

  /** Shares answering yes, and declining to answer, about a disability, a foreign background and housing exclusion (a guess). */
  static final double DISABILITY_YES = 0.06;

  static final double FOREIGN_BACKGROUND_YES = 0.22;
  static final double HOUSING_EXCLUSION_YES = 0.05;
  static final double DECLINED_TO_ANSWER = 0.04;

  /**
   * The contracts of the positive exits into a job (a guess): open-ended, fixed-term of 6 months or more,
   * fixed-term under 6 months, temporary agency work, work-integration contract, subsidised contract.
   */
  static final int[] CONTRACT_WEIGHTS = {18, 14, 12, 15, 8, 4};

  /** Share of the exits into training that are qualifying training (a guess). */
  static final double QUALIFYING_TRAINING = 0.65;

  /** People who gained a qualification during their accompaniment, of the exits linked with a scheme (a guess). */
  static final int QUALIFICATION_GAINED = 12;

  /** Other exits withdrawn from the funders' rates: a long illness, a parental leave (a guess). */
  static final int WITHDRAWN_EXITS = 3;

  /** Share of the people followed up six months after their exit who were then in employment (a guess). */
  static final double EMPLOYED_SIX_MONTHS_AFTER = 0.55;

  // ---------------------------------------------------------------- profiles (no figure in the sheet)

  /** Declared gender: women, men, non-binary, undeclared (a guess). */
  static final int[] GENDER_WEIGHTS = {51, 47, 1, 1};
}
