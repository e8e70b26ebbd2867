package eu.projectresolution.mobilisation.examples.sipa;

import static eu.projectresolution.mobilisation.examples.sipa.Quotas.apportion;
import static eu.projectresolution.mobilisation.examples.sipa.Quotas.draw;
import static eu.projectresolution.mobilisation.examples.sipa.Quotas.partition;
import static eu.projectresolution.mobilisation.examples.sipa.Quotas.share;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.*;
import static eu.projectresolution.mobilisation.examples.sipa.SipaProgramme.END;
import static eu.projectresolution.mobilisation.examples.sipa.SipaProgramme.START;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.beneficiary.EducationLevel;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.engine.RecordEntryStatus;
import eu.projectresolution.mobilisation.engine.RecordFollowUp;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.ExitCircumstance;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventKind;
import eu.projectresolution.mobilisation.capture.PreparationStep;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordContact;
import eu.projectresolution.mobilisation.engine.RecordDropOut;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordLostContact;
import eu.projectresolution.mobilisation.engine.RecordReferralOutcome;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.scenario.RecordReplay;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.ScenarioContext;
import eu.projectresolution.mobilisation.examples.scenario.SeededIds;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Partner;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

// Over 400 lines: the SIPA scenario plans three years of records for about 17,000 people, each choice
// calibrated on the practice sheet's figures. Issue 13 separates the programme's calendar from the
// seeded choices, with small immutable values instead of one mutable person.
/**
 * The SIPA programme of the Pays de Montbéliard, 1 September 2016 to 31 August 2019, replayed record by
 * record through the engine's public commands: the programme's declaration, the Recrut'Cafés and other
 * outreach events of the two resident-liaison counsellors, the 43 collaborative actions and 853 events at
 * the three sites, then every person's pathway — captured in the neighbourhoods or walking into a site,
 * welcomed, oriented, accompanied in 3 or 4 appointments, referred to mainstream schemes, exited, lost or
 * still under way — with the situation observed at entry and at exit, and the satisfaction survey of the
 * last months.
 *
 * <p>A seeded generator decides who does what; exact quotas ({@link SipaCalibration}) decide how many,
 * so that the report the engine computes from the stored records reproduces the practice sheet's
 * figures: at {@code --scale 1} the counts are the sheet's, at another scale the counts follow and the
 * rates stay the same within the rounding of one person. No figure is ever written: only records.
 *
 * <p>Every record is dated within the programme's period, never before the person's previous record,
 * and the engine's clock ({@link SipaProgramme#CLOCK}) stands the day after the programme ended.
 */
public final class SipaMontbeliard implements Scenario {
  public static final String NAME = "sipa-montbeliard";

  /** IDEIS, which ran SIPA with DÉFI. */
  public static final TenantId TENANT = TenantId.of("ideis");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "SIPA, Pays de Montbéliard 2016-2019: 17,000 welcomed, 537 accompanied, 249 positive exits, replayed record by record";
  }

  @Override
  public String tenant() {
    return TENANT.value();
  }

  @Override
  public void run(ScenarioContext context) {
    RecordReplay.Outcome outcome =
        replay(context.engine(), context.tenant(), context.seed(), context.scale(), context.progress(), context.threads());
    SipaSummary.print(
        context.engine(), context.tenant(), SipaProgramme.ID, context.scale(), outcome, context.storeDescription(), context.out());
  }

  /**
   * Replays SIPA at {@code scale} into the engine's store, for {@code tenant}, on one thread.
   *
   * @return how many records were sent and how long it took
   */
  public static RecordReplay.Outcome replay(
      MobilisationEngine engine, TenantId tenant, long seed, double scale, Progress.Factory progress) {
    return replay(engine, tenant, seed, scale, progress, 1);
  }

  /**
   * Replays SIPA at {@code scale} into the engine's store, for {@code tenant}: the programme and its
   * events first, then {@code threads} people at a time. The store ends up with the same records
   * whatever the number of threads.
   *
   * @return how many records were sent and how long it took
   */
  public static RecordReplay.Outcome replay(
      MobilisationEngine engine, TenantId tenant, long seed, double scale, Progress.Factory progress, int threads) {
    Generator generator = new Generator(engine, tenant, seed, scale);
    generator.plan();
    return generator.replay.replay("SIPA " + (scale == 1 ? "" : "x" + scale + " ") + "replay", progress, threads);
  }

  /** What becomes of an adapted accompaniment. */
  private enum Fate {
    POSITIVE_EXIT,
    OTHER_EXIT,
    LOST_CONTACT,
    DROPPED_OUT,
    UNDER_WAY
  }

  /** One person's story, decided by quotas before any record is made. */
  private static final class Person {
    final BeneficiaryId id;
    CaptureChannel channel;
    int age;
    Gender gender = Gender.UNDECLARED;
    boolean neet;
    boolean longTermUnemployed;
    boolean refugee;
    boolean thirdCountryNational;
    TerritoryType residence;
    boolean consent;
    PersonalDetails details;

    OutreachEvent outreachEvent;
    CollaborativeAction collaborativeAction;
    SiteEvent siteEvent;
    PartnerId sentBy;
    String place;

    boolean welcomed;
    SiteId site;
    boolean registeredAtEntry;
    boolean everAccompaniedBefore = true;
    boolean accompaniedByAnotherSchemeAtEntry;
    boolean memberAtEntry;
    boolean jobSearchingAtEntry;

    Orientation orientation;
    boolean accompanied;
    Fate fate;
    int appointments;
    boolean missedOne;
    ExitReason exitReason;
    boolean accompaniedByAnotherSchemeAfter;
    boolean memberAfter;

    SchemeId referredTo;
    ReferralId referralId;
    ReferralStatus referralOutcome;

    boolean lostBeforeWelcome;
    boolean metTwice;
    Boolean satisfied;

    /** The ESF+ questionnaire at orientation, for the people a counsellor works with. */
    EntryStatus entryStatus;
    Employment employment;
    boolean qualifyingTraining;
    boolean qualificationGained;
    ExitCircumstance circumstance;
    LocalDate exitOn;

    /**
     * The ids of the commands drawn as the person's records are replayed: from a generator of their
     * own, so that they do not depend on which people were replayed before them, or on which thread.
     */
    final SeededIds commandIds;

    Person(BeneficiaryId id, CaptureChannel channel) {
      this.id = id;
      this.channel = channel;
      this.commandIds = new SeededIds(id.value().getMostSignificantBits() ^ id.value().getLeastSignificantBits());
    }

    boolean positive() {
      return fate == Fate.POSITIVE_EXIT;
    }
  }

  /** A record of one person's story, dated in days after their capture. */
  private record Step(int day, String what, Function<LocalDate, PathwayCommand> command, boolean exit) {
    Step(int day, String what, Function<LocalDate, PathwayCommand> command) {
      this(day, what, command, false);
    }
  }

  private static final class Generator {
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

    final MobilisationEngine engine;
    final TenantId tenant;
    final double scale;
    final Random random;
    final SeededIds ids;
    final RecordReplay replay;
    final Programme programme;

    final List<OutreachEvent> outreachEvents = new ArrayList<>();
    final List<CollaborativeAction> collaborativeActions = new ArrayList<>();
    final List<SiteEvent> siteEvents = new ArrayList<>();

    Generator(MobilisationEngine engine, TenantId tenant, long seed, double scale) {
      this.engine = engine;
      this.tenant = tenant;
      this.replay = new RecordReplay(engine, tenant);
      this.scale = scale;
      this.random = new Random(seed);
      // Ids come from their own sequence, so that a change in the decisions does not change every id.
      this.ids = new SeededIds(seed * 0x9E3779B97F4A7C15L + 1);
      this.programme = SipaProgramme.declaration(scale);
    }

    int scaled(int fullScale) {
      return Quotas.scaled(fullScale, scale);
    }

    void plan() {
      replay.add(START, "the declaration of programme " + programme.id(), () -> engine.registerProgramme(tenant, programme));

      // Who the people are and where they were first met.
      int[] outsideByChannel =
          apportion(
              scaled(CAPTURED_OUTSIDE),
              AT_OUTREACH_EVENTS, DOOR_TO_DOOR, SENT_BY_MEDIATORS, SENT_BY_PARTNERS, AFTER_POSTERS, AT_COLLABORATIVE_ACTIONS);
      CaptureChannel[] outsideChannels = {
        CaptureChannel.OUTREACH_EVENT,
        CaptureChannel.DOOR_TO_DOOR,
        CaptureChannel.MEDIATOR_REFERRAL,
        CaptureChannel.PARTNER_REFERRAL,
        CaptureChannel.POSTER_OR_FLYER,
        CaptureChannel.COLLABORATIVE_ACTION
      };
      List<Person> outside = new ArrayList<>();
      for (int c = 0; c < outsideChannels.length; c++) {
        for (int i = 0; i < outsideByChannel[c]; i++) {
          outside.add(new Person(ids.beneficiary(), outsideChannels[c]));
        }
      }
      int welcomedFromOutside = Math.min(scaled(CAPTURED_OUTSIDE_THEN_WELCOMED), outside.size());
      int cameBySelves = scaled(WELCOMED) - welcomedFromOutside;
      int[] bySelves = apportion(cameBySelves, WALK_IN_WEIGHT, SITE_EVENT_WEIGHT);
      List<Person> walkIns = new ArrayList<>();
      List<Person> atSites = new ArrayList<>();
      for (int i = 0; i < bySelves[0]; i++) {
        Person p = new Person(ids.beneficiary(), CaptureChannel.WALK_IN);
        walkIns.add(p);
        atSites.add(p);
      }
      for (int i = 0; i < bySelves[1]; i++) {
        atSites.add(new Person(ids.beneficiary(), CaptureChannel.SITE_EVENT));
      }
      List<Person> everyone = new ArrayList<>(outside);
      everyone.addAll(atSites);
      decideProfiles(everyone);
      decideConsent(outside, CONSENT_OUTSIDE, true);
      decideConsent(atSites, CONSENT_AT_SITES, false);

      // First reception.
      Quotas.Draw<Person> cameToASite = draw(outside, welcomedFromOutside, random);
      List<Person> notWelcomed = cameToASite.rest();
      draw(notWelcomed, Math.min(scaled(CAPTURED_OUTSIDE_THEN_LOST), notWelcomed.size()), random)
          .drawn()
          .forEach(p -> p.lostBeforeWelcome = true);
      draw(notWelcomed, Math.min(scaled(MET_TWICE_OUTSIDE), notWelcomed.size()), random)
          .drawn()
          .forEach(p -> p.metTwice = true);
      List<Person> welcomed = new ArrayList<>(cameToASite.drawn());
      welcomed.addAll(atSites);
      welcomed.forEach(p -> p.welcomed = true);

      // Orientation, accompaniment and referrals.
      int accompaniedCount = Math.min(scaled(ACCOMPANIED), welcomed.size());
      int orientedToAccompaniment = Math.max(scaled(ORIENTED_TO_ACCOMPANIMENT), accompaniedCount);
      int referredDuring = Math.min(scaled(REFERRED_DURING_ACCOMPANIMENT), accompaniedCount);
      int referredDirectly = Math.max(0, scaled(REFERRED) - referredDuring);
      int oriented =
          Math.min(Math.max(scaled(ORIENTED), orientedToAccompaniment + referredDirectly), welcomed.size());
      // Survey answers come from people who walked in and were not oriented to an accompaniment, so
      // that their answer is the last thing they recorded.
      List<List<Person>> orientations =
          partition(
              draw(welcomed, oriented, random).drawn(),
              new int[] {orientedToAccompaniment, referredDirectly, oriented - orientedToAccompaniment - referredDirectly},
              random);
      orientations.get(0).forEach(p -> p.orientation = Orientation.ADAPTED_ACCOMPANIMENT);
      orientations.get(1).forEach(p -> p.orientation = Orientation.DIRECT_REFERRAL);
      orientations.get(2).forEach(p -> p.orientation = Orientation.INFORMATION_ONLY);
      List<Person> accompanied = draw(orientations.get(0), accompaniedCount, random).drawn();
      accompanied.forEach(p -> p.accompanied = true);
      decideAccompaniments(accompanied, referredDuring);
      decideDirectReferrals(orientations.get(1));
      List<Person> askedAtOrientation = new ArrayList<>(orientations.get(0));
      askedAtOrientation.addAll(orientations.get(1));
      decideEntryStatuses(askedAtOrientation);
      decideEntrySituations(welcomed);
      decideSurvey(walkIns);

      // Programme-level records, then each person's records around them.
      planOutreachEvents(outsideByChannel[0] > 0);
      planCollaborativeActions(outsideByChannel[5] > 0);
      planSiteEvents(bySelves[1] > 0);
      everyone.forEach(this::planPathway);
      planSixMonthFollowUps(accompanied);
    }

    // ------------------------------------------------------------ decisions

    void decideProfiles(List<Person> everyone) {
      List<List<Person>> genders =
          partition(everyone, apportion(everyone.size(), GENDER_WEIGHTS), random);
      Gender[] values = {Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.UNDECLARED};
      for (int g = 0; g < values.length; g++) {
        for (Person p : genders.get(g)) {
          p.gender = values[g];
        }
      }
      for (Person p : everyone) {
        int band = random.nextInt(100);
        p.age =
            band < 3 ? 16 + random.nextInt(2)
                : band < 38 ? 18 + random.nextInt(8)
                : band < 50 ? 26 + random.nextInt(4)
                : band < 80 ? 30 + random.nextInt(15)
                : band < 93 ? 45 + random.nextInt(10)
                : 55 + random.nextInt(10);
        p.neet = p.age < 30 && random.nextInt(10) < 6;
        p.longTermUnemployed = p.age >= 26 && random.nextInt(10) < 4;
        p.refugee = random.nextInt(100) < 4;
        p.thirdCountryNational = p.refugee || random.nextInt(100) < 8;
        int residence = random.nextInt(100);
        p.residence =
            residence < 55 ? TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD
                : residence < 90 ? TerritoryType.OTHER_URBAN
                : residence < 97 ? TerritoryType.PERI_URBAN
                : TerritoryType.RURAL;
      }
    }

    void decideConsent(List<Person> people, double rate, boolean keepDetails) {
      for (Person p : draw(people, share(rate, people.size()), random).drawn()) {
        p.consent = true;
        if (keepDetails) {
          p.details = FakeIdentities.next(random, p.gender);
        }
      }
    }

    void decideAccompaniments(List<Person> accompanied, int referredDuring) {
      int exits = Math.min(scaled(EXITED), accompanied.size());
      int positives = Math.min(scaled(POSITIVE_EXITS), exits);
      int lost = Math.min(scaled(LOST_DURING_ACCOMPANIMENT), accompanied.size() - exits);
      int dropped = Math.min(scaled(DROPPED_OUT_OF_ACCOMPANIMENT), accompanied.size() - exits - lost);
      List<List<Person>> fates =
          partition(
              accompanied,
              new int[] {positives, exits - positives, lost, dropped, accompanied.size() - exits - lost - dropped},
              random);
      Fate[] values = Fate.values();
      for (int f = 0; f < values.length; f++) {
        for (Person p : fates.get(f)) {
          p.fate = values[f];
        }
      }
      List<Person> positive = fates.get(0);
      List<Person> other = fates.get(1);

      // Why people left: a job, training, a mainstream scheme; or for other reasons.
      List<List<Person>> positiveReasons =
          partition(positive, apportion(positive.size(), POSITIVE_EXIT_REASON_WEIGHTS), random);
      positiveReasons.get(0).forEach(p -> p.exitReason = ExitReason.EMPLOYMENT);
      positiveReasons.get(1).forEach(p -> p.exitReason = ExitReason.TRAINING);
      positiveReasons.get(2).forEach(p -> p.exitReason = ExitReason.MAINSTREAM_SCHEME);
      if (!other.isEmpty()) {
        List<List<Person>> otherReasons = partition(other, apportion(other.size(), OTHER_EXIT_REASON_WEIGHTS), random);
        otherReasons.get(0).forEach(p -> p.exitReason = ExitReason.END_OF_ACCOMPANIMENT);
        otherReasons.get(1).forEach(p -> p.exitReason = ExitReason.MOVED_AWAY);
        otherReasons.get(2).forEach(p -> p.exitReason = ExitReason.PERSONAL_REASONS);
      }

      // Referrals during the accompaniment: the positive exits were linked with a scheme (but some
      // found a job on their own); the others were referred too, without the referral starting.
      List<Person> intoAJob = positiveReasons.get(0);
      Quotas.Draw<Person> withoutReferral =
          draw(intoAJob, Math.min(scaled(INTO_A_JOB_WITHOUT_REFERRAL), intoAJob.size()), random);
      List<Person> referredPositive = new ArrayList<>(withoutReferral.rest());
      referredPositive.addAll(positiveReasons.get(1));
      referredPositive.addAll(positiveReasons.get(2));
      referredPositive = draw(referredPositive, Math.min(referredDuring, referredPositive.size()), random).drawn();
      for (Person p : referredPositive) {
        p.referredTo = schemeForPositiveExit(p);
        p.referralOutcome = ReferralStatus.STARTED;
      }
      List<Person> notPositive = new ArrayList<>(accompanied);
      notPositive.removeAll(positive);
      List<Person> referredOther =
          draw(notPositive, Math.min(referredDuring - referredPositive.size(), notPositive.size()), random).drawn();
      List<List<Person>> outcomes =
          partition(referredOther, apportion(referredOther.size(), OTHER_REFERRAL_OUTCOME_WEIGHTS), random);
      ReferralStatus[] otherOutcomes = {ReferralStatus.DECLINED, ReferralStatus.ACCEPTED, null};
      for (int o = 0; o < otherOutcomes.length; o++) {
        for (Person p : outcomes.get(o)) {
          p.referredTo = anyScheme();
          p.referralOutcome = otherOutcomes[o];
        }
      }

      // Appointments: 3 or 4 for everyone who stayed, 1 or 2 for those who gave up; some missed one.
      List<Person> stayed = new ArrayList<>(accompanied);
      stayed.removeAll(fates.get(3));
      List<List<Person>> counts = partition(stayed, apportion(stayed.size(), 1, 1), random);
      counts.get(0).forEach(p -> p.appointments = 3);
      counts.get(1).forEach(p -> p.appointments = 4);
      fates.get(3).forEach(p -> p.appointments = 1 + random.nextInt(2));
      draw(accompanied, Math.min(scaled(MISSED_ONE_APPOINTMENT), accompanied.size()), random)
          .drawn()
          .forEach(p -> p.missedOne = true);

      decideExitSituations(positive, other);
      decideExitFacts(positiveReasons, other);
    }

    /**
     * What the counsellor observes at each exit, for the French IAE categories and the ESF+ results:
     * the contract of those who found a job, whether a training is qualifying, a qualification gained,
     * and the few exits withdrawn from the rates (a long illness, a parental leave).
     */
    void decideExitFacts(List<List<Person>> positiveReasons, List<Person> other) {
      List<Person> intoAJob = positiveReasons.get(0);
      List<List<Person>> contracts = partition(intoAJob, apportion(intoAJob.size(), CONTRACT_WEIGHTS), random);
      for (int c = 0; c < contracts.size(); c++) {
        for (Person p : contracts.get(c)) {
          p.employment =
              switch (c) {
                case 0 -> Employment.of(ContractType.OPEN_ENDED);
                case 1 -> Employment.of(ContractType.FIXED_TERM, 6 + random.nextInt(7));
                case 2 -> Employment.of(ContractType.FIXED_TERM, 1 + random.nextInt(5));
                case 3 -> Employment.of(ContractType.TEMPORARY_AGENCY, 1 + random.nextInt(5));
                case 4 -> Employment.of(ContractType.WORK_INTEGRATION, 4 + random.nextInt(21));
                default -> Employment.of(ContractType.SUBSIDISED_CONTRACT, 6 + random.nextInt(7));
              };
        }
      }
      List<Person> intoTraining = positiveReasons.get(1);
      draw(intoTraining, share(QUALIFYING_TRAINING, intoTraining.size()), random).drawn().forEach(p -> p.qualifyingTraining = true);
      List<Person> linked = new ArrayList<>(intoTraining);
      linked.addAll(positiveReasons.get(2));
      draw(linked, Math.min(scaled(QUALIFICATION_GAINED), linked.size()), random).drawn().forEach(p -> p.qualificationGained = true);
      List<Person> personal = other.stream().filter(p -> p.exitReason == ExitReason.PERSONAL_REASONS).toList();
      List<Person> withdrawn = draw(personal, Math.min(scaled(WITHDRAWN_EXITS), personal.size()), random).drawn();
      for (int i = 0; i < withdrawn.size(); i++) {
        withdrawn.get(i).circumstance = i % 2 == 0 ? ExitCircumstance.LONG_ILLNESS : ExitCircumstance.MATERNITY_OR_PARENTAL_LEAVE;
      }
    }

    /** The ESF+ questionnaire: labour-market status, education, and the sensitive questions with their answers. */
    void decideEntryStatuses(List<Person> asked) {
      List<Person> notLongTerm = asked.stream().filter(p -> !p.longTermUnemployed).toList();
      List<List<Person>> statuses =
          partition(notLongTerm, apportion(notLongTerm.size(), LABOUR_MARKET_STATUS_WEIGHTS), random);
      LabourMarketStatus[] values = {LabourMarketStatus.UNEMPLOYED, LabourMarketStatus.INACTIVE, LabourMarketStatus.EMPLOYED};
      List<List<Person>> education = partition(asked, apportion(asked.size(), EDUCATION_WEIGHTS), random);
      EducationLevel[] levels = {EducationLevel.ISCED_0_2, EducationLevel.ISCED_3_4, EducationLevel.ISCED_5_8};
      List<SensitiveAnswer> disability = answers(asked.size(), DISABILITY_YES);
      List<SensitiveAnswer> foreign = answers(asked.size(), FOREIGN_BACKGROUND_YES);
      List<SensitiveAnswer> housing = answers(asked.size(), HOUSING_EXCLUSION_YES);
      for (int i = 0; i < asked.size(); i++) {
        Person p = asked.get(i);
        LabourMarketStatus status = LabourMarketStatus.LONG_TERM_UNEMPLOYED;
        for (int s = 0; s < values.length; s++) {
          if (statuses.get(s).contains(p)) {
            status = values[s];
          }
        }
        EducationLevel level = levels[0];
        for (int e = 0; e < levels.length; e++) {
          if (education.get(e).contains(p)) {
            level = levels[e];
          }
        }
        p.entryStatus =
            EntryStatus.builder()
                .labourMarketStatus(status)
                .educationLevel(level)
                .disability(disability.get(i))
                .foreignBackground(foreign.get(i))
                .homelessOrHousingExcluded(housing.get(i))
                .build();
      }
    }

    /** Exactly {@code yes} of {@code n} answer yes and a few decline, in random order; the others answer no. */
    List<SensitiveAnswer> answers(int n, double yes) {
      int yeses = share(yes, n);
      int declined = Math.min(share(DECLINED_TO_ANSWER, n), n - yeses);
      List<SensitiveAnswer> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        answers.add(i < yeses ? SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT)
            : i < yeses + declined ? SensitiveAnswer.declined()
            : SensitiveAnswer.no(LegalBasis.EXPLICIT_CONSENT));
      }
      Collections.shuffle(answers, random);
      return answers;
    }

    /**
     * Six months after an exit, the counsellors call back: those whose exit was early enough for the
     * call to fall within the programme's period, and who could be reached.
     */
    void planSixMonthFollowUps(List<Person> accompanied) {
      List<Person> reachable =
          accompanied.stream()
              .filter(p -> p.exitOn != null && !p.exitOn.plusMonths(6).plusDays(14).isAfter(END))
              .sorted(Comparator.comparing((Person p) -> p.exitOn).thenComparing(p -> p.id.value()))
              .toList();
      Quotas.Draw<Person> employed = draw(reachable, share(EMPLOYED_SIX_MONTHS_AFTER, reachable.size()), random);
      for (Person p : reachable) {
        boolean inJob = employed.drawn().contains(p);
        LocalDate on = p.exitOn.plusMonths(6).plusDays(random.nextInt(15));
        FollowUp.Builder followUp = FollowUp.builder().moment(FollowUpMoment.SIX_MONTHS).observedOn(on).jobSearching(!inJob);
        if (inJob) {
          followUp.employment(p.employment != null ? p.employment : Employment.of(ContractType.FIXED_TERM, 3 + random.nextInt(10)));
          boolean employedAtEntry = p.entryStatus != null && p.entryStatus.labourMarketStatus() == LabourMarketStatus.EMPLOYED;
          followUp.improvedLabourMarketSituation(employedAtEntry);
        }
        FollowUp observed = followUp.build();
        CommandId command = ids.command();
        replay.addFor(p.id, on, "the six-month follow-up of beneficiary " + p.id, () ->
            RecordFollowUp.builder().commandId(command).beneficiaryId(p.id).followUp(observed).build());
      }
    }

    /**
     * The situation after the exit, for the cohort of exits. Everyone whose exit is positive is
     * registered with the public employment service afterwards; most are also accompanied by another
     * scheme; the others are neither. Association membership only grows.
     */
    void decideExitSituations(List<Person> positive, List<Person> other) {
      List<Person> cohort = new ArrayList<>(positive);
      cohort.addAll(other);
      int n = cohort.size();
      draw(positive, Math.min(share(ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER, n), positive.size()), random)
          .drawn()
          .forEach(p -> p.accompaniedByAnotherSchemeAfter = true);
      // At entry, the people registered then are among those linked with a scheme at exit.
      decideEntrySituations(cohort, positive);
      List<Person> members = cohort.stream().filter(p -> p.memberAtEntry).toList();
      List<Person> notMembers = cohort.stream().filter(p -> !p.memberAtEntry).toList();
      members.forEach(p -> p.memberAfter = true);
      int joining = Math.max(0, share(ASSOCIATION_MEMBERS_AFTER, n) - members.size());
      draw(notMembers, Math.min(joining, notMembers.size()), random).drawn().forEach(p -> p.memberAfter = true);
    }

    void decideDirectReferrals(List<Person> direct) {
      List<List<Person>> outcomes = partition(direct, apportion(direct.size(), DIRECT_REFERRAL_OUTCOME_WEIGHTS), random);
      ReferralStatus[] values = {ReferralStatus.STARTED, ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, null};
      for (int o = 0; o < values.length; o++) {
        for (Person p : outcomes.get(o)) {
          p.referredTo = anyScheme();
          p.referralOutcome = values[o];
        }
      }
    }

    /**
     * Situations at entry, by stratum (the exit cohort was decided with its exits; then the other
     * accompanied people, then everyone else welcomed), so that the rates hold in each group the
     * report may look at.
     */
    void decideEntrySituations(List<Person> welcomed) {
      List<Person> accompaniedOthers = new ArrayList<>();
      List<Person> rest = new ArrayList<>();
      for (Person p : welcomed) {
        if (p.accompanied && (p.fate == Fate.POSITIVE_EXIT || p.fate == Fate.OTHER_EXIT)) {
          continue; // decided with the exits
        }
        (p.accompanied ? accompaniedOthers : rest).add(p);
      }
      decideEntrySituations(accompaniedOthers, accompaniedOthers);
      decideEntrySituations(rest, rest);
    }

    void decideEntrySituations(List<Person> stratum, List<Person> mayBeRegistered) {
      int n = stratum.size();
      draw(mayBeRegistered, Math.min(share(REGISTERED_AT_ENTRY, n), mayBeRegistered.size()), random)
          .drawn()
          .forEach(p -> p.registeredAtEntry = true);
      Quotas.Draw<Person> never = draw(stratum, share(NEVER_ACCOMPANIED_BEFORE, n), random);
      never.drawn().forEach(p -> p.everAccompaniedBefore = false);
      draw(never.rest(), Math.min(share(ACCOMPANIED_BY_ANOTHER_SCHEME_AT_ENTRY, n), never.rest().size()), random)
          .drawn()
          .forEach(p -> p.accompaniedByAnotherSchemeAtEntry = true);
      draw(stratum, share(ASSOCIATION_MEMBERS_AT_ENTRY, n), random).drawn().forEach(p -> p.memberAtEntry = true);
      draw(stratum, share(JOB_SEARCHING_AT_ENTRY, n), random).drawn().forEach(p -> p.jobSearchingAtEntry = true);
    }

    void decideSurvey(List<Person> walkIns) {
      List<Person> eligible = walkIns.stream().filter(p -> p.orientation != Orientation.ADAPTED_ACCOMPANIMENT).toList();
      List<Person> answered = draw(eligible, Math.min(scaled(SURVEY_ANSWERS), eligible.size()), random).drawn();
      Quotas.Draw<Person> satisfied = draw(answered, share(SATISFIED, answered.size()), random);
      satisfied.drawn().forEach(p -> p.satisfied = true);
      satisfied.rest().forEach(p -> p.satisfied = false);
    }

    SchemeId schemeForPositiveExit(Person p) {
      return switch (p.exitReason) {
        case EMPLOYMENT -> List.of(SipaProgramme.TEMP_JOBS, SipaProgramme.WORK_INTEGRATION, SipaProgramme.LOCAL_JOBS)
            .get(random.nextInt(3));
        case TRAINING -> SipaProgramme.QUALIFYING_TRAINING;
        default -> p.age < 26 && random.nextBoolean()
            ? SipaProgramme.YOUTH_GUARANTEE
            : random.nextInt(10) < 7 ? SipaProgramme.PES_REGISTRATION : SipaProgramme.SOCIAL_ACCOMPANIMENT;
      };
    }

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

    // ------------------------------------------------------------ programme-level records

    void planOutreachEvents(boolean needed) {
      int cafes = scaled(RECRUT_CAFES);
      int stands = scaled(INFORMATION_STANDS);
      int afternoons = scaled(NEIGHBOURHOOD_EVENTS);
      if (needed && cafes + stands + afternoons == 0) {
        cafes = 1;
      }
      int total = cafes + stands + afternoons;
      List<OutreachEventKind> kinds = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        kinds.add(i < cafes ? OutreachEventKind.RECRUT_CAFE
            : i < cafes + stands ? OutreachEventKind.INFORMATION_STAND
            : OutreachEventKind.NEIGHBOURHOOD_EVENT);
      }
      Collections.shuffle(kinds, random);
      List<PartnerId> recruiters = List.of(SipaProgramme.TEMP_AGENCY, SipaProgramme.DEFI, SipaProgramme.LOCAL_EMPLOYER);
      for (int i = 0; i < total; i++) {
        LocalDate date = spread(i, total);
        String neighbourhood = pick(NEIGHBOURHOODS);
        OutreachEventKind kind = kinds.get(i);
        OutreachEvent.Builder event =
            OutreachEvent.builder()
                .id(ids.outreachEvent())
                .programmeId(programme.id())
                .kind(kind)
                .place((kind == OutreachEventKind.RECRUT_CAFE ? pick(List.of("Building hall", "Bakery", "Café"))
                    : kind == OutreachEventKind.INFORMATION_STAND ? "Market square" : "Community centre")
                    + ", " + neighbourhood)
                .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD)
                .date(date)
                .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR);
        if (kind == OutreachEventKind.RECRUT_CAFE) {
          PartnerId recruiter = pick(recruiters);
          event
              .title("Recrut'Café " + neighbourhood + " with " + partnerName(recruiter))
              .addPartnerActors(recruiter, SipaProgramme.MUNICIPAL_MEDIATORS, SipaProgramme.SOCIAL_LANDLORD)
              .addOrganisers(StaffRole.PARTNER_PROFESSIONAL)
              .preparation(RecrutCafe.preparation(date, START));
        } else if (kind == OutreachEventKind.INFORMATION_STAND) {
          event.title("Information stand, " + neighbourhood).addPartnerActors(SipaProgramme.MISSION_LOCALE);
        } else {
          event.title("Neighbourhood afternoon, " + neighbourhood)
              .addPartnerActors(SipaProgramme.SPORTS_ASSOCIATIONS, SipaProgramme.CITIZEN_COMMITTEES);
        }
        OutreachEvent built = event.build();
        outreachEvents.add(built);
        replay.add(date, "outreach event '" + built.title() + "'", () -> engine.recordOutreachEvent(tenant, built));
      }
      outreachEvents.sort(Comparator.comparing(OutreachEvent::date));
    }

    void planCollaborativeActions(boolean needed) {
      int total = Math.max(scaled(COLLABORATIVE_ACTIONS), needed ? 1 : 0);
      List<String> titles =
          List.of(
              "User-partner committee",
              "Reverse job fair",
              "Volleyball match between companies, partners and young people",
              "Conference Génération W",
              "Breakfast with local employers",
              "Neighbourhood job dating",
              "Workshop with social landlords' mediators",
              "Sports and employment day",
              "Training bodies open day",
              "Partners' seminar on reaching invisible publics");
      List<PartnerId> partners = programme.partners().stream().map(Partner::id).toList();
      for (int i = 0; i < total; i++) {
        boolean last = i == total - 1 && total > 1;
        LocalDate date = last ? LocalDate.of(2019, 6, 27) : spread(i, total);
        CollaborativeAction action =
            CollaborativeAction.builder()
                .id(ids.collaborativeAction())
                .programmeId(programme.id())
                .title(last ? "Festi'Job, the final day of SIPA" : titles.get(i % titles.size()))
                .date(date)
                .partners(draw(partners, 2 + random.nextInt(3), random).drawn())
                .build();
        collaborativeActions.add(action);
        replay.add(date, "collaborative action '" + action.title() + "'", () -> engine.recordCollaborativeAction(tenant, action));
      }
      collaborativeActions.sort(Comparator.comparing(CollaborativeAction::date));
    }

    void planSiteEvents(boolean needed) {
      int total = Math.max(scaled(SITE_EVENTS), needed ? 1 : 0);
      List<String> topics =
          List.of(
              "Information session", "Recruitment morning", "CV and cover letter workshop", "Digital skills workshop",
              "Presentation of training courses", "Mobility and driving licence information", "Health and rights clinic");
      List<Partner> hosts = programme.partners();
      for (int i = 0; i < total; i++) {
        LocalDate date = spread(i, total);
        Partner host = hosts.get(random.nextInt(hosts.size()));
        boolean partnerHosts = random.nextInt(10) < 7;
        SiteEvent.Builder event =
            SiteEvent.builder()
                .id(ids.siteEvent())
                .programmeId(programme.id())
                .siteId(siteFor(random))
                .date(date);
        if (partnerHosts) {
          event.title(pick(topics) + " with " + host.name()).host(host.id());
        } else {
          event.title(pick(topics) + " with an actor new to the territory");
        }
        SiteEvent built = event.build();
        siteEvents.add(built);
        replay.add(date, "site event '" + built.title() + "'", () -> engine.recordSiteEvent(tenant, built));
      }
      siteEvents.sort(Comparator.comparing(SiteEvent::date));
    }

    // ------------------------------------------------------------ pathways

    void planPathway(Person p) {
      if (!p.welcomed) {
        planNotWelcomed(p);
        return;
      }
      List<Step> steps = new ArrayList<>();
      int day = 0;
      steps.add(new Step(0, "the capture of beneficiary " + p.id, on -> capture(p, on)));
      day += p.channel.outsideSites() ? 1 + random.nextInt(28) : 0;
      steps.add(new Step(day, "the welcome of beneficiary " + p.id, on ->
          Welcome.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).siteId(p.site).occurredOn(on)
              .situation(entrySituation(p)).build()));
      if (p.orientation != null) {
        day += random.nextInt(3);
        Orientation orientation = p.orientation;
        steps.add(new Step(day, "the orientation of beneficiary " + p.id, on ->
            Orient.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).orientation(orientation).occurredOn(on).build()));
        if (p.entryStatus != null) {
          EntryStatus status = p.entryStatus;
          steps.add(new Step(day, "the entry status of beneficiary " + p.id, on ->
              RecordEntryStatus.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).entryStatus(status).occurredOn(on)
                  .actor(StaffRole.CAREER_COUNSELLOR).build()));
        }
        if (orientation == Orientation.ADAPTED_ACCOMPANIMENT) {
          day = p.accompanied ? planAccompaniment(p, steps, day) : planNotStarted(p, steps, day);
        } else if (orientation == Orientation.DIRECT_REFERRAL) {
          day = planReferral(p, steps, day + random.nextInt(8), p.referralOutcome);
        }
      }
      if (p.satisfied != null) {
        day += random.nextInt(15);
        SatisfactionResponse answer =
            SatisfactionResponse.of(p.satisfied, p.satisfied ? 4 + random.nextInt(2) : 1 + random.nextInt(2));
        steps.add(new Step(day, "the survey answer of beneficiary " + p.id, on ->
            RecordSatisfaction.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).response(answer).occurredOn(on).build()));
      }
      schedule(p, steps, day);
    }

    int planNotStarted(Person p, List<Step> steps, int day) {
      int gaveUp = day + 7 + random.nextInt(24);
      steps.add(new Step(gaveUp, "the drop-out of beneficiary " + p.id, on ->
          RecordDropOut.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).occurredOn(on).build()));
      return gaveUp;
    }

    int planAccompaniment(Person p, List<Step> steps, int day) {
      day += 3 + random.nextInt(12);
      steps.add(new Step(day, "the start of the accompaniment of beneficiary " + p.id, on ->
          StartAccompaniment.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).occurredOn(on).build()));
      int missedAt = p.missedOne ? 1 + random.nextInt(p.appointments) : -1;
      for (int a = 1; a <= p.appointments; a++) {
        if (a == missedAt) {
          day += 7 + random.nextInt(8);
          steps.add(appointment(p, day, AppointmentStatus.NO_SHOW));
          day += 2 + random.nextInt(6);
        } else if (a > 1) {
          day += 7 + random.nextInt(8);
        }
        steps.add(appointment(p, day, AppointmentStatus.ATTENDED));
        if (p.referredTo != null && a == Math.min(2, p.appointments)) {
          steps.add(referral(p, day));
        }
      }
      if (p.referredTo != null) {
        day = planReferralOutcome(p, steps, day, p.referralOutcome);
      }
      switch (p.fate) {
        case POSITIVE_EXIT, OTHER_EXIT -> {
          day += 7 + random.nextInt(24);
          ExitReason reason = p.exitReason;
          Situation after = exitSituation(p);
          Optional<ExitCircumstance> circumstance = Optional.ofNullable(p.circumstance);
          steps.add(new Step(day, "the exit of beneficiary " + p.id, on ->
              RecordExit.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).reason(reason).situation(after)
                  .circumstance(circumstance).occurredOn(on).build(), true));
          steps.add(new Step(day, "the follow-up at exit of beneficiary " + p.id, on ->
              RecordFollowUp.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).followUp(followUpAtExit(p, on)).build()));
        }
        case LOST_CONTACT -> {
          day += 30 + random.nextInt(31);
          steps.add(new Step(day, "the lost contact with beneficiary " + p.id, on ->
              RecordLostContact.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).occurredOn(on).build()));
        }
        case DROPPED_OUT -> {
          day += 7 + random.nextInt(24);
          steps.add(new Step(day, "the drop-out of beneficiary " + p.id, on ->
              RecordDropOut.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).occurredOn(on).build()));
        }
        case UNDER_WAY -> {
          // Still accompanied when the programme's period ended.
        }
      }
      return day;
    }

    Step appointment(Person p, int day, AppointmentStatus status) {
      AppointmentId id = ids.appointment();
      return new Step(day, "an appointment of beneficiary " + p.id, on ->
          RecordAppointment.builder().commandId(p.commandIds.command()).beneficiaryId(p.id)
              .appointment(Appointment.of(id, on, status)).occurredOn(on).build());
    }

    Step referral(Person p, int day) {
      ReferralId referral = ids.referral();
      SchemeId scheme = p.referredTo;
      p.referralId = referral;
      return new Step(day, "the referral of beneficiary " + p.id + " to " + scheme, on ->
          Refer.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).referralId(referral).schemeId(scheme)
              .occurredOn(on).build());
    }

    int planReferral(Person p, List<Step> steps, int day, ReferralStatus outcome) {
      steps.add(referral(p, day));
      return planReferralOutcome(p, steps, day, outcome);
    }

    int planReferralOutcome(Person p, List<Step> steps, int day, ReferralStatus outcome) {
      if (outcome == null) {
        return day;
      }
      ReferralId referral = p.referralId;
      List<ReferralStatus> news =
          outcome == ReferralStatus.STARTED && p.accompanied
              ? List.of(ReferralStatus.ACCEPTED, ReferralStatus.STARTED)
              : List.of(outcome);
      for (ReferralStatus status : news) {
        day += 3 + random.nextInt(12);
        steps.add(new Step(day, "what became of the referral of beneficiary " + p.id, on ->
            RecordReferralOutcome.builder().commandId(p.commandIds.command()).beneficiaryId(p.id).referralId(referral)
                .status(status).occurredOn(on).build()));
      }
      return day;
    }

    /** People met outside who never came to a site: perhaps met again, perhaps lost from sight. */
    void planNotWelcomed(Person p) {
      int latest = (int) ChronoUnit.DAYS.between(START, END);
      LocalDate captured = anchor(p, 0, latest - 150);
      replay.addFor(p.id, captured, "the capture of beneficiary " + p.id, () -> capture(p, captured));
      LocalDate last = captured;
      if (p.metTwice) {
        LocalDate from = captured.plusDays(7);
        Optional<OutreachEvent> again =
            eventBetween(outreachEvents, OutreachEvent::date, from, captured.plusDays(150)).filter(e -> !e.date().isBefore(from));
        LocalDate on = again.map(OutreachEvent::date).orElse(min(captured.plusDays(14 + random.nextInt(77)), END));
        Contact contact =
            again.isPresent()
                ? Contact.builder().on(on).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(again.get().id())
                    .place(again.get().place()).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR)
                    .consentToRecontact(p.consent).build()
                : Contact.builder().on(on).channel(CaptureChannel.DOOR_TO_DOOR).place(placeOutside())
                    .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).consentToRecontact(p.consent).build();
        var command = ids.command();
        replay.addFor(p.id, on, "a second contact with beneficiary " + p.id, () ->
            RecordContact.builder().commandId(command).beneficiaryId(p.id).contact(contact).build());
        last = on;
      }
      if (p.lostBeforeWelcome) {
        LocalDate on = min(last.plusDays(30 + random.nextInt(91)), END);
        var command = ids.command();
        replay.addFor(p.id, on, "the lost contact with beneficiary " + p.id, () ->
            RecordLostContact.builder().commandId(command).beneficiaryId(p.id).occurredOn(on)
                .actor(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build());
      }
    }

    /** Dates a person's steps: the capture day is chosen so that every step falls within the period. */
    void schedule(Person p, List<Step> steps, int span) {
      int latest = (int) ChronoUnit.DAYS.between(START, END) - span;
      int earliest = 0;
      if (p.fate == Fate.UNDER_WAY) {
        earliest = Math.max(0, latest - 60); // still accompanied when the period ended
      } else if (p.satisfied != null) {
        earliest = (int) ChronoUnit.DAYS.between(START, SURVEY_FROM);
      }
      LocalDate captured = anchor(p, Math.min(earliest, latest), latest);
      for (Step step : steps) {
        LocalDate on = captured.plusDays(step.day());
        if (step.exit()) {
          p.exitOn = on;
        }
        var command = step.command();
        replay.addFor(p.id, on, step.what(), () -> command.apply(on));
      }
    }

    /**
     * The capture day, between {@code START + earliest} and {@code START + latest} days: the day of an
     * outreach event, collaborative action or site event for people met there, else any day. When no
     * such event falls in the window (at a very small scale), the latest one before it is taken, and if
     * there is none the person is met door to door or walks in instead.
     */
    LocalDate anchor(Person p, int earliest, int latest) {
      LocalDate from = START.plusDays(earliest);
      LocalDate to = START.plusDays(Math.max(earliest, latest));
      if (p.site == null) {
        p.site = siteFor(random);
      }
      switch (p.channel) {
        case OUTREACH_EVENT -> {
          p.outreachEvent = eventBetween(outreachEvents, OutreachEvent::date, from, to).orElse(null);
          if (p.outreachEvent != null) {
            p.place = p.outreachEvent.place();
            return p.outreachEvent.date();
          }
          p.channel = CaptureChannel.DOOR_TO_DOOR;
        }
        case COLLABORATIVE_ACTION -> {
          p.collaborativeAction = eventBetween(collaborativeActions, CollaborativeAction::date, from, to).orElse(null);
          if (p.collaborativeAction != null) {
            p.place = p.collaborativeAction.title();
            List<PartnerId> partners = p.collaborativeAction.partners();
            p.sentBy = partners.isEmpty() ? null : partners.get(random.nextInt(partners.size()));
            return p.collaborativeAction.date();
          }
          p.channel = CaptureChannel.PARTNER_REFERRAL;
        }
        case SITE_EVENT -> {
          p.siteEvent = eventBetween(siteEvents, SiteEvent::date, from, to).orElse(null);
          if (p.siteEvent != null) {
            p.site = p.siteEvent.siteId();
            return p.siteEvent.date();
          }
          p.channel = CaptureChannel.WALK_IN;
        }
        default -> {}
      }
      switch (p.channel) {
        case MEDIATOR_REFERRAL -> p.sentBy = random.nextBoolean() ? SipaProgramme.MUNICIPAL_MEDIATORS : SipaProgramme.SOCIAL_LANDLORD;
        case PARTNER_REFERRAL -> p.sentBy = pick(List.of(SipaProgramme.SOCIAL_ACTION_CENTRE, SipaProgramme.SPORTS_ASSOCIATIONS,
            SipaProgramme.YOUTH_INFORMATION, SipaProgramme.MISSION_LOCALE));
        default -> {}
      }
      if (p.channel.outsideSites()) {
        p.place = placeOutside();
      }
      long days = ChronoUnit.DAYS.between(from, to);
      return from.plusDays(days <= 0 ? 0 : random.nextInt((int) days + 1));
    }

    Capture capture(Person p, LocalDate on) {
      Capture.Builder capture =
          Capture.builder()
              .commandId(p.commandIds.command())
              .beneficiaryId(p.id)
              .programmeId(programme.id())
              .profile(profile(p, on))
              .contact(firstContact(p, on));
      if (p.details != null) {
        capture.personalDetails(p.details);
      }
      return capture.build();
    }

    Contact firstContact(Person p, LocalDate on) {
      Contact.Builder contact = Contact.builder().on(on).channel(p.channel).consentToRecontact(p.consent);
      switch (p.channel) {
        case OUTREACH_EVENT -> contact.outreachEvent(p.outreachEvent.id()).place(p.place)
            .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR);
        case WALK_IN -> contact.site(p.site).staffRole(StaffRole.RECEPTION_OFFICER);
        case SITE_EVENT -> contact.site(p.site).staffRole(StaffRole.RECEPTION_OFFICER);
        case MEDIATOR_REFERRAL, PARTNER_REFERRAL -> contact.place(p.place).staffRole(StaffRole.PARTNER_PROFESSIONAL);
        default -> contact.place(p.place).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR);
      }
      if (p.sentBy != null) {
        contact.partner(p.sentBy);
      }
      return contact.build();
    }

    static Profile profile(Person p, LocalDate capturedOn) {
      return Profile.builder()
          .birthYear(capturedOn.getYear() - p.age)
          .gender(p.gender)
          .neet(p.neet)
          .longTermUnemployed(p.longTermUnemployed)
          .refugee(p.refugee)
          .thirdCountryNational(p.thirdCountryNational)
          .residence(p.residence)
          .build();
    }

    static Situation entrySituation(Person p) {
      return Situation.builder()
          .registeredWithPublicEmploymentService(p.registeredAtEntry)
          .everAccompaniedBefore(p.everAccompaniedBefore)
          .accompaniedByAnotherScheme(p.accompaniedByAnotherSchemeAtEntry)
          .memberOfLocalAssociation(p.memberAtEntry)
          .jobSearching(p.jobSearchingAtEntry)
          .build();
    }

    static FollowUp followUpAtExit(Person p, LocalDate on) {
      return FollowUp.builder()
          .moment(FollowUpMoment.AT_EXIT)
          .observedOn(on)
          .employment(Optional.ofNullable(p.employment))
          .inEducationOrTraining(p.exitReason == ExitReason.TRAINING)
          .qualifyingTraining(p.qualifyingTraining)
          .qualificationGained(p.qualificationGained)
          .jobSearching(p.positive() && p.exitReason == ExitReason.MAINSTREAM_SCHEME)
          .build();
    }

    static Situation exitSituation(Person p) {
      boolean positive = p.positive();
      return Situation.builder()
          .registeredWithPublicEmploymentService(positive)
          .everAccompaniedBefore(true)
          .accompaniedByAnotherScheme(p.accompaniedByAnotherSchemeAfter)
          .memberOfLocalAssociation(p.memberAfter)
          .employed(p.exitReason == ExitReason.EMPLOYMENT)
          .inTraining(p.exitReason == ExitReason.TRAINING)
          .jobSearching(positive && p.exitReason == ExitReason.MAINSTREAM_SCHEME)
          .build();
    }

    // ------------------------------------------------------------ helpers

    /** The i-th of n days spread over the period (one in each n-th of it), moved off week-ends. */
    LocalDate spread(int i, int n) {
      long days = ChronoUnit.DAYS.between(START, END) + 1;
      LocalDate day = START.plusDays((long) Math.floor((i + random.nextDouble()) * days / n));
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
        day = day.minusDays(1);
      } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.plusDays(1).isAfter(END) ? day.minusDays(2) : day.plusDays(1);
      }
      return day.isBefore(START) ? START : day;
    }

    /** A random one of the records dated between {@code from} and {@code to}, else the latest before {@code to}. */
    <E> Optional<E> eventBetween(List<E> byDate, Function<E, LocalDate> date, LocalDate from, LocalDate to) {
      List<E> inWindow = byDate.stream().filter(e -> !date.apply(e).isBefore(from) && !date.apply(e).isAfter(to)).toList();
      if (!inWindow.isEmpty()) {
        return Optional.of(inWindow.get(random.nextInt(inWindow.size())));
      }
      return byDate.stream().filter(e -> !date.apply(e).isAfter(to)).reduce((a, b) -> b);
    }

    SiteId siteFor(Random random) {
      int pick = random.nextInt(SITE_WEIGHTS[0] + SITE_WEIGHTS[1] + SITE_WEIGHTS[2]);
      return pick < SITE_WEIGHTS[0] ? SipaProgramme.SITE_MONTBELIARD
          : pick < SITE_WEIGHTS[0] + SITE_WEIGHTS[1] ? SipaProgramme.SITE_AUDINCOURT
          : SipaProgramme.SITE_VALENTIGNEY;
    }

    String placeOutside() {
      return pick(PLACES) + ", " + pick(NEIGHBOURHOODS);
    }

    String partnerName(PartnerId id) {
      return programme.partner(id).map(Partner::name).orElse(id.value());
    }

    <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    static LocalDate min(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? b : a;
    }
  }
}
