package eu.projectresolution.mobilisation.examples.sipa;

import static eu.projectresolution.mobilisation.examples.sipa.Quotas.apportion;
import static eu.projectresolution.mobilisation.examples.sipa.Quotas.share;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.ASSOCIATION_MEMBERS_AFTER;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.CONTRACT_WEIGHTS;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.DROPPED_OUT_OF_ACCOMPANIMENT;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.EXITED;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.INTO_A_JOB_WITHOUT_REFERRAL;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.LOST_DURING_ACCOMPANIMENT;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.MISSED_ONE_APPOINTMENT;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.OTHER_EXIT_REASON_WEIGHTS;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.OTHER_REFERRAL_OUTCOME_WEIGHTS;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.POSITIVE_EXITS;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.POSITIVE_EXIT_REASON_WEIGHTS;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.QUALIFICATION_GAINED;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.QUALIFYING_TRAINING;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.WITHDRAWN_EXITS;
import static eu.projectresolution.mobilisation.examples.sipa.Person.byGroup;
import static eu.projectresolution.mobilisation.examples.sipa.Person.ids;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.examples.sipa.Accompaniment.Fate;
import eu.projectresolution.mobilisation.examples.sipa.Story.Referral;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.ExitCircumstance;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What becomes of the adapted accompaniments, by quotas: 537 accompanied, 270 recorded with an exit, 249
 * of them positive (into a job, a training or a mainstream scheme), the others lost, given up or still
 * under way; the referrals made during them; how many appointments each had; and what the counsellors
 * observed at the exits, for the before/after comparison and the ESF+ results.
 */
final class Accompaniments {
  /** What the quotas decided for the accompanied people, by id. */
  record Decided(
      Map<BeneficiaryId, Accompaniment> accompaniments,
      Map<BeneficiaryId, Referral> referrals,
      Map<BeneficiaryId, Situation> atEntryOfExits) {}

  private final double scale;
  private final SipaChoices choices;

  private Accompaniments(double scale, SipaChoices choices) {
    this.scale = scale;
    this.choices = choices;
  }

  /** Decides the accompaniments of {@code accompanied}, {@code referredDuring} of whom are referred during them. */
  static Decided decide(List<Person> accompanied, int referredDuring, double scale, SipaChoices choices) {
    return new Accompaniments(scale, choices).decide(accompanied, referredDuring);
  }

  private int scaled(int fullScale) {
    return Quotas.scaled(fullScale, scale);
  }

  private Decided decide(List<Person> accompanied, int referredDuring) {
    int n = accompanied.size();
    int exits = Math.min(scaled(EXITED), n);
    int positives = Math.min(scaled(POSITIVE_EXITS), exits);
    int lost = Math.min(scaled(LOST_DURING_ACCOMPANIMENT), n - exits);
    int dropped = Math.min(scaled(DROPPED_OUT_OF_ACCOMPANIMENT), n - exits - lost);
    List<List<Person>> fates =
        choices.partition(accompanied, new int[] {positives, exits - positives, lost, dropped, n - exits - lost - dropped});
    Map<BeneficiaryId, Fate> fate = byGroup(fates, Fate.values());
    List<Person> positive = fates.get(0);
    List<Person> other = fates.get(1);
    List<Person> droppedOut = fates.get(3);

    // Why people left: a job, training, a mainstream scheme; or for other reasons.
    List<List<Person>> positiveReasons =
        choices.partition(positive, apportion(positive.size(), POSITIVE_EXIT_REASON_WEIGHTS));
    Map<BeneficiaryId, ExitReason> reason =
        byGroup(positiveReasons, new ExitReason[] {ExitReason.EMPLOYMENT, ExitReason.TRAINING, ExitReason.MAINSTREAM_SCHEME});
    if (!other.isEmpty()) {
      reason.putAll(
          byGroup(
              choices.partition(other, apportion(other.size(), OTHER_EXIT_REASON_WEIGHTS)),
              new ExitReason[] {ExitReason.END_OF_ACCOMPANIMENT, ExitReason.MOVED_AWAY, ExitReason.PERSONAL_REASONS}));
    }
    Map<BeneficiaryId, Referral> referrals = referrals(accompanied, positiveReasons, fate, reason, referredDuring);

    // Appointments: 3 or 4 for everyone who stayed, 1 or 2 for those who gave up; some missed one.
    List<Person> stayed = accompanied.stream().filter(p -> fate.get(p.id()) != Fate.DROPPED_OUT).toList();
    Map<BeneficiaryId, Integer> appointments =
        byGroup(choices.partition(stayed, apportion(stayed.size(), 1, 1)), new Integer[] {3, 4});
    droppedOut.forEach(p -> appointments.put(p.id(), choices.appointmentsBeforeGivingUp()));
    Set<BeneficiaryId> missedOne = ids(choices.draw(accompanied, Math.min(scaled(MISSED_ONE_APPOINTMENT), n)).drawn());

    // What the counsellors observed at the exits.
    List<Person> cohort = new ArrayList<>(positive);
    cohort.addAll(other);
    Set<BeneficiaryId> accompaniedElsewhereAfter =
        ids(choices.draw(positive, Math.min(share(ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER, cohort.size()), positive.size())).drawn());
    // At entry, the people registered then are among those linked with a scheme at exit.
    Map<BeneficiaryId, Situation> atEntry = EntrySituations.of(cohort, positive, choices);
    Set<BeneficiaryId> membersAfter = membersAfter(cohort, atEntry);
    Map<BeneficiaryId, Employment> employment = contracts(positiveReasons.get(0));
    List<Person> intoTraining = positiveReasons.get(1);
    Set<BeneficiaryId> qualifying = ids(choices.draw(intoTraining, share(QUALIFYING_TRAINING, intoTraining.size())).drawn());
    List<Person> linked = new ArrayList<>(intoTraining);
    linked.addAll(positiveReasons.get(2));
    Set<BeneficiaryId> gained = ids(choices.draw(linked, Math.min(scaled(QUALIFICATION_GAINED), linked.size())).drawn());
    Map<BeneficiaryId, ExitCircumstance> circumstance = withdrawnExits(other, reason);

    Map<BeneficiaryId, Accompaniment> accompaniments = new HashMap<>();
    for (Person p : accompanied) {
      BeneficiaryId id = p.id();
      Optional<Accompaniment.Exit> exit = Optional.empty();
      if (reason.containsKey(id)) {
        boolean isPositive = fate.get(id) == Fate.POSITIVE_EXIT;
        ExitReason why = reason.get(id);
        Situation after =
            Accompaniment.Exit.situationAfter(why, isPositive, accompaniedElsewhereAfter.contains(id), membersAfter.contains(id));
        exit =
            Optional.of(
                new Accompaniment.Exit(
                    why, isPositive, after, Optional.ofNullable(employment.get(id)), qualifying.contains(id), gained.contains(id),
                    Optional.ofNullable(circumstance.get(id))));
      }
      accompaniments.put(id, new Accompaniment(fate.get(id), appointments.get(id), missedOne.contains(id), exit));
    }
    return new Decided(accompaniments, referrals, atEntry);
  }

  /**
   * Referrals during the accompaniment: the positive exits were linked with a scheme (but some found a
   * job on their own); the others were referred too, without the referral starting.
   */
  private Map<BeneficiaryId, Referral> referrals(
      List<Person> accompanied, List<List<Person>> positiveReasons, Map<BeneficiaryId, Fate> fate,
      Map<BeneficiaryId, ExitReason> reason, int referredDuring) {
    Map<BeneficiaryId, Referral> referrals = new HashMap<>();
    List<Person> intoAJob = positiveReasons.get(0);
    Quotas.Draw<Person> withoutReferral = choices.draw(intoAJob, Math.min(scaled(INTO_A_JOB_WITHOUT_REFERRAL), intoAJob.size()));
    List<Person> linked = new ArrayList<>(withoutReferral.rest());
    linked.addAll(positiveReasons.get(1));
    linked.addAll(positiveReasons.get(2));
    List<Person> referredPositive = choices.draw(linked, Math.min(referredDuring, linked.size())).drawn();
    for (Person p : referredPositive) {
      referrals.put(
          p.id(),
          new Referral(choices.schemeForPositiveExit(reason.get(p.id()), p.traits().age()), Optional.of(ReferralStatus.STARTED)));
    }
    List<Person> notPositive = accompanied.stream().filter(p -> fate.get(p.id()) != Fate.POSITIVE_EXIT).toList();
    List<Person> referredOther =
        choices.draw(notPositive, Math.min(referredDuring - referredPositive.size(), notPositive.size())).drawn();
    List<List<Person>> news = choices.partition(referredOther, apportion(referredOther.size(), OTHER_REFERRAL_OUTCOME_WEIGHTS));
    List<Optional<ReferralStatus>> outcomes =
        List.of(Optional.of(ReferralStatus.DECLINED), Optional.of(ReferralStatus.ACCEPTED), Optional.empty());
    for (int o = 0; o < outcomes.size(); o++) {
      for (Person p : news.get(o)) {
        referrals.put(p.id(), new Referral(choices.anyScheme(), outcomes.get(o)));
      }
    }
    return referrals;
  }

  /** Association membership only grows: the members at entry stay members, and others join. */
  private Set<BeneficiaryId> membersAfter(List<Person> cohort, Map<BeneficiaryId, Situation> atEntry) {
    List<Person> members = cohort.stream().filter(p -> atEntry.get(p.id()).memberOfLocalAssociation()).toList();
    List<Person> notMembers = cohort.stream().filter(p -> !atEntry.get(p.id()).memberOfLocalAssociation()).toList();
    int joining = Math.max(0, share(ASSOCIATION_MEMBERS_AFTER, cohort.size()) - members.size());
    Set<BeneficiaryId> after = ids(members);
    after.addAll(ids(choices.draw(notMembers, Math.min(joining, notMembers.size())).drawn()));
    return after;
  }

  /** The contracts of the positive exits into a job. */
  private Map<BeneficiaryId, Employment> contracts(List<Person> intoAJob) {
    List<List<Person>> kinds = choices.partition(intoAJob, apportion(intoAJob.size(), CONTRACT_WEIGHTS));
    Map<BeneficiaryId, Employment> contracts = new HashMap<>();
    for (int kind = 0; kind < kinds.size(); kind++) {
      for (Person p : kinds.get(kind)) {
        contracts.put(p.id(), choices.contract(kind));
      }
    }
    return contracts;
  }

  /** A few exits for personal reasons are withdrawn from the funders' rates: a long illness, a parental leave. */
  private Map<BeneficiaryId, ExitCircumstance> withdrawnExits(List<Person> other, Map<BeneficiaryId, ExitReason> reason) {
    List<Person> personal = other.stream().filter(p -> reason.get(p.id()) == ExitReason.PERSONAL_REASONS).toList();
    List<Person> withdrawn = choices.draw(personal, Math.min(scaled(WITHDRAWN_EXITS), personal.size())).drawn();
    Map<BeneficiaryId, ExitCircumstance> circumstances = new HashMap<>();
    for (int i = 0; i < withdrawn.size(); i++) {
      circumstances.put(
          withdrawn.get(i).id(), i % 2 == 0 ? ExitCircumstance.LONG_ILLNESS : ExitCircumstance.MATERNITY_OR_PARENTAL_LEAVE);
    }
    return circumstances;
  }
}
