package eu.projectresolution.mobilisation.examples.sipa;

import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.SITE_WEIGHTS;

import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Every random choice of the SIPA scenario, named, from one seeded generator: the same seed gives the
 * same choices, in the order they are asked for. The quotas ({@link SipaCalibration}) decide how many
 * people do what; these choices decide who, where and how many days apart.
 *
 * <p>The order in which the choices are asked for is part of the scenario: asking one more, or one
 * less, changes every choice after it, and so the people, the records and the figures of a seed.
 */
final class SipaChoices {
  private static final List<String> NEIGHBOURHOODS =
      List.of(
          "Petite Hollande, Montbéliard",
          "La Chiffogne, Montbéliard",
          "Champvallon, Béthoncourt",
          "Les Champs-Montants, Audincourt",
          "Les Buis, Valentigney",
          "Les Fougères, Grand-Charmont");
  private static final List<String> PLACES =
      List.of("Building hall", "Bakery", "Shopping arcade", "Community centre", "Market square", "Pharmacy");
  private static final List<String> RECRUT_CAFE_VENUES = List.of("Building hall", "Bakery", "Café");
  private static final List<PartnerId> RECRUITERS =
      List.of(SipaProgramme.TEMP_AGENCY, SipaProgramme.DEFI, SipaProgramme.LOCAL_EMPLOYER);
  private static final List<PartnerId> REFERRING_PARTNERS =
      List.of(SipaProgramme.SOCIAL_ACTION_CENTRE, SipaProgramme.SPORTS_ASSOCIATIONS, SipaProgramme.YOUTH_INFORMATION,
          SipaProgramme.MISSION_LOCALE);
  private static final List<SchemeId> SCHEMES_INTO_A_JOB =
      List.of(SipaProgramme.TEMP_JOBS, SipaProgramme.WORK_INTEGRATION, SipaProgramme.LOCAL_JOBS);

  private final Random random;

  SipaChoices(long seed) {
    this.random = new Random(seed);
  }

  // ---------------------------------------------------------------- quotas: who among a group

  /** Exactly {@code n} of {@code from}, drawn at random. */
  <T> Quotas.Draw<T> draw(List<T> from, int n) {
    return Quotas.draw(from, n, random);
  }

  /** {@code from}, shuffled, split into consecutive groups of the given sizes. */
  <T> List<List<T>> partition(List<T> from, int[] sizes) {
    return Quotas.partition(from, sizes, random);
  }

  /** {@code values} in a random order. */
  <T> List<T> shuffled(List<T> values) {
    List<T> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    return shuffled;
  }

  /** One of {@code values}. */
  <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  // ---------------------------------------------------------------- who the people are

  /** A person's age and situation, of the declared {@code gender}: mostly young adults from the priority neighbourhoods. */
  Traits traits(Gender gender) {
    int band = random.nextInt(100);
    int age =
        band < 3 ? between(16, 17)
            : band < 38 ? between(18, 25)
            : band < 50 ? between(26, 29)
            : band < 80 ? between(30, 44)
            : band < 93 ? between(45, 54)
            : between(55, 64);
    boolean neet = age < 30 && random.nextInt(10) < 6;
    boolean longTermUnemployed = age >= 26 && random.nextInt(10) < 4;
    boolean refugee = random.nextInt(100) < 4;
    boolean thirdCountryNational = refugee || random.nextInt(100) < 8;
    int residence = random.nextInt(100);
    TerritoryType livesIn =
        residence < 55 ? TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD
            : residence < 90 ? TerritoryType.OTHER_URBAN
            : residence < 97 ? TerritoryType.PERI_URBAN
            : TerritoryType.RURAL;
    return new Traits(gender, age, neet, longTermUnemployed, refugee, thirdCountryNational, livesIn);
  }

  /** Invented details for someone who left them to be contacted again (see {@link FakeIdentities}). */
  PersonalDetails identity(Gender gender) {
    return FakeIdentities.next(random, gender);
  }

  // ---------------------------------------------------------------- what becomes of them

  /** The scheme a positive exit was linked with, for its reason and the person's age. */
  SchemeId schemeForPositiveExit(ExitReason reason, int age) {
    return switch (reason) {
      case EMPLOYMENT -> oneOf(SCHEMES_INTO_A_JOB);
      case TRAINING -> SipaProgramme.QUALIFYING_TRAINING;
      default -> age < 26 && random.nextBoolean()
          ? SipaProgramme.YOUTH_GUARANTEE
          : random.nextInt(10) < 7 ? SipaProgramme.PES_REGISTRATION : SipaProgramme.SOCIAL_ACCOMPANIMENT;
    };
  }

  /** Any mainstream scheme, the public employment service's registration most often. */
  SchemeId anyScheme() {
    int pick = random.nextInt(100);
    return pick < 30 ? SipaProgramme.PES_REGISTRATION
        : pick < 45 ? SipaProgramme.YOUTH_GUARANTEE
        : pick < 60 ? SipaProgramme.TEMP_JOBS
        : pick < 68 ? SipaProgramme.WORK_INTEGRATION
        : pick < 78 ? SipaProgramme.LOCAL_JOBS
        : pick < 88 ? SipaProgramme.QUALIFYING_TRAINING
        : pick < 95 ? SipaProgramme.SOCIAL_ACCOMPANIMENT
        : SipaProgramme.ASSOCIATION_MEMBERSHIP;
  }

  /** How many appointments someone who gave up their accompaniment came to: 1 or 2. */
  int appointmentsBeforeGivingUp() {
    return between(1, 2);
  }

  /**
   * The contract of a job found at exit, of the {@code kind}-th kind of {@link SipaCalibration#CONTRACT_WEIGHTS}:
   * open-ended, fixed-term of 6 to 12 months or of 1 to 5, temporary agency work, a work-integration
   * contract, a subsidised contract.
   */
  Employment contract(int kind) {
    return switch (kind) {
      case 0 -> Employment.of(ContractType.OPEN_ENDED);
      case 1 -> Employment.of(ContractType.FIXED_TERM, between(6, 12));
      case 2 -> Employment.of(ContractType.FIXED_TERM, between(1, 5));
      case 3 -> Employment.of(ContractType.TEMPORARY_AGENCY, between(1, 5));
      case 4 -> Employment.of(ContractType.WORK_INTEGRATION, between(4, 24));
      default -> Employment.of(ContractType.SUBSIDISED_CONTRACT, between(6, 12));
    };
  }

  /** The contract of a job found after the exit, by someone who left without one: fixed-term, 3 to 12 months. */
  Employment contractFoundAfterExit() {
    return Employment.of(ContractType.FIXED_TERM, between(3, 12));
  }

  /** A satisfaction score from 1 to 5: 4 or 5 when satisfied, 1 or 2 when not. */
  int satisfactionScore(boolean satisfied) {
    return satisfied ? between(4, 5) : between(1, 2);
  }

  // ---------------------------------------------------------------- where

  /** One of the three sites, as often as {@link SipaCalibration#SITE_WEIGHTS} say. */
  SiteId site() {
    int pick = random.nextInt(SITE_WEIGHTS[0] + SITE_WEIGHTS[1] + SITE_WEIGHTS[2]);
    return pick < SITE_WEIGHTS[0] ? SipaProgramme.SITE_MONTBELIARD
        : pick < SITE_WEIGHTS[0] + SITE_WEIGHTS[1] ? SipaProgramme.SITE_AUDINCOURT
        : SipaProgramme.SITE_VALENTIGNEY;
  }

  /** One of the six priority neighbourhoods the counsellors went to. */
  String neighbourhood() {
    return oneOf(NEIGHBOURHOODS);
  }

  /** A place in a neighbourhood where a counsellor meets someone, e.g. "Bakery, Les Buis, Valentigney". */
  String placeOutside() {
    String place = oneOf(PLACES);
    return place + ", " + neighbourhood();
  }

  /** Where a Recrut'Café is held. */
  String recrutCafeVenue() {
    return oneOf(RECRUT_CAFE_VENUES);
  }

  /** The employer or agency that comes to a Recrut'Café with its jobs. */
  PartnerId recruiter() {
    return oneOf(RECRUITERS);
  }

  /** Who sends someone met by a mediator: the municipal mediators or the social landlord's. */
  PartnerId mediator() {
    return random.nextBoolean() ? SipaProgramme.MUNICIPAL_MEDIATORS : SipaProgramme.SOCIAL_LANDLORD;
  }

  /** The partner that sends someone to a counsellor. */
  PartnerId referringPartner() {
    return oneOf(REFERRING_PARTNERS);
  }

  /** How many partners take part in a collaborative action: 2 to 4. */
  int partnersInAnAction() {
    return between(2, 4);
  }

  /** Whether a partner hosts an event at a site (7 times in 10), rather than an actor new to the territory. */
  boolean partnerHosts() {
    return random.nextInt(10) < 7;
  }

  // ---------------------------------------------------------------- when

  /** A number in [0, 1), where a day falls within its part of the period. */
  double fraction() {
    return random.nextDouble();
  }

  /** Any day from {@code from} to {@code to}; {@code from} when the window is empty. */
  LocalDate dayBetween(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return from.plusDays(days <= 0 ? 0 : random.nextInt((int) days + 1));
  }

  /** From a meeting outside to the welcome at a site: 1 to 28 days. */
  int daysToWelcome() {
    return between(1, 28);
  }

  /** From the welcome to the talk with a career counsellor: the same day, or up to 2 days later. */
  int daysToOrientation() {
    return between(0, 2);
  }

  /** From the orientation to a direct referral: up to a week. */
  int daysToDirectReferral() {
    return between(0, 7);
  }

  /** From the orientation to the first appointment of an accompaniment: 3 to 14 days. */
  int daysToStart() {
    return between(3, 14);
  }

  /** Which of {@code appointments} was missed: 1 to {@code appointments}. */
  int appointmentMissed(int appointments) {
    return between(1, appointments);
  }

  /** Between two appointments: a week or two. */
  int daysBetweenAppointments() {
    return between(7, 14);
  }

  /** From a missed appointment to the one that makes up for it: 2 to 7 days. */
  int daysToMakeUp() {
    return between(2, 7);
  }

  /** From a referral, or the previous news of it, to news of it: 3 to 14 days. */
  int daysToNews() {
    return between(3, 14);
  }

  /** From the last step to an exit or a drop-out: 7 to 30 days. */
  int daysToLeave() {
    return between(7, 30);
  }

  /** From the last appointment to the day the counsellor records the contact as lost: 30 to 60 days. */
  int daysToLoseContact() {
    return between(30, 60);
  }

  /** From the welcome, or what followed, to a survey answer: up to 14 days. */
  int daysToSurvey() {
    return between(0, 14);
  }

  /** From a first meeting outside to a second one door to door: 14 to 90 days. */
  int daysToMeetAgain() {
    return between(14, 90);
  }

  /** From the last meeting outside to the day the counsellors record having lost sight of someone: 30 to 120 days. */
  int daysToLoseSight() {
    return between(30, 120);
  }

  /** From six months after an exit to the call back: up to 14 days. */
  int daysAfterSixMonths() {
    return between(0, 14);
  }

  /** A whole number from {@code min} to {@code max}, each as likely. */
  private int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }
}
