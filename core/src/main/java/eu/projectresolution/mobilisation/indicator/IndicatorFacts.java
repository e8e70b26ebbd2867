package eu.projectresolution.mobilisation.indicator;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.hash.Hashing;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.outcome.OutcomeCategory;
import eu.projectresolution.mobilisation.outcome.OutcomeRule;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.Participant;
import eu.projectresolution.mobilisation.outcome.RuleSet;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.Exit;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.Referral;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.StageVisit;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.port.FactCell;
import eu.projectresolution.mobilisation.port.PersonFacts;
import eu.projectresolution.mobilisation.port.Tally;
import eu.projectresolution.mobilisation.programme.BeforeAfterMeasure;
import eu.projectresolution.mobilisation.programme.FollowUpWindow;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.SituationAnswer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

// Over 400 lines: the facts are one definition read two ways, and both halves must agree number by
// number: computing a person's cells and tallies (what each figure counts of them), and adding tallies
// back up into a report's totals. Split apart, the layout of a tally would live in two places.
/**
 * The definitions under which each person's {@link PersonFacts} are computed, when their pathway
 * changes, and read back, when a report adds them up: the pathway model's stages, the registered
 * outcome rules, and what the person's programme declares it follows up (its before/after measures and
 * follow-up moments: {@link #declaredBy(Programme)}). The engine computes a person's facts with {@link #compute} in the same atomic step as
 * the events; {@link IndicatorReports} adds up the {@link Tally tallies} the store counts.
 *
 * <p>How: every figure compares the report period's start and end with the dates of the person's
 * records. Between two consecutive such dates nothing can change, so the person's {@link Participant}
 * is classified once per cell of start and end dates (a few per person), and each cell keeps what the
 * person adds to every figure of a report whose period falls in it. An outcome rule must therefore use
 * the period only by comparing its start and end with the dates of the records, which every shipped
 * rule does (see {@link OutcomeRule}).
 *
 * <p>The {@link #basis()} names these definitions: facts computed under another basis (another rule
 * set version, another model, a programme that changed its declarations) are computed again before a
 * report counts them ({@code MobilisationEngine.rebuildFacts}). Immutable and thread-safe.
 */
public final class IndicatorFacts {
  /** The version of the tally's layout below: a change of layout changes every basis. */
  private static final int LAYOUT = 1;

  static final int CAPTURED = 0;
  static final int CHANNEL = 1;
  static final int FUNNEL = 2;
  static final int STAGE_AT_END = 3;
  static final int ATTENDANCES = 4;
  static final int WELCOMED = 5;
  static final int REFERRALS = 6;
  static final int REFERRALS_STARTED = 7;
  static final int REFERRED = 8;
  static final int ACCOMPANIED = 9;
  static final int ATTENDED_BY_ACCOMPANIED = 10;
  static final int HELD_OR_MISSED = 11;
  static final int MISSED = 12;
  static final int RESPONSES = 13;
  static final int SATISFIED = 14;
  /**
   * The before/after situations of the cohort as bits, -1 outside it: one bit per side of each
   * before/after measure that reads one, in the order of the measures, at entry before after exit.
   */
  static final int BEFORE_AFTER = 15;
  static final int GENDER = 16;
  /** Bit {@code g.ordinal()} set when the person belongs to target group {@code g}. */
  static final int TARGET_GROUPS = 17;
  /**
   * Then one 0/1 per stage of the model (entered during the period), then one category index per rule,
   * then one number per follow-up moment the programme declares: -1 for a person who did not leave
   * through an exit during the period, else the {@code FOLLOWED_UP}... bits of their latest follow-up
   * at that moment (0 for none).
   */
  static final int ENTERED = 18;

  static final int FOLLOWED_UP = 1;
  static final int FOLLOWED_UP_EMPLOYED = 2;
  static final int FOLLOWED_UP_IN_TRAINING = 4;
  static final int FOLLOWED_UP_JOB_SEARCHING = 8;

  private static final List<Step> FUNNEL_STEPS =
      List.of(Step.WELCOME, Step.ORIENTATION, Step.ACCOMPANIMENT, Step.EXIT);

  private final PathwayModel model;
  private final OutcomeRules rules;
  private final List<OutcomeRule> ruleList;
  private final List<Stage> stages;
  /** Each stage's position in {@link #stages}. */
  private final Map<Stage, Integer> stageIndex;
  private final List<Stage> funnelStages;
  private final Optional<Stage> accompaniment;
  /** The before/after measures whose bits the tallies hold. */
  private final List<BeforeAfterMeasure> measures;
  /** The follow-up moments the tallies hold a number for: those the programme declares, or none. */
  private final List<FollowUpWindow> moments;
  private final String basis;
  /** The tallies built so far, each once (see {@link #tallyOf}). */
  private final ConcurrentMap<TallyValues, Tally> tallies = new ConcurrentHashMap<>();
  /** The definitions of a programme's declarations, kept by the definitions without any ({@link #of}). */
  private final Cache<Declared, IndicatorFacts> declared;

  /** What a programme declares that the facts depend on. */
  private record Declared(List<BeforeAfterMeasure> measures, List<FollowUpWindow> moments) {}

  private IndicatorFacts(PathwayModel model, OutcomeRules rules, Declared declarations, IndicatorFacts root) {
    this.model = model;
    this.rules = rules;
    this.measures = declarations.measures();
    this.moments = declarations.moments();
    this.declared = root == null ? CacheBuilder.newBuilder().maximumSize(256).build() : root.declared;
    this.ruleList = rules.ruleSets().stream().flatMap(s -> s.rules().stream()).toList();
    this.stages = List.copyOf(model.stages());
    Map<Stage, Integer> index = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      index.put(stages.get(i), i);
    }
    this.stageIndex = Map.copyOf(index);
    this.funnelStages = FUNNEL_STEPS.stream().flatMap(step -> model.stageFor(step).stream()).toList();
    this.accompaniment = model.stageFor(Step.ACCOMPANIMENT);
    this.basis = basisOf();
  }

  /**
   * The definitions of facts for records following {@code model}, classified by {@code rules}, of a
   * programme that declares no before/after measure nor follow-up moment (SIPA's measures, no follow-up
   * figures).
   */
  public static IndicatorFacts of(PathwayModel model, OutcomeRules rules) {
    return new IndicatorFacts(requireNonNull(model, "model"), requireNonNull(rules, "rules"),
        new Declared(BeforeAfterMeasure.SIPA, List.of()), null);
  }

  /**
   * These definitions for the people of {@code programme}: with its before/after measures and the
   * follow-up moments it declares. The same definitions for a programme that declares none; equal
   * declarations give the same {@link #basis()}, and a change of them another.
   *
   * <pre>{@code
   * String basis = engine.indicatorFacts().declaredBy(programme).basis();
   * }</pre>
   */
  public IndicatorFacts declaredBy(Programme programme) {
    requireNonNull(programme, "programme");
    Declared declarations = new Declared(programme.beforeAfterMeasuresInForce(), programme.followUps());
    if (declarations.equals(new Declared(measures, moments))) {
      return this;
    }
    try {
      return declared.get(declarations, () -> new IndicatorFacts(model, rules, declarations, this));
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not define the facts of programme " + programme.id(), e.getCause());
    }
  }

  /** The before/after measures whose figures the reports of these facts give. */
  public List<BeforeAfterMeasure> beforeAfterMeasures() {
    return measures;
  }

  /** The follow-up moments whose figures the reports of these facts give (none for a programme that declares none). */
  public List<FollowUpWindow> followUpMoments() {
    return moments;
  }

  /**
   * A short name of these definitions (16 hexadecimal digits): facts computed under them carry it.
   * Equal definitions give equal names, in any JVM.
   */
  public String basis() {
    return basis;
  }

  public PathwayModel model() {
    return model;
  }

  public OutcomeRules rules() {
    return rules;
  }

  private String basisOf() {
    StringBuilder text = new StringBuilder();
    text.append("layout ").append(LAYOUT).append('\n');
    text.append("figures ").append(IndicatorReports.FIGURES.name()).append(' ').append(IndicatorReports.FIGURES.version()).append('\n');
    text.append("model ").append(model.name()).append(' ').append(stages).append(' ').append(funnelStages).append('\n');
    text.append("channels ").append(Arrays.toString(CaptureChannel.values())).append('\n');
    text.append("genders ").append(Arrays.toString(Gender.values())).append('\n');
    text.append("groups ").append(Arrays.toString(TargetGroup.values())).append('\n');
    for (RuleSet set : rules.ruleSets()) {
      text.append("set ").append(set.ref().name()).append(' ').append(set.ref().version()).append('\n');
      for (OutcomeRule rule : set.rules()) {
        text.append("rule ").append(rule.ref().name()).append(' ').append(rule.ref().version()).append(' ')
            .append(rule.categories().stream().map(OutcomeCategory::code).collect(Collectors.joining(",")))
            .append('\n');
      }
    }
    // Only what a programme declares beyond SIPA's defaults: the facts of a programme without
    // declarations keep the basis they always had.
    if (!measures.equals(BeforeAfterMeasure.SIPA)) {
      text.append("before-after");
      for (BeforeAfterMeasure measure : measures) {
        text.append(' ').append(measure.code()).append(':').append(measure.atEntry().map(SituationAnswer::code).orElse(""))
            .append(':').append(measure.afterExit().map(SituationAnswer::code).orElse(""));
      }
      text.append('\n');
    }
    if (!moments.isEmpty()) {
      text.append("follow-ups ").append(moments.stream().map(FollowUpWindow::moment).toList()).append('\n');
    }
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  /**
   * The facts of the person whose pathway is {@code pathway}, computed from it whole.
   *
   * @param outreachDates the day of each of the programme's outreach events (the person's attendance at
   *     one counts in the reports whose period holds its day); empty for an event the programme does not have
   */
  public PersonFacts compute(Pathway pathway, Function<OutreachEventId, Optional<LocalDate>> outreachDates) {
    requireNonNull(pathway, "pathway");
    requireNonNull(outreachDates, "outreachDates");
    List<Attendance> attendances = attendances(pathway, outreachDates);
    List<LocalDate> dates = new ArrayList<>(datesOf(pathway, attendances));
    LocalDate captured = pathway.capturedOn();
    List<FactCell> cells = new ArrayList<>();
    for (int j = 0; j < dates.size(); j++) {
      LocalDate end = dates.get(j);
      if (end.isBefore(captured)) {
        continue; // a report ending before the capture does not count the person
      }
      Optional<LocalDate> endTo = j + 1 < dates.size() ? Optional.of(dates.get(j + 1).minusDays(1)) : Optional.empty();
      FactCell.Builder open = null;
      int[] openTally = null;
      // What depends on the period's end only (the stages reached, the target groups) is computed once per end.
      Participant sameEnd = null;
      int groups = 0;
      for (int i = 0; i <= j + 1; i++) {
        LocalDate start;
        Optional<LocalDate> startFrom = i == 0 ? Optional.empty() : Optional.of(dates.get(i - 1).plusDays(1));
        Optional<LocalDate> startTo;
        LocalDate representativeEnd = end;
        if (i <= j) {
          start = dates.get(i);
          startTo = Optional.of(start);
        } else {
          // Periods starting after the segment's last date of the records, and ending within the segment.
          start = end.plusDays(1);
          if (endTo.isPresent() && start.isAfter(endTo.get())) {
            break;
          }
          representativeEnd = start;
          startTo = Optional.empty();
        }
        Period period = Period.of(start, representativeEnd);
        Participant participant;
        if (sameEnd != null && sameEnd.period().end().equals(representativeEnd)) {
          participant = sameEnd.over(period);
        } else {
          participant = Participant.of(pathway, period, model);
          sameEnd = participant;
          groups = targetGroups(participant);
        }
        int[] tally = tally(participant, attendances, groups);
        if (open != null && Arrays.equals(tally, openTally)) {
          open.startTo(startTo);
          continue;
        }
        if (open != null) {
          cells.add(open.build());
        }
        open = FactCell.builder()
            .startFrom(startFrom)
            .startTo(startTo)
            .endFrom(end)
            .endTo(endTo)
            .site(participant.site())
            .channel(participant.captureContact().channel())
            .tally(tallyOf(tally));
        openTally = tally;
      }
      if (open != null) {
        cells.add(open.build());
      }
    }
    return PersonFacts.builder()
        .beneficiaryId(pathway.beneficiaryId())
        .programmeId(pathway.programmeId())
        .basis(basis)
        .throughVersion(pathway.version())
        .cells(cells)
        .build();
  }

  /** One outreach event the person attended, on the event's day. */
  private record Attendance(OutreachEventId event, LocalDate on) {}

  private static List<Attendance> attendances(
      Pathway pathway, Function<OutreachEventId, Optional<LocalDate>> outreachDates) {
    List<Attendance> attended = new ArrayList<>();
    Set<OutreachEventId> seen = new HashSet<>();
    for (Contact contact : pathway.contacts()) {
      if (contact.outreachEvent().isPresent() && seen.add(contact.outreachEvent().get())) {
        OutreachEventId event = contact.outreachEvent().get();
        outreachDates.apply(event).ifPresent(day -> attended.add(new Attendance(event, day)));
      }
    }
    return attended;
  }

  /** Every date of the person's records that a period's start or end can be compared with. */
  private static TreeSet<LocalDate> datesOf(Pathway pathway, List<Attendance> attendances) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    pathway.stageHistory().forEach(v -> dates.add(v.on()));
    pathway.contacts().forEach(c -> dates.add(c.on()));
    pathway.receptions().forEach(r -> dates.add(r.on()));
    pathway.situations().forEach(s -> dates.add(s.on()));
    pathway.satisfactionAnswers().forEach(a -> dates.add(a.on()));
    for (Appointment appointment : pathway.appointments()) {
      dates.add(appointment.scheduledOn());
    }
    for (Referral referral : pathway.referrals()) {
      dates.add(referral.proposedOn());
      dates.add(referral.statusOn());
    }
    for (Exit exit : pathway.exits()) {
      dates.add(exit.on());
      exit.followUps().forEach(f -> dates.add(f.observedOn()));
    }
    attendances.forEach(a -> dates.add(a.on()));
    dates.add(pathway.lastEventOn());
    return dates;
  }

  /**
   * The tally of {@code values}, each distinct one built once: most people add one of a few thousand
   * tallies (the SIPA replay's 92,000 cells hold 19,000), and a tally kept once is boxed, hashed and
   * written out as text once, and held once by the stores that keep facts in memory.
   */
  private Tally tallyOf(int[] values) {
    TallyValues key = new TallyValues(values);
    Tally known = tallies.get(key);
    if (known != null) {
      return known;
    }
    Integer[] boxed = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    Tally tally = Tally.of(Arrays.asList(boxed));
    if (tallies.size() >= KEPT_TALLIES) {
      tallies.clear(); // a bound on the memory kept, reached only by programmes of very varied people
    }
    Tally raced = tallies.putIfAbsent(key, tally);
    return raced != null ? raced : tally;
  }

  /** How many distinct tallies {@link #tallyOf} keeps at most. */
  private static final int KEPT_TALLIES = 1 << 16;

  /** A tally's numbers, as the key of the tallies already built. */
  private record TallyValues(int[] values, int hash) {
    TallyValues(int[] values) {
      this(values, Arrays.hashCode(values));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof TallyValues that && hash == that.hash && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return Arrays.toString(values);
    }
  }

  /** What the participant adds to a report over their period, as a tally's numbers. */
  private int[] tally(Participant p, List<Attendance> attendances, int groups) {
    Period period = p.period();
    Pathway pathway = p.pathway();
    List<StageVisit> visits = p.visitsByEnd();
    int[] values = new int[tallySize()];
    boolean captured = p.capturedDuringPeriod();
    values[CAPTURED] = captured ? 1 : 0;
    values[CHANNEL] = p.captureContact().channel().ordinal();
    // Which stages were reached by the end, and entered during the period, in one pass over the visits.
    boolean[] reached = new boolean[stages.size()];
    LocalDate accompaniedFrom = null;
    for (StageVisit visit : visits) {
      Integer stage = stageIndex.get(visit.stage());
      if (stage == null) {
        continue;
      }
      reached[stage] = true;
      if (period.contains(visit.on())) {
        values[ENTERED + stage] = 1;
        if (accompaniedFrom == null && accompaniment.isPresent() && visit.stage().equals(accompaniment.get())) {
          accompaniedFrom = visit.on();
        }
      }
    }
    int funnel = 0;
    if (captured) {
      for (Stage stage : funnelStages) {
        if (!reached[stageIndex.get(stage)]) {
          break;
        }
        funnel++;
      }
    }
    values[FUNNEL] = funnel;
    values[STAGE_AT_END] = stageIndex.getOrDefault(p.stageAtEnd(), -1);
    int attended = 0;
    for (Attendance attendance : attendances) {
      attended += period.contains(attendance.on()) ? 1 : 0;
    }
    values[ATTENDANCES] = attended;
    values[WELCOMED] = p.welcomedDuringPeriod() ? 1 : 0;

    int referrals = 0;
    int started = 0;
    for (Referral referral : pathway.referrals()) {
      if (period.contains(referral.proposedOn())) {
        referrals++;
        if (referral.status() == ReferralStatus.STARTED && !referral.statusOn().isAfter(period.end())) {
          started++;
        }
      }
    }
    values[REFERRALS] = referrals;
    values[REFERRALS_STARTED] = started;
    values[REFERRED] = referrals > 0 ? 1 : 0;

    values[ACCOMPANIED] = accompaniedFrom != null ? 1 : 0;
    int attendedByAccompanied = 0;
    int heldOrMissed = 0;
    int missed = 0;
    for (Appointment appointment : pathway.appointments()) {
      if (accompaniedFrom != null
          && appointment.status() == AppointmentStatus.ATTENDED
          && !appointment.scheduledOn().isBefore(accompaniedFrom)
          && !appointment.scheduledOn().isAfter(period.end())) {
        attendedByAccompanied++;
      }
      if (period.contains(appointment.scheduledOn()) && appointment.status().held()) {
        heldOrMissed++;
        missed += appointment.status() == AppointmentStatus.NO_SHOW ? 1 : 0;
      }
    }
    values[ATTENDED_BY_ACCOMPANIED] = attendedByAccompanied;
    values[HELD_OR_MISSED] = heldOrMissed;
    values[MISSED] = missed;
    int satisfied = 0;
    List<SatisfactionResponse> answers = p.satisfactionDuringPeriod();
    for (SatisfactionResponse answer : answers) {
      satisfied += answer.satisfied() ? 1 : 0;
    }
    values[RESPONSES] = answers.size();
    values[SATISFIED] = satisfied;
    values[BEFORE_AFTER] = beforeAfter(p);
    values[GENDER] = p.gender().ordinal();
    values[TARGET_GROUPS] = groups;
    int first = ENTERED + stages.size();
    for (int r = 0; r < ruleList.size(); r++) {
      OutcomeRule rule = ruleList.get(r);
      values[first + r] = rule.categoryIndex().get(rule.classify(p).category());
    }
    first += ruleList.size();
    Optional<Exit> exit = p.leftDuringPeriod() ? p.exit() : Optional.empty();
    for (int m = 0; m < moments.size(); m++) {
      FollowUpMoment moment = FollowUpMoment.of(moments.get(m).moment());
      values[first + m] = exit.map(e -> followUpBits(e, moment)).orElse(-1);
    }
    return values;
  }

  /** The bits of the target groups the participant belongs to (see {@link #TARGET_GROUPS}): they depend on the period's end only. */
  private static int targetGroups(Participant p) {
    int groups = 0;
    for (TargetGroup group : TargetGroup.values()) {
      if (group.includes(p)) {
        groups |= 1 << group.ordinal();
      }
    }
    return groups;
  }

  private int tallySize() {
    return ENTERED + stages.size() + ruleList.size() + moments.size();
  }

  /** The bits of the latest follow-up of {@code exit} at {@code moment} (the later recorded of a day): 0 for none. */
  private static int followUpBits(Exit exit, FollowUpMoment moment) {
    FollowUp latest = null;
    for (FollowUp followUp : exit.followUps(moment)) {
      if (latest == null || !followUp.observedOn().isBefore(latest.observedOn())) {
        latest = followUp;
      }
    }
    if (latest == null) {
      return 0;
    }
    return FOLLOWED_UP
        | (latest.employed() ? FOLLOWED_UP_EMPLOYED : 0)
        | (latest.inEducationOrTraining() ? FOLLOWED_UP_IN_TRAINING : 0)
        | (latest.jobSearching() ? FOLLOWED_UP_JOB_SEARCHING : 0);
  }

  /**
   * The before/after situations as bits, for a person accompanied who left through an exit during the
   * period with their situation at entry and after exit recorded; -1 for anyone else.
   */
  private int beforeAfter(Participant p) {
    if (!p.leftDuringPeriod() || p.exit().isEmpty() || !p.reachedByEnd(Step.ACCOMPANIMENT)) {
      return -1;
    }
    LocalDate exitOn = p.exit().get().on();
    Optional<Situation> entry = p.entrySituationBefore(exitOn);
    Optional<Situation> after = p.situationFrom(exitOn);
    return entry.isEmpty() || after.isEmpty() ? -1 : beforeAfterBits(entry.get(), after.get());
  }

  // ---------------------------------------------------------------- reading tallies back

  /** The rules whose categories a tally holds, in the order it holds them. */
  List<OutcomeRule> ruleList() {
    return ruleList;
  }

  List<Stage> stages() {
    return stages;
  }

  List<Stage> funnelStages() {
    return funnelStages;
  }

  /** Whether the tally's person belongs to {@code group}. */
  static boolean inGroup(Tally tally, TargetGroup group) {
    return (tally.values().get(TARGET_GROUPS) & (1 << group.ordinal())) != 0;
  }

  /** Adds {@code people} people who each add {@code tally} to {@code totals}. */
  void add(Totals totals, Tally tally, long people) {
    List<Integer> v = tally.values();
    if (v.size() != tallySize()) {
      throw new IllegalStateException(
          "a tally of " + v.size() + " numbers does not fit facts basis " + basis + ": compute the facts again");
    }
    if (v.get(CAPTURED) == 1) {
      totals.captured += people;
      totals.capturedThrough.merge(CaptureChannel.values()[v.get(CHANNEL)], people, Long::sum);
      for (int i = 0; i < v.get(FUNNEL); i++) {
        totals.funnel[i] += people;
      }
    }
    totals.atStageAtEnd.merge(stages.get(v.get(STAGE_AT_END)), people, Long::sum);
    totals.attendances += v.get(ATTENDANCES) * people;
    totals.welcomed += v.get(WELCOMED) * people;
    totals.referrals += v.get(REFERRALS) * people;
    totals.referralsStarted += v.get(REFERRALS_STARTED) * people;
    totals.peopleReferred += v.get(REFERRED) * people;
    totals.accompanied += v.get(ACCOMPANIED) * people;
    totals.attendedByAccompanied += v.get(ATTENDED_BY_ACCOMPANIED) * people;
    totals.heldOrMissed += v.get(HELD_OR_MISSED) * people;
    totals.missed += v.get(MISSED) * people;
    totals.responses += v.get(RESPONSES) * people;
    totals.satisfied += v.get(SATISFIED) * people;
    int beforeAfter = v.get(BEFORE_AFTER);
    if (beforeAfter >= 0) {
      totals.addBeforeAfter(beforeAfter, people);
    }
    for (int s = 0; s < stages.size(); s++) {
      if (v.get(ENTERED + s) == 1) {
        totals.enteredStage.merge(stages.get(s), people, Long::sum);
      }
    }
    Gender gender = Gender.values()[v.get(GENDER)];
    int first = ENTERED + stages.size();
    for (int r = 0; r < ruleList.size(); r++) {
      totals.addDecision(r, gender, v.get(first + r), people);
    }
    first += ruleList.size();
    for (int m = 0; m < moments.size(); m++) {
      int bits = v.get(first + m);
      if (bits >= 0) {
        totals.addFollowUp(m, bits, people);
      }
    }
  }

  /** How many bits {@link #BEFORE_AFTER} holds: one per side read of each before/after measure. */
  int beforeAfterBitCount() {
    return measures.stream().mapToInt(m -> m.answers().size()).sum();
  }

  /** The before/after bits of a person's situation at entry and after exit (see {@link #BEFORE_AFTER}). */
  int beforeAfterBits(Situation entry, Situation after) {
    int value = 0;
    int bit = 0;
    for (BeforeAfterMeasure measure : measures) {
      if (measure.atEntry().isPresent()) {
        value |= entry.holds(measure.atEntry().get()) ? 1 << bit : 0;
        bit++;
      }
      if (measure.afterExit().isPresent()) {
        value |= after.holds(measure.afterExit().get()) ? 1 << bit : 0;
        bit++;
      }
    }
    return value;
  }

  @Override
  public String toString() {
    return "IndicatorFacts{basis " + basis + ", model " + model.name() + ", " + rules + ", before/after "
        + measures.stream().map(BeforeAfterMeasure::code).toList() + ", follow-ups "
        + moments.stream().map(FollowUpWindow::moment).toList() + "}";
  }
}
