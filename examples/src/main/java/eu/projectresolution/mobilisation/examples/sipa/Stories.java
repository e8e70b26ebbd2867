package eu.projectresolution.mobilisation.examples.sipa;

import static eu.projectresolution.mobilisation.examples.sipa.Person.byGroup;
import static eu.projectresolution.mobilisation.examples.sipa.Person.ids;
import static eu.projectresolution.mobilisation.examples.sipa.Quotas.apportion;
import static eu.projectresolution.mobilisation.examples.sipa.Quotas.share;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.*;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EducationLevel;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.examples.scenario.SeededIds;
import eu.projectresolution.mobilisation.examples.sipa.Story.Referral;
import eu.projectresolution.mobilisation.examples.sipa.Story.Survey;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who SIPA reached and what became of each of them, decided by exact quotas ({@link SipaCalibration})
 * before any day is chosen: how many were met through each channel outside the sites and how many came
 * by themselves, who came to a site, who was oriented to what, accompanied, referred, what situation
 * they declared at entry, and who answered the survey. Who is who is drawn with the {@link SipaChoices};
 * how many is fixed, so that the figures come out as the sheet's at any scale and for any seed.
 *
 * <p>The decisions are made in a fixed order, each drawing from the same generator: making them in
 * another order would give other people to every seed.
 */
final class Stories {
  /** The channels of the people met outside the sites, in the order of their quotas. */
  private static final CaptureChannel[] OUTSIDE_CHANNELS = {
    CaptureChannel.OUTREACH_EVENT,
    CaptureChannel.DOOR_TO_DOOR,
    CaptureChannel.MEDIATOR_REFERRAL,
    CaptureChannel.PARTNER_REFERRAL,
    CaptureChannel.POSTER_OR_FLYER,
    CaptureChannel.COLLABORATIVE_ACTION
  };

  private final double scale;
  private final SipaChoices choices;

  private Stories(double scale, SipaChoices choices) {
    this.scale = scale;
    this.choices = choices;
  }

  /**
   * Everyone's story, at {@code scale}: first the people met outside the sites (by channel), then those
   * who walked into a site, then those who came to an event at a site. Their ids come from {@code ids}.
   */
  static List<Story> decide(double scale, SipaChoices choices, SeededIds ids) {
    return new Stories(scale, choices).decide(ids);
  }

  private int scaled(int fullScale) {
    return Quotas.scaled(fullScale, scale);
  }

  private List<Story> decide(SeededIds ids) {
    // Who the people are and where they were first met.
    int[] outsideByChannel =
        apportion(
            scaled(CAPTURED_OUTSIDE),
            AT_OUTREACH_EVENTS, DOOR_TO_DOOR, SENT_BY_MEDIATORS, SENT_BY_PARTNERS, AFTER_POSTERS, AT_COLLABORATIVE_ACTIONS);
    List<Arrival> arrivals = new ArrayList<>();
    for (int c = 0; c < OUTSIDE_CHANNELS.length; c++) {
      for (int i = 0; i < outsideByChannel[c]; i++) {
        arrivals.add(new Arrival(ids.beneficiary(), OUTSIDE_CHANNELS[c]));
      }
    }
    int metOutside = arrivals.size();
    int welcomedFromOutside = Math.min(scaled(CAPTURED_OUTSIDE_THEN_WELCOMED), metOutside);
    int[] bySelves = apportion(scaled(WELCOMED) - welcomedFromOutside, WALK_IN_WEIGHT, SITE_EVENT_WEIGHT);
    for (int i = 0; i < bySelves[0]; i++) {
      arrivals.add(new Arrival(ids.beneficiary(), CaptureChannel.WALK_IN));
    }
    for (int i = 0; i < bySelves[1]; i++) {
      arrivals.add(new Arrival(ids.beneficiary(), CaptureChannel.SITE_EVENT));
    }
    List<Person> everyone = people(arrivals, metOutside);
    List<Person> outside = everyone.subList(0, metOutside);
    List<Person> atSites = everyone.subList(metOutside, everyone.size());
    List<Person> walkIns = atSites.subList(0, bySelves[0]);

    // First reception.
    Quotas.Draw<Person> cameToASite = choices.draw(outside, welcomedFromOutside);
    List<Person> notWelcomed = cameToASite.rest();
    Set<BeneficiaryId> lost =
        ids(choices.draw(notWelcomed, Math.min(scaled(CAPTURED_OUTSIDE_THEN_LOST), notWelcomed.size())).drawn());
    Set<BeneficiaryId> metTwice = ids(choices.draw(notWelcomed, Math.min(scaled(MET_TWICE_OUTSIDE), notWelcomed.size())).drawn());
    List<Person> welcomed = new ArrayList<>(cameToASite.drawn());
    welcomed.addAll(atSites);

    // Orientation, accompaniment and referrals.
    int accompaniedCount = Math.min(scaled(ACCOMPANIED), welcomed.size());
    int orientedToAccompaniment = Math.max(scaled(ORIENTED_TO_ACCOMPANIMENT), accompaniedCount);
    int referredDuring = Math.min(scaled(REFERRED_DURING_ACCOMPANIMENT), accompaniedCount);
    int referredDirectly = Math.max(0, scaled(REFERRED) - referredDuring);
    int oriented = Math.min(Math.max(scaled(ORIENTED), orientedToAccompaniment + referredDirectly), welcomed.size());
    List<List<Person>> orientations =
        choices.partition(
            choices.draw(welcomed, oriented).drawn(),
            new int[] {orientedToAccompaniment, referredDirectly, oriented - orientedToAccompaniment - referredDirectly});
    Map<BeneficiaryId, Orientation> orientation =
        byGroup(
            orientations,
            new Orientation[] {Orientation.ADAPTED_ACCOMPANIMENT, Orientation.DIRECT_REFERRAL, Orientation.INFORMATION_ONLY});
    List<Person> accompanied = choices.draw(orientations.get(0), accompaniedCount).drawn();
    Accompaniments.Decided accompaniments = Accompaniments.decide(accompanied, referredDuring, scale, choices);
    Map<BeneficiaryId, Referral> referrals = new HashMap<>(accompaniments.referrals());
    referrals.putAll(directReferrals(orientations.get(1)));
    List<Person> askedAtOrientation = new ArrayList<>(orientations.get(0));
    askedAtOrientation.addAll(orientations.get(1));
    Map<BeneficiaryId, EntryStatus> entryStatus = entryStatuses(askedAtOrientation);
    Map<BeneficiaryId, Situation> atEntry = new HashMap<>(accompaniments.atEntryOfExits());
    atEntry.putAll(entrySituationsOfOthers(welcomed, accompaniments));
    // Survey answers come from people who walked in and were not oriented to an accompaniment, so that
    // their answer is the last thing they recorded.
    Map<BeneficiaryId, Survey> survey =
        survey(walkIns.stream().filter(p -> orientation.get(p.id()) != Orientation.ADAPTED_ACCOMPANIMENT).toList());

    Set<BeneficiaryId> cameIn = ids(welcomed);
    List<Story> stories = new ArrayList<>(everyone.size());
    for (Person p : everyone) {
      BeneficiaryId id = p.id();
      stories.add(
          cameIn.contains(id)
              ? new Story.Welcomed(
                  p, atEntry.get(id), Optional.ofNullable(orientation.get(id)), Optional.ofNullable(entryStatus.get(id)),
                  Optional.ofNullable(accompaniments.accompaniments().get(id)), Optional.ofNullable(referrals.get(id)),
                  survey.getOrDefault(id, Survey.NOT_ASKED))
              : new Story.NotWelcomed(p, metTwice.contains(id), lost.contains(id)));
    }
    return stories;
  }

  /** A person about to be met: their id and the channel. */
  private record Arrival(BeneficiaryId id, CaptureChannel channel) {}

  /**
   * Who the people are: their declared gender by quotas, then each one's age and situation; then, by
   * quotas, who agrees to be contacted again (and, met outside, leaves their details).
   */
  private List<Person> people(List<Arrival> arrivals, int metOutside) {
    List<List<Arrival>> genders = choices.partition(arrivals, apportion(arrivals.size(), GENDER_WEIGHTS));
    Gender[] values = {Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.UNDECLARED};
    Map<BeneficiaryId, Gender> gender = new HashMap<>();
    for (int g = 0; g < values.length; g++) {
      for (Arrival a : genders.get(g)) {
        gender.put(a.id(), values[g]);
      }
    }
    List<Traits> traits = arrivals.stream().map(a -> choices.traits(gender.get(a.id()))).toList();
    Map<BeneficiaryId, PersonalDetails> details = new HashMap<>();
    Set<BeneficiaryId> consent = new HashSet<>();
    for (Arrival a : choices.draw(arrivals.subList(0, metOutside), share(CONSENT_OUTSIDE, metOutside)).drawn()) {
      consent.add(a.id());
      details.put(a.id(), choices.identity(gender.get(a.id())));
    }
    int atSites = arrivals.size() - metOutside;
    choices.draw(arrivals.subList(metOutside, arrivals.size()), share(CONSENT_AT_SITES, atSites)).drawn()
        .forEach(a -> consent.add(a.id()));
    List<Person> people = new ArrayList<>(arrivals.size());
    for (int i = 0; i < arrivals.size(); i++) {
      Arrival a = arrivals.get(i);
      Optional<PersonalDetails> left = Optional.ofNullable(details.get(a.id()));
      people.add(new Person(a.id(), a.channel(), traits.get(i), consent.contains(a.id()), left));
    }
    return List.copyOf(people);
  }

  /** What became of the referrals made straight after orientation: started, accepted, declined, no news. */
  private Map<BeneficiaryId, Referral> directReferrals(List<Person> direct) {
    List<List<Person>> news = choices.partition(direct, apportion(direct.size(), DIRECT_REFERRAL_OUTCOME_WEIGHTS));
    List<Optional<ReferralStatus>> outcomes =
        List.of(
            Optional.of(ReferralStatus.STARTED), Optional.of(ReferralStatus.ACCEPTED), Optional.of(ReferralStatus.DECLINED),
            Optional.empty());
    Map<BeneficiaryId, Referral> referrals = new HashMap<>();
    for (int o = 0; o < outcomes.size(); o++) {
      for (Person p : news.get(o)) {
        referrals.put(p.id(), new Referral(choices.anyScheme(), outcomes.get(o)));
      }
    }
    return referrals;
  }

  /** The ESF+ questionnaire: labour-market status, education, and the sensitive questions with their answers. */
  private Map<BeneficiaryId, EntryStatus> entryStatuses(List<Person> asked) {
    List<Person> notLongTerm = asked.stream().filter(p -> !p.traits().longTermUnemployed()).toList();
    Map<BeneficiaryId, LabourMarketStatus> status =
        byGroup(
            choices.partition(notLongTerm, apportion(notLongTerm.size(), LABOUR_MARKET_STATUS_WEIGHTS)),
            new LabourMarketStatus[] {LabourMarketStatus.UNEMPLOYED, LabourMarketStatus.INACTIVE, LabourMarketStatus.EMPLOYED});
    Map<BeneficiaryId, EducationLevel> education =
        byGroup(
            choices.partition(asked, apportion(asked.size(), EDUCATION_WEIGHTS)),
            new EducationLevel[] {EducationLevel.ISCED_0_2, EducationLevel.ISCED_3_4, EducationLevel.ISCED_5_8});
    List<SensitiveAnswer> disability = answers(asked.size(), DISABILITY_YES);
    List<SensitiveAnswer> foreign = answers(asked.size(), FOREIGN_BACKGROUND_YES);
    List<SensitiveAnswer> housing = answers(asked.size(), HOUSING_EXCLUSION_YES);
    Map<BeneficiaryId, EntryStatus> statuses = new HashMap<>();
    for (int i = 0; i < asked.size(); i++) {
      BeneficiaryId id = asked.get(i).id();
      statuses.put(
          id,
          EntryStatus.builder()
              .labourMarketStatus(status.getOrDefault(id, LabourMarketStatus.LONG_TERM_UNEMPLOYED))
              .educationLevel(education.get(id))
              .disability(disability.get(i))
              .foreignBackground(foreign.get(i))
              .homelessOrHousingExcluded(housing.get(i))
              .build());
    }
    return statuses;
  }

  /** Exactly {@code yes} of {@code n} answer yes and a few decline, in random order; the others answer no. */
  private List<SensitiveAnswer> answers(int n, double yes) {
    int yeses = share(yes, n);
    int declined = Math.min(share(DECLINED_TO_ANSWER, n), n - yeses);
    List<SensitiveAnswer> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      answers.add(i < yeses ? SensitiveAnswer.yes(LegalBasis.EXPLICIT_CONSENT)
          : i < yeses + declined ? SensitiveAnswer.declined()
          : SensitiveAnswer.no(LegalBasis.EXPLICIT_CONSENT));
    }
    return choices.shuffled(answers);
  }

  /**
   * The situations at entry of the welcomed people outside the cohort of exits (whose situations were
   * decided with their exits): the other accompanied people, then everyone else.
   */
  private Map<BeneficiaryId, Situation> entrySituationsOfOthers(List<Person> welcomed, Accompaniments.Decided decided) {
    List<Person> accompaniedOthers = new ArrayList<>();
    List<Person> rest = new ArrayList<>();
    for (Person p : welcomed) {
      if (decided.atEntryOfExits().containsKey(p.id())) {
        continue;
      }
      (decided.accompaniments().containsKey(p.id()) ? accompaniedOthers : rest).add(p);
    }
    Map<BeneficiaryId, Situation> situations = new HashMap<>(EntrySituations.of(accompaniedOthers, accompaniedOthers, choices));
    situations.putAll(EntrySituations.of(rest, rest, choices));
    return situations;
  }

  /** Who of {@code eligible} answered the satisfaction survey, and how. */
  private Map<BeneficiaryId, Survey> survey(List<Person> eligible) {
    List<Person> answered = choices.draw(eligible, Math.min(scaled(SURVEY_ANSWERS), eligible.size())).drawn();
    Quotas.Draw<Person> satisfied = choices.draw(answered, share(SATISFIED, answered.size()));
    Map<BeneficiaryId, Survey> answers = new HashMap<>();
    satisfied.drawn().forEach(p -> answers.put(p.id(), Survey.SATISFIED));
    satisfied.rest().forEach(p -> answers.put(p.id(), Survey.DISSATISFIED));
    return answers;
  }
}
