package eu.projectresolution.mobilisation.outcome;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.beneficiary.AgeBand;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.pathway.Exit;
import eu.projectresolution.mobilisation.pathway.ObservedSituation;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.Reception;
import eu.projectresolution.mobilisation.pathway.SatisfactionAnswer;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.StageVisit;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person's pathway as an outcome rule and an indicator report see it for a report's period: what had happened by the
 * period's end (entry, stages reached, leaving, the exit), read through the pathway model's steps, plus
 * the follow-ups of the exit, which are observed after it and may come after the period. It is the one
 * definition of what a person adds to a report: the facts kept for each person are computed from it.
 *
 * <p>Entry is the first welcome; leaving is the latest move into a closed stage of the model (an exit,
 * a lost contact, a drop-out) not followed by a re-entry by the period's end.
 *
 * <pre>{@code
 * Participant p = Participant.of(pathway, Period.of(start, end), PathwayModel.sipa());
 * if (p.leftDuringPeriod() && p.exit().isPresent()) { ... p.exit().get().followUps() ... }
 * }</pre>
 */
public final class Participant {
  private final Pathway pathway;
  private final Period period;
  private final PathwayModel model;
  private final List<StageVisit> visits;
  /** {@link #entryOn()} and {@link #leftOn()} once computed; null before. Immutable values: a race only computes them twice. */
  private Optional<LocalDate> entryOn;
  private Optional<LocalDate> leftOn;

  private Participant(Pathway pathway, Period period, PathwayModel model) {
    this.pathway = requireNonNull(pathway, "pathway");
    this.period = requireNonNull(period, "period");
    this.model = requireNonNull(model, "model");
    List<StageVisit> byEnd = new java.util.ArrayList<>(pathway.stageHistory().size());
    for (StageVisit visit : pathway.stageHistory()) {
      if (!visit.on().isAfter(period.end())) {
        byEnd.add(visit);
      }
    }
    this.visits = java.util.Collections.unmodifiableList(byEnd);
  }

  /** The same person over {@code period}, which ends when {@code same}'s does: what depends on the end only is kept. */
  private Participant(Participant same, Period period) {
    this.pathway = same.pathway;
    this.period = period;
    this.model = same.model;
    this.visits = same.visits;
    this.entryOn = same.entryOn;
    this.leftOn = same.leftOn;
  }

  public static Participant of(Pathway pathway, Period period, PathwayModel model) {
    return new Participant(pathway, period, model);
  }

  /**
   * This person over {@code period}: the same as {@link #of} with this pathway and model, but when
   * {@code period} ends on the same day as this one, what depends only on the end (the stages visited
   * by then, the entry, the leaving) is not computed again. A person's facts look at them over many
   * periods that share an end.
   */
  public Participant over(Period period) {
    requireNonNull(period, "period");
    return period.end().equals(this.period.end()) ? new Participant(this, period) : new Participant(pathway, period, model);
  }

  public Pathway pathway() {
    return pathway;
  }

  public Period period() {
    return period;
  }

  public PathwayModel model() {
    return model;
  }

  public Gender gender() {
    return pathway.profile().gender();
  }

  /** The contact through which the person was captured (their first contact). */
  public Contact captureContact() {
    return pathway.contacts().get(0);
  }

  public boolean capturedDuringPeriod() {
    return period.contains(pathway.capturedOn());
  }

  /** Whether the person was captured on or before the period's end: only then does a report count them. */
  public boolean capturedByEnd() {
    return !pathway.capturedOn().isAfter(period.end());
  }

  /** The site of the latest welcome on or before the period's end, else the site of the capture contact. */
  public Optional<SiteId> site() {
    Optional<SiteId> site = Optional.empty();
    for (Reception reception : pathway.receptions()) {
      if (!reception.on().isAfter(period.end())) {
        site = Optional.of(reception.siteId());
      }
    }
    return site.or(() -> captureContact().site());
  }

  /** Whether the person was welcomed at a site during the period (a first reception or a re-entry). */
  public boolean welcomedDuringPeriod() {
    for (Reception reception : pathway.receptions()) {
      if (period.contains(reception.on())) {
        return true;
      }
    }
    return false;
  }

  /** The answers to the satisfaction survey given during the period. */
  public List<SatisfactionResponse> satisfactionDuringPeriod() {
    List<SatisfactionResponse> answers = new java.util.ArrayList<>();
    for (SatisfactionAnswer answer : pathway.satisfactionAnswers()) {
      if (period.contains(answer.on())) {
        answers.add(answer.response());
      }
    }
    return answers;
  }

  /** The situation observed at the latest welcome on or before {@code day} that recorded one. */
  public Optional<Situation> entrySituationBefore(LocalDate day) {
    Optional<Situation> found = Optional.empty();
    for (Reception reception : pathway.receptions()) {
      if (!reception.on().isAfter(day) && reception.situation().isPresent()) {
        found = reception.situation();
      }
    }
    return found;
  }

  /** The latest situation observed on or after {@code day} (the exit's, or a later one). */
  public Optional<Situation> situationFrom(LocalDate day) {
    Optional<Situation> found = Optional.empty();
    for (ObservedSituation observed : pathway.situations()) {
      if (!observed.on().isBefore(day)) {
        found = Optional.of(observed.situation());
      }
    }
    return found;
  }

  /** The stages entered up to the end of the period, in order. */
  public List<StageVisit> visitsByEnd() {
    return visits;
  }

  /** The day of the first welcome (entry into the programme), if it was on or before the period's end. */
  public Optional<LocalDate> entryOn() {
    // Asked by nearly every rule of a report: computed once (a participant never changes).
    Optional<LocalDate> known = entryOn;
    if (known == null) {
      known = firstOn(Step.WELCOME);
      entryOn = known;
    }
    return known;
  }

  public boolean enteredDuringPeriod() {
    return entryOn().map(period::contains).orElse(false);
  }

  /** The age band at entry, when the birth year or the band is known. */
  public Optional<AgeBand> ageBandAtEntry() {
    return entryOn().flatMap(day -> pathway.profile().ageBandOn(day));
  }

  public Optional<EntryStatus> entryStatus() {
    return pathway.entryStatus();
  }

  /** Whether the pathway reached the model's stage for {@code step} by the period's end. */
  public boolean reachedByEnd(Step step) {
    return firstOn(step).isPresent();
  }

  /** The first day during the period on which the pathway entered the model's stage for {@code step}. */
  public Optional<LocalDate> firstReachedDuringPeriod(Step step) {
    Optional<Stage> stage = model.stageFor(step);
    if (stage.isPresent()) {
      for (StageVisit visit : visits) {
        if (visit.stage().equals(stage.get()) && period.contains(visit.on())) {
          return Optional.of(visit.on());
        }
      }
    }
    return Optional.empty();
  }

  public boolean reachedDuringPeriod(Step step) {
    return firstReachedDuringPeriod(step).isPresent();
  }

  /** The stage the pathway was at on the period's last day. */
  public Stage stageAtEnd() {
    return visits.isEmpty() ? pathway.stageHistory().get(0).stage() : visits.get(visits.size() - 1).stage();
  }

  /**
   * The day the person left: their latest move into a closed stage on or before the period's end, if
   * they had not re-entered by then.
   */
  public Optional<LocalDate> leftOn() {
    Optional<LocalDate> known = leftOn;
    if (known == null) {
      StageVisit last = visits.isEmpty() ? null : visits.get(visits.size() - 1);
      known = last != null && model.isClosed(last.stage()) ? Optional.of(last.on()) : Optional.empty();
      leftOn = known;
    }
    return known;
  }

  public boolean leftDuringPeriod() {
    return leftOn().map(period::contains).orElse(false);
  }

  /** The stage the person left through (exited, lost contact, dropped out), if they left. */
  public Optional<Stage> leftThrough() {
    return leftOn().map(day -> visits.get(visits.size() - 1).stage());
  }

  /**
   * The exit recorded when the person left, with its follow-ups; empty if they have not left or left
   * without an exit (a lost contact, a drop-out).
   */
  public Optional<Exit> exit() {
    Optional<LocalDate> left = leftOn();
    if (left.isEmpty() || !leftThrough().equals(model.stageFor(Step.EXIT))) {
      return Optional.empty();
    }
    List<Exit> exits = pathway.exits();
    for (int i = exits.size() - 1; i >= 0; i--) {
      if (exits.get(i).on().equals(left.get())) {
        return Optional.of(exits.get(i));
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> firstOn(Step step) {
    Optional<Stage> stage = model.stageFor(step);
    if (stage.isPresent()) {
      for (StageVisit visit : visits) {
        if (visit.stage().equals(stage.get())) {
          return Optional.of(visit.on());
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Participant{" + pathway.beneficiaryId() + ", period " + period.start() + " to " + period.end() + "}";
  }
}
