package eu.projectresolution.mobilisation.indicator;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.outcome.OutcomeRule;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.Participant;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.Referral;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.StageVisit;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.privacy.SpecialCategoriesApart;
import eu.projectresolution.mobilisation.programme.BeforeAfterMeasure;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference the facts are checked against: reports computed the way they were before facts were
 * kept, by reading every person's event stream and looking at each person over the report's period.
 * Slow, simple, and written straight from the figures' definitions, independently of {@link
 * IndicatorFacts}'s cells.
 */
public final class StreamReports {
  private StreamReports() {}

  /** The report for {@code scope}, computed from the store's event streams. */
  public static ReportResult compute(
      MobilisationStorage storage, OutcomeRules rules, PathwayModel model, Clock clock, TenantId tenant,
      ReportScope scope) {
    IndicatorReports reports = IndicatorReports.builder()
        .sources(storage.indicatorSources()).outcomeRules(rules).pathwayModel(model).clock(clock).build();
    return reports.compute(tenant, scope,
        (programme, period) -> totals(storage, reports.facts().declaredBy(programme), tenant, scope, programme, period));
  }

  private static Totals totals(
      MobilisationStorage storage, IndicatorFacts facts, TenantId tenant, ReportScope scope, Programme programme,
      Period period) {
    Set<OutreachEventId> held = new HashSet<>();
    for (OutreachEvent event : storage.outreachEvents().ofProgramme(tenant, programme.id())) {
      if (period.contains(event.date())) {
        held.add(event.id());
      }
    }
    Totals totals = new Totals(facts);
    for (BeneficiarySummary summary : storage.beneficiaries().ofProgramme(tenant, programme.id())) {
      // The events as given: with the special-category answers kept apart put back.
      List<PathwayEvent> events = SpecialCategoriesApart.restore(storage.pathways().events(tenant, summary.beneficiaryId()),
          storage.specialCategoryAnswers().of(tenant, summary.beneficiaryId()));
      Person person = new Person(events, period, facts.model());
      if (!person.capturedByEnd()) {
        continue;
      }
      if (scope.site().isPresent() && !person.site().equals(scope.site())) {
        continue;
      }
      if (scope.channel().isPresent() && person.capture().channel() != scope.channel().get()) {
        continue;
      }
      if (scope.targetGroup().isPresent() && !scope.targetGroup().get().includes(person.participant)) {
        continue;
      }
      count(totals, facts, person, held);
      decide(totals, facts, person);
    }
    return totals;
  }

  /** What the activity figures count of one person. */
  private static void count(Totals totals, IndicatorFacts facts, Person person, Set<OutreachEventId> held) {
    Period period = person.period;
    List<StageVisit> visits = person.participant.visitsByEnd();
    if (person.capturedDuringPeriod()) {
      totals.captured++;
      totals.capturedThrough.merge(person.capture().channel(), 1L, Long::sum);
      for (int i = 0; i < totals.funnel.length; i++) {
        Stage stage = facts.funnelStages().get(i);
        if (visits.stream().noneMatch(v -> v.stage().equals(stage))) {
          break;
        }
        totals.funnel[i]++;
      }
    }
    for (Stage stage : facts.stages()) {
      if (visits.stream().anyMatch(v -> v.stage().equals(stage) && period.contains(v.on()))) {
        totals.enteredStage.merge(stage, 1L, Long::sum);
      }
    }
    totals.atStageAtEnd.merge(person.participant.stageAtEnd(), 1L, Long::sum);
    Set<OutreachEventId> attended = new HashSet<>();
    for (Contact contact : person.pathway.contacts()) {
      contact.outreachEvent().filter(held::contains).ifPresent(attended::add);
    }
    totals.attendances += attended.size();
    totals.welcomed += person.welcomedDuringPeriod() ? 1 : 0;
    List<Referral> proposed = person.pathway.referrals().stream().filter(r -> period.contains(r.proposedOn())).toList();
    totals.referrals += proposed.size();
    totals.referralsStarted += proposed.stream()
        .filter(r -> r.status() == ReferralStatus.STARTED && !r.statusOn().isAfter(period.end()))
        .count();
    totals.peopleReferred += proposed.isEmpty() ? 0 : 1;
    Optional<LocalDate> started = facts.model().stageFor(Step.ACCOMPANIMENT).flatMap(stage -> visits.stream()
        .filter(v -> v.stage().equals(stage) && period.contains(v.on()))
        .map(StageVisit::on)
        .findFirst());
    if (started.isPresent()) {
      totals.accompanied++;
      totals.attendedByAccompanied += person.pathway.appointments().stream()
          .filter(a -> a.status() == AppointmentStatus.ATTENDED
              && !a.scheduledOn().isBefore(started.get()) && !a.scheduledOn().isAfter(period.end()))
          .count();
    }
    for (Appointment appointment : person.pathway.appointments()) {
      if (period.contains(appointment.scheduledOn()) && appointment.status().held()) {
        totals.heldOrMissed++;
        totals.missed += appointment.status() == AppointmentStatus.NO_SHOW ? 1 : 0;
      }
    }
    for (SatisfactionResponse response : person.satisfactionDuringPeriod()) {
      totals.responses++;
      totals.satisfied += response.satisfied() ? 1 : 0;
    }
  }

  /**
   * What each rule decides of one person, the before/after situations of the cohort, and the follow-ups
   * at each moment the programme declares of the people who left through an exit during the period.
   */
  private static void decide(Totals totals, IndicatorFacts facts, Person person) {
    List<OutcomeRule> rules = facts.ruleList();
    Participant p = person.participant;
    for (int r = 0; r < rules.size(); r++) {
      OutcomeRule rule = rules.get(r);
      String category = rule.classify(p).category();
      totals.addDecision(r, p.gender(), rule.categories().indexOf(rule.category(category).orElseThrow()), 1);
    }
    if (p.leftDuringPeriod() && p.exit().isPresent() && p.reachedByEnd(Step.ACCOMPANIMENT)) {
      LocalDate exitOn = p.exit().get().on();
      Optional<Situation> entry = person.entrySituationBefore(exitOn);
      Optional<Situation> after = person.situationFrom(exitOn);
      if (entry.isPresent() && after.isPresent()) {
        totals.addBeforeAfter(beforeAfterBits(facts, entry.get(), after.get()), 1);
      }
    }
    if (p.leftDuringPeriod() && p.exit().isPresent()) {
      for (int m = 0; m < facts.followUpMoments().size(); m++) {
        FollowUpMoment moment = FollowUpMoment.of(facts.followUpMoments().get(m).moment());
        List<FollowUp> at = p.exit().get().followUps().stream().filter(f -> f.moment().equals(moment)).toList();
        // The latest observed, the later recorded of a day.
        Optional<FollowUp> latest = at.stream().reduce((a, b) -> b.observedOn().isBefore(a.observedOn()) ? a : b);
        long[] counts = totals.followUps[m];
        counts[Totals.FOLLOW_UP_LEAVERS]++;
        if (latest.isPresent()) {
          counts[Totals.FOLLOW_UP_OBSERVED]++;
          counts[Totals.FOLLOW_UP_EMPLOYED] += latest.get().employed() ? 1 : 0;
          counts[Totals.FOLLOW_UP_IN_TRAINING] += latest.get().inEducationOrTraining() ? 1 : 0;
          counts[Totals.FOLLOW_UP_JOB_SEARCHING] += latest.get().jobSearching() ? 1 : 0;
        }
      }
    }
  }

  /** The before/after bits: per measure, at entry then after exit, for each side it reads. */
  private static int beforeAfterBits(IndicatorFacts facts, Situation entry, Situation after) {
    List<Boolean> holds = new ArrayList<>();
    for (BeforeAfterMeasure measure : facts.beforeAfterMeasures()) {
      measure.atEntry().ifPresent(answer -> holds.add(entry.holds(answer)));
      measure.afterExit().ifPresent(answer -> holds.add(after.holds(answer)));
    }
    int bits = 0;
    for (int i = 0; i < holds.size(); i++) {
      bits |= holds.get(i) ? 1 << i : 0;
    }
    return bits;
  }

  /** One person's records as the report reads them: the events, their fold, and the rules' view. */
  private static final class Person {
    final List<PathwayEvent> events;
    final Pathway pathway;
    final Participant participant;
    final Period period;

    Person(List<PathwayEvent> events, Period period, PathwayModel model) {
      this.events = events;
      this.pathway = Pathway.fold(events);
      this.participant = Participant.of(pathway, period, model);
      this.period = period;
    }

    Contact capture() {
      return pathway.contacts().get(0);
    }

    boolean capturedDuringPeriod() {
      return period.contains(pathway.capturedOn());
    }

    boolean capturedByEnd() {
      return !pathway.capturedOn().isAfter(period.end());
    }

    /** The site of the latest welcome by the period's end, else the site of the capture contact. */
    Optional<SiteId> site() {
      Optional<SiteId> site = Optional.empty();
      for (PathwayEvent event : events) {
        if (event instanceof PathwayEvents.Welcomed welcomed && !event.header().occurredOn().isAfter(period.end())) {
          site = Optional.of(welcomed.siteId());
        }
      }
      return site.or(() -> capture().site());
    }

    boolean welcomedDuringPeriod() {
      return events.stream()
          .anyMatch(e -> e instanceof PathwayEvents.Welcomed && period.contains(e.header().occurredOn()));
    }

    List<SatisfactionResponse> satisfactionDuringPeriod() {
      return events.stream()
          .filter(e -> e instanceof PathwayEvents.SatisfactionRecorded && period.contains(e.header().occurredOn()))
          .map(e -> ((PathwayEvents.SatisfactionRecorded) e).response())
          .toList();
    }

    Optional<Situation> entrySituationBefore(LocalDate day) {
      Optional<Situation> found = Optional.empty();
      for (PathwayEvent event : events) {
        if (event instanceof PathwayEvents.Welcomed welcomed
            && !event.header().occurredOn().isAfter(day)
            && welcomed.situation().isPresent()) {
          found = welcomed.situation();
        }
      }
      return found;
    }

    Optional<Situation> situationFrom(LocalDate day) {
      Optional<Situation> found = Optional.empty();
      for (var observed : pathway.situations()) {
        if (!observed.on().isBefore(day)) {
          found = Optional.of(observed.situation());
        }
      }
      return found;
    }
  }
}
