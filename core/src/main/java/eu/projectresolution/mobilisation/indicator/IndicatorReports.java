package eu.projectresolution.mobilisation.indicator;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.outcome.OutcomeCategory.Standing;
import eu.projectresolution.mobilisation.outcome.OutcomeCategory;
import eu.projectresolution.mobilisation.outcome.OutcomeRate;
import eu.projectresolution.mobilisation.outcome.OutcomeRule;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import eu.projectresolution.mobilisation.outcome.RuleSet;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.privacy.ConsentPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.programme.Baseline;
import eu.projectresolution.mobilisation.programme.BeforeAfterMeasure;
import eu.projectresolution.mobilisation.programme.FollowUpWindow;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

// Over 400 lines: every figure of the indicator report (funnel, channels, outreach, outcomes by rule set,
// ESF+ by gender, costs) is defined here, with its numerator, denominator and rule, in the order a
// funder reads them. What each person adds is computed at write time (IndicatorFacts); this adds it up.
/**
 * Computes indicator reports from stored records: the {@link IndicatorSources} a store answers (the
 * programme, its dated activities, and its people's {@link IndicatorFacts facts}, added up by the
 * store), the {@link OutcomeRules} registered, and the {@link PathwayModel} (for its stages and steps).
 * No event is read and no person is looked at one by one: the report's cost grows with the distinct
 * tallies of its people, not with their events. A host
 * usually calls {@code MobilisationEngine.indicatorReport}, which uses one of these.
 *
 * <pre>{@code
 * IndicatorReports reports = IndicatorReports.builder()
 *     .sources(storage.indicatorSources())
 *     .outcomeRules(OutcomeRules.standard())
 *     .build();
 * ReportResult result = reports.compute(tenant, ReportScope.of(ProgrammeId.of("sipa-montbeliard")));
 * }</pre>
 *
 * <p>The figures' definitions, besides those of the outcome rules, are versioned as {@link #FIGURES}.
 * Stateless and thread-safe.
 */
public final class IndicatorReports {
  /** The definitions of the figures not produced by an outcome rule. */
  public static final RuleRef FIGURES = RuleRef.of("mobilisation.figures", 1);

  private static final List<Step> FUNNEL =
      List.of(Step.CAPTURE, Step.WELCOME, Step.ORIENTATION, Step.ACCOMPANIMENT, Step.EXIT);
  private static final List<FigureCode> FUNNEL_CODES =
      List.of(
          FigureCodes.FUNNEL_CAPTURED,
          FigureCodes.FUNNEL_WELCOMED,
          FigureCodes.FUNNEL_ORIENTED,
          FigureCodes.FUNNEL_ACCOMPANIED,
          FigureCodes.FUNNEL_EXITED);
  private static final List<Gender> GENDERS =
      List.of(Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.UNDECLARED);
  /** The engine's own words, from which the labels of the figures about a programme's declarations are made. */
  private static final FigureLabels ENGLISH = FigureLabels.of(Locale.ENGLISH);
  /** The label of a figure about a programme's declaration until {@code declared} labels it. */
  private static final String FROM_DECLARATION = "(labelled from the programme's declaration)";

  private final IndicatorSources sources;
  private final OutcomeRules rules;
  private final PathwayModel model;
  private final Clock clock;
  private final IndicatorFacts facts;
  /** The engine's own words for the stages: the model's English labels, else the bundle's names, else codes. */
  private final FigureLabels stageNames;

  private IndicatorReports(Builder builder) {
    this.sources = requireNonNull(builder.sources, "sources is missing: call builder().sources(...)");
    this.rules = builder.rules;
    this.model = builder.model;
    this.clock = builder.clock;
    this.facts = IndicatorFacts.of(model, rules);
    this.stageNames = FigureLabels.of(Locale.ENGLISH, model);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The report for {@code scope}, or a refusal: {@code UNKNOWN_PROGRAMME} (field {@code programmeId}),
   * {@code PERIOD_ENDS_BEFORE_START} ({@code end}), {@code UNKNOWN_SITE} ({@code site}) or {@code
   * CURRENCY_MISMATCH} ({@code budget}).
   */
  public ReportResult compute(TenantId tenant, ReportScope scope) {
    // Every read of the report in one state of the store, so that its figures agree with each other.
    return sources.inOneSnapshot(
        () -> compute(tenant, scope, (programme, period) -> fromFacts(tenant, scope, programme, period)));
  }

  /**
   * The definitions of the facts these reports add up, for a programme that declares no before/after
   * measure nor follow-up moment; {@code facts().declaredBy(programme)} for a programme that does.
   */
  public IndicatorFacts facts() {
    return facts;
  }

  /**
   * The counts behind the activity figures of the report for {@code scope} (funnel, stages, channels,
   * outreach, welcomes, referrals, appointments, satisfaction, activities), as the report adds them up.
   *
   * @throws ReportRefused if the report for {@code scope} is refused
   * @throws FactsOutOfDate as {@link #compute(TenantId, ReportScope)}
   */
  public IndicatorCounts counts(TenantId tenant, ReportScope scope) {
    IndicatorCounts[] counts = new IndicatorCounts[1];
    sources.inOneSnapshot(() -> compute(
            tenant, scope, (programme, period) -> fromFacts(tenant, scope, programme, period), c -> counts[0] = c))
        .orElseThrow();
    return counts[0];
  }

  /** The report for {@code scope}, its people's totals given by {@code totals}: the tests' reference gives its own. */
  ReportResult compute(TenantId tenant, ReportScope scope, BiFunction<Programme, Period, Totals> totals) {
    return compute(tenant, scope, totals, counts -> {});
  }

  private ReportResult compute(
      TenantId tenant, ReportScope scope, BiFunction<Programme, Period, Totals> totals,
      Consumer<IndicatorCounts> countsSeen) {
    requireNonNull(tenant, "tenant");
    requireNonNull(scope, "scope");
    Optional<Programme> found = sources.programme(tenant, scope.programmeId());
    if (found.isEmpty()) {
      return refuse(
          RefusalCode.UNKNOWN_PROGRAMME,
          "No programme " + scope.programmeId() + " is registered: report on a registered programme",
          "programmeId");
    }
    Programme programme = found.get();
    LocalDate from = scope.start().orElse(programme.period().start());
    LocalDate to = scope.end().orElse(programme.period().end());
    if (to.isBefore(from)) {
      return refuse(
          RefusalCode.PERIOD_ENDS_BEFORE_START,
          "The report period ends on " + to + ", before it starts on " + from
              + ": give an end on or after the start",
          scope.end().isPresent() ? "end" : "start");
    }
    if (scope.site().isPresent() && programme.site(scope.site().get()).isEmpty()) {
      return refuse(
          RefusalCode.UNKNOWN_SITE,
          "Programme " + programme.id() + " has no site " + scope.site().get() + ": narrow the report to one of its sites",
          "site");
    }
    if (scope.budget().isPresent()
        && programme.budget().isPresent()
        && !scope.budget().get().currency().equals(programme.budget().get().currency())) {
      return refuse(
          RefusalCode.CURRENCY_MISMATCH,
          "The budget is in " + scope.budget().get().currency() + " but programme " + programme.id()
              + " budgets in " + programme.budget().get().currency() + ": give it in "
              + programme.budget().get().currency(),
          "budget");
    }
    Period period = Period.of(from, to);
    Totals added = totals.apply(programme, period);
    IndicatorSources.ActivitiesHeld held = sources.activitiesHeld(tenant, programme.id(), period, scope.site());
    IndicatorCounts counts = added.counts(held.outreachEvents(), held.collaborativeActions(), held.siteEvents());
    countsSeen.accept(counts);
    Optional<Money> budget = scope.budget().or(programme::budget);
    Computation computation = new Computation(programme, period, counts, added, budget);
    computation.consents = scope.site().isPresent() || scope.channel().isPresent() || scope.targetGroup().isPresent()
        ? Optional.empty()
        : Optional.of(sources.consentRecords(tenant, programme.id(), period));
    computation.run();
    return ReportResult.of(
        IndicatorReport.builder()
            .programmeId(programme.id())
            .programmeName(programme.name())
            .period(period)
            .site(scope.site())
            .channel(scope.channel())
            .targetGroup(scope.targetGroup())
            .budget(budget)
            .figureDefinitions(FIGURES)
            .ruleSets(rules.ruleSets().stream().map(RuleSet::ref).toList())
            .figures(computation.figures)
            .computedAt(clock.instant())
            .build());
  }

  /**
   * Adds up the facts the store counts for the scope's people.
   *
   * @throws FactsOutOfDate if some of them have facts computed under other definitions, or none
   */
  private Totals fromFacts(TenantId tenant, ReportScope scope, Programme programme, Period period) {
    IndicatorFacts facts = this.facts.declaredBy(programme);
    Totals totals = new Totals(facts);
    long[] notUnderBasis = {0};
    sources.forEachTally(tenant, programme.id(), period, scope.site(), scope.channel(), count -> {
      if (!count.basis().equals(facts.basis())) {
        notUnderBasis[0] += count.people();
      } else if (scope.targetGroup().map(g -> IndicatorFacts.inGroup(count.tally(), g)).orElse(true)) {
        facts.add(totals, count.tally(), count.people());
      }
    });
    long outOfDate = notUnderBasis[0];
    if (outOfDate > 0) {
      throw new FactsOutOfDate(
          outOfDate + " people of programme " + programme.id() + " have facts computed under other definitions than"
              + " these rule sets, pathway model and programme declarations (basis " + facts.basis() + "), or stored without facts: compute"
              + " them again with MobilisationEngine.rebuildFacts(tenant, programme, progress), which indicatorReport does itself", outOfDate);
    }
    return totals;
  }

  private static ReportResult refuse(RefusalCode code, String message, String field) {
    return ReportResult.refused(Refusal.of(code, message, field));
  }

  /** One report being computed. */
  private final class Computation {
    final Programme programme;
    final Period period;
    final IndicatorCounts counts;
    final Totals totals;
    final Optional<Money> budget;
    /** The programme's consent records dated in the period; empty for a report narrowed to a site, channel or group. */
    Optional<List<ConsentRecord>> consents = Optional.empty();
    final List<Figure> figures = new ArrayList<>();

    Computation(Programme programme, Period period, IndicatorCounts counts, Totals totals, Optional<Money> budget) {
      this.programme = programme;
      this.period = period;
      this.counts = counts;
      this.totals = totals;
      this.budget = budget;
    }

    void run() {
      funnel();
      stages();
      capture();
      outreach();
      welcomeReferralAndAccompaniment();
      satisfaction();
      beforeAfter();
      followUps();
      activities();
      consents();
      int index = 0;
      for (RuleSet set : rules.ruleSets()) {
        for (OutcomeRule rule : set.rules()) {
          ruleFigures(set, rule, index++);
        }
      }
      targetsAndBaselines();
      costs();
    }

    private void funnel() {
      Long previous = null;
      int reached = 0;
      for (int i = 0; i < FUNNEL.size(); i++) {
        Step step = FUNNEL.get(i);
        FigureCode code = FUNNEL_CODES.get(i);
        String what = step == Step.CAPTURE
            ? "People captured (first contact) during the period"
            : "Of the people captured during the period, those who also reached the stage of step " + step
                + " (and every earlier step) by the period's end";
        if (model.stageFor(step).isEmpty()) {
          String reason = "the pathway model '" + model.name() + "' has no stage for step " + step;
          figures.add(notComputable(code, what, Unit.PEOPLE, FIGURES, reason));
          if (i > 0) {
            figures.add(notComputable(conversion(code), "Conversion to step " + step, Unit.PERCENT, FIGURES, reason));
          }
          continue;
        }
        long n = step == Step.CAPTURE ? counts.captured() : counts.funnel().get(reached++);
        figures.add(count(code, what, Unit.PEOPLE, n, previous));
        if (previous != null) {
          figures.add(
              share(conversion(code), "Conversion from the previous step of the funnel to step " + step, n, previous,
                  "no one reached the previous step of the funnel"));
        }
        previous = n;
      }
    }

    private FigureCode conversion(FigureCode code) {
      return FigureCode.of(code.value() + ".conversion");
    }

    private void stages() {
      for (Stage stage : model.stages()) {
        figures.add(count(FigureCodes.enteredStage(stage),
            "People who entered stage '" + stageNames.stageName(stage) + "' during the period",
            Unit.PEOPLE, counts.enteredStage().getOrDefault(stage, 0L), null));
      }
      for (Stage stage : model.stages()) {
        figures.add(count(FigureCodes.atStageAtEnd(stage),
            "People at stage '" + stageNames.stageName(stage) + "' on the period's last day",
            Unit.PEOPLE, counts.atStageAtEnd().getOrDefault(stage, 0L), null));
      }
    }

    private void capture() {
      long captured = counts.captured();
      long outside = 0;
      for (CaptureChannel channel : CaptureChannel.values()) {
        outside += channel.outsideSites() ? counts.capturedThrough(channel) : 0;
      }
      figures.add(
          count(FigureCodes.CAPTURED_OUTSIDE_SITES,
              "People captured during the period in their living places, outside the sites", Unit.PEOPLE, outside,
              captured));
      for (CaptureChannel channel : CaptureChannel.values()) {
        figures.add(
            count(FigureCodes.capturedThrough(channel), "People captured during the period through channel " + channel,
                Unit.PEOPLE, counts.capturedThrough(channel), captured));
      }
    }

    private void outreach() {
      long held = counts.outreachEventsHeld();
      long attendance = counts.outreachAttendances();
      figures.add(count(FigureCodes.OUTREACH_EVENTS, "Outreach events (Recrut'Cafés, stands...) held during the period",
          Unit.RECORDS, held, null));
      figures.add(count(FigureCodes.OUTREACH_ATTENDANCE,
          "Attendances at the outreach events held during the period (people on their attendance registers)",
          Unit.RECORDS, attendance, null));
      figures.add(average(FigureCodes.OUTREACH_ATTENDANCE_AVERAGE, "Average attendance per outreach event",
          attendance, held, "no outreach event was held during the period"));
    }

    private void welcomeReferralAndAccompaniment() {
      figures.add(count(FigureCodes.WELCOMED, "People welcomed at the sites during the period (first reception or re-entry)",
          Unit.PEOPLE, counts.welcomed(), null));
      long referrals = counts.referrals();
      figures.add(count(FigureCodes.REFERRALS, "Referrals to mainstream schemes proposed during the period",
          Unit.RECORDS, referrals, null));
      figures.add(count(FigureCodes.REFERRALS_STARTED,
          "Of the referrals proposed during the period, those started by the period's end", Unit.RECORDS,
          counts.referralsStarted(), referrals));
      figures.add(count(FigureCodes.PEOPLE_REFERRED, "People referred to a mainstream scheme during the period",
          Unit.PEOPLE, counts.peopleReferred(), null));
      long accompanied = counts.accompanied();
      figures.add(count(FigureCodes.ACCOMPANIED, "People whose adapted accompaniment started during the period",
          Unit.PEOPLE, accompanied, null));
      figures.add(average(FigureCodes.APPOINTMENTS_PER_ACCOMPANIMENT,
          "Appointments attended, by the period's end, per person whose accompaniment started during the period",
          counts.appointmentsAttendedByAccompanied(), accompanied, "no adapted accompaniment started during the period"));
      figures.add(share(FigureCodes.NO_SHOW_RATE,
          "Appointments scheduled during the period that the person missed, of those held or missed",
          counts.appointmentsMissed(), counts.appointmentsHeldOrMissed(),
          "no appointment scheduled during the period was held or missed"));
    }

    private void satisfaction() {
      figures.add(share(FigureCodes.SATISFACTION_RATE, "Satisfied answers to the satisfaction survey during the period",
          counts.satisfiedResponses(), counts.satisfactionResponses(),
          "no one answered the satisfaction survey during the period"));
    }

    /** Per side read of each before/after measure, the share of the cohort for whom its answer holds. */
    private void beforeAfter() {
      String empty = "no accompanied person who exited during the period has a situation recorded at entry";
      int bit = 0;
      for (BeforeAfterMeasure measure : totals.facts.beforeAfterMeasures()) {
        for (String side : List.of("at_entry", "after_exit")) {
          if ((side.equals("at_entry") ? measure.atEntry() : measure.afterExit()).isPresent()) {
            FigureCode code = FigureCode.of("before_after." + measure.code() + "." + side);
            figures.add(declared(share(code, FROM_DECLARATION, totals.beforeAfter[bit++], totals.beforeAfterCohort, empty),
                measure.labels()));
          }
        }
      }
    }

    /**
     * Per follow-up moment the programme declares, of the people who left through an exit during the
     * period: those followed up at that moment and, of them, by their latest follow-up then, those
     * employed, in education or training, and looking for a job.
     */
    private void followUps() {
      List<FollowUpWindow> moments = totals.facts.followUpMoments();
      for (int m = 0; m < moments.size(); m++) {
        FollowUpWindow moment = moments.get(m);
        String prefix = "follow_up." + FollowUpMoment.of(moment.moment()).figurePart() + ".";
        long[] counts = totals.followUps[m];
        long observed = counts[Totals.FOLLOW_UP_OBSERVED];
        String notObserved = "no one who left through an exit during the period was followed up at this moment";
        figures.add(declared(share(FigureCode.of(prefix + "reached"), FROM_DECLARATION, observed, counts[Totals.FOLLOW_UP_LEAVERS],
            "no one left through an exit during the period"), moment.labels()));
        figures.add(declared(share(FigureCode.of(prefix + "employed"), FROM_DECLARATION, counts[Totals.FOLLOW_UP_EMPLOYED], observed,
            notObserved), moment.labels()));
        figures.add(declared(share(FigureCode.of(prefix + "in_education_or_training"), FROM_DECLARATION,
            counts[Totals.FOLLOW_UP_IN_TRAINING], observed, notObserved), moment.labels()));
        figures.add(declared(share(FigureCode.of(prefix + "job_searching"), FROM_DECLARATION, counts[Totals.FOLLOW_UP_JOB_SEARCHING],
            observed, notObserved), moment.labels()));
      }
    }

    /**
     * {@code figure} about what the programme declares and names {@code name}, labelled in the engine's
     * words: by its own key if the bundle has one (SIPA's before/after figures), else by its family's
     * with the name, which the figure then carries for the labels in other languages.
     */
    private Figure declared(Figure figure, Map<Language, String> name) {
      String code = figure.code().value();
      Map<Language, String> subject = ENGLISH.hasOwnLabel(code) ? Map.of() : name;
      String label = ENGLISH.labelOf(code, subject).orElse(code);
      return Figure.builder().from(figure).label(label).subject(subject).build();
    }

    private void activities() {
      figures.add(count(FigureCodes.COLLABORATIVE_ACTIONS,
          "Collaborative actions conducted with partners during the period", Unit.RECORDS, counts.collaborativeActions(),
          null));
      figures.add(count(FigureCodes.SITE_EVENTS, "Events hosted at the sites during the period", Unit.RECORDS,
          counts.siteEvents(), null));
    }

    /**
     * Consents given and withdrawn during the period, per kind of purpose: records, not people (a person
     * who withdraws and gives again counts in both). A consent is not recorded at a site or through a
     * channel, so a narrowed report leaves them uncounted.
     */
    private void consents() {
      for (ConsentRecord.Change change : ConsentRecord.Change.values()) {
        for (ConsentPurpose.Kind kind : ConsentPurpose.Kind.values()) {
          FigureCode code = FigureCodes.consents(change, kind);
          String what = "Consents " + (change == ConsentRecord.Change.GIVEN ? "given" : "withdrawn")
              + " during the period to " + switch (kind) {
                case RECONTACT -> "being contacted again";
                case FOLLOW_UP_AFTER_EXIT -> "follow-up after exit";
                case SHARING_WITH_PARTNER -> "sharing with a named partner";
              };
          if (consents.isEmpty()) {
            figures.add(notComputable(code, what, Unit.RECORDS, FIGURES,
                "consents are counted for the whole programme, not for a site, a channel or a target group"));
          } else {
            long n = consents.get().stream().filter(r -> r.change() == change && r.purpose().kind() == kind).count();
            figures.add(count(code, what, Unit.RECORDS, n, null));
          }
        }
      }
    }

    private void ruleFigures(RuleSet set, OutcomeRule rule, int index) {
      List<List<Figure>> slices = new ArrayList<>();
      slices.add(ruleFigures(rule, index, Optional.empty()));
      if (set.genderBreakdown()) {
        for (Gender gender : GENDERS) {
          slices.add(ruleFigures(rule, index, Optional.of(gender)));
        }
      }
      // Each figure followed by its gender slices, so that a reader sees them together.
      for (int i = 0; i < slices.get(0).size(); i++) {
        for (List<Figure> slice : slices) {
          figures.add(slice.get(i));
        }
      }
    }

    private List<Figure> ruleFigures(OutcomeRule rule, int index, Optional<Gender> gender) {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (int c = 0; c < rule.categories().size(); c++) {
        long n = 0;
        for (Gender g : Gender.values()) {
          if (gender.isEmpty() || g == gender.get()) {
            n += totals.decided(index, g, c);
          }
        }
        counts.put(rule.categories().get(c).code(), n);
      }
      long counted = 0;
      long withdrawn = 0;
      for (OutcomeCategory category : rule.categories()) {
        if (category.standing() == Standing.COUNTED) {
          counted += counts.get(category.code());
        } else if (category.standing() == Standing.WITHDRAWN) {
          withdrawn += counts.get(category.code());
        }
      }
      String among = gender.map(g -> " (" + FigureCode.suffix(g).replace('_', ' ') + ")").orElse("");
      List<Figure> out = new ArrayList<>();
      if (rule.cohortFigure().isPresent()) {
        out.add(sliced(count(FigureCode.of(rule.cohortFigure().get()), rule.definition() + among, Unit.PEOPLE,
            rule.ref(), counted, null), gender));
      }
      for (OutcomeCategory category : rule.categories()) {
        if (category.figure().isPresent()) {
          long n = counts.get(category.code());
          long of = category.standing() == Standing.WITHDRAWN ? counted + withdrawn : counted;
          out.add(sliced(count(FigureCode.of(category.figure().get()), category.label() + among, Unit.PEOPLE,
              rule.ref(), n, of), gender));
        }
      }
      for (OutcomeRate rate : rule.rates()) {
        long n = rate.categories().stream().mapToLong(counts::get).sum();
        out.add(sliced(share(FigureCode.of(rate.figure()), rate.label() + among, rule.ref(), n, counted,
            "empty cohort" + among + ": no one is counted by rule " + rule.ref().name() + " for the period"), gender));
      }
      return out;
    }

    private Figure sliced(Figure figure, Optional<Gender> gender) {
      if (gender.isEmpty()) {
        return figure;
      }
      return Figure.builder().from(figure).code(figure.code().forGender(gender.get())).gender(gender).build();
    }

    private void targetsAndBaselines() {
      for (Measure measure : Measure.values()) {
        FigureCode code = FigureCodes.target(measure);
        String label = "Achieved against the declared target for " + measure + " (" + FigureCodes.achieved(measure) + ")";
        Optional<Target> target = programme.target(measure);
        Optional<Figure> achieved = achieved(measure);
        if (target.isEmpty()) {
          figures.add(notComputable(code, label, Unit.PERCENT_OF_TARGET, FIGURES, "no target is declared for " + measure));
        } else if (achieved.isEmpty()) {
          figures.add(notComputable(code, label, Unit.PERCENT_OF_TARGET, FIGURES,
              "no figure " + FigureCodes.achieved(measure) + " is computed (its rule set is not registered)"));
        } else if (target.get().value() == 0) {
          figures.add(notComputable(code, label, Unit.PERCENT_OF_TARGET, FIGURES, "the target for " + measure + " is 0"));
        } else {
          BigDecimal n = achieved.get().requireValue();
          BigDecimal of = BigDecimal.valueOf(target.get().value());
          figures.add(figure(code, label, Unit.PERCENT_OF_TARGET, FIGURES).value(percent(n, of)).numerator(n).denominator(of).build());
        }
      }
      for (Measure measure : Measure.values()) {
        FigureCode code = FigureCodes.growth(measure);
        Optional<Baseline> baseline = programme.baseline(measure);
        String label = "Change against the declared baseline for " + measure
            + baseline.map(b -> " (" + b.reference() + ")").orElse("");
        Optional<Figure> achieved = achieved(measure);
        if (baseline.isEmpty()) {
          figures.add(notComputable(code, label, Unit.PERCENT_CHANGE, FIGURES, "no baseline is declared for " + measure));
        } else if (achieved.isEmpty()) {
          figures.add(notComputable(code, label, Unit.PERCENT_CHANGE, FIGURES,
              "no figure " + FigureCodes.achieved(measure) + " is computed (its rule set is not registered)"));
        } else if (baseline.get().value() == 0) {
          figures.add(notComputable(code, label, Unit.PERCENT_CHANGE, FIGURES, "the baseline for " + measure + " is 0"));
        } else {
          BigDecimal n = achieved.get().requireValue();
          BigDecimal of = BigDecimal.valueOf(baseline.get().value());
          BigDecimal change = percent(n.subtract(of), of);
          figures.add(figure(code, label, Unit.PERCENT_CHANGE, FIGURES).value(change).numerator(n).denominator(of).build());
        }
      }
    }

    private Optional<Figure> achieved(Measure measure) {
      FigureCode code = FigureCodes.achieved(measure);
      return figures.stream().filter(f -> f.code().equals(code) && f.computable()).findFirst();
    }

    private void costs() {
      cost(FigureCodes.COST_PER_PERSON_CAPTURED, "Budget per person captured during the period", FigureCodes.FUNNEL_CAPTURED);
      cost(FigureCodes.COST_PER_PERSON_WELCOMED, "Budget per person welcomed during the period", FigureCodes.WELCOMED);
      cost(FigureCodes.COST_PER_PERSON_ACCOMPANIED, "Budget per person whose accompaniment started during the period",
          FigureCodes.ACCOMPANIED);
      cost(FigureCodes.COST_PER_POSITIVE_EXIT, "Budget per positive exit (rule sipa.positive_exit)",
          FigureCodes.SIPA_POSITIVE_EXITS);
    }

    private void cost(FigureCode code, String label, FigureCode per) {
      Optional<Figure> count = figures.stream().filter(f -> f.code().equals(per) && f.computable()).findFirst();
      if (budget.isEmpty()) {
        figures.add(moneyNotComputable(code, label, Optional.empty(),
            "no budget: the programme declares none and the report scope gives none"));
      } else if (count.isEmpty()) {
        figures.add(moneyNotComputable(code, label, budget, "no figure " + per + " is computed"));
      } else if (count.get().requireValue().signum() == 0) {
        figures.add(moneyNotComputable(code, label, budget, "no one is counted in " + per + " for the period"));
      } else {
        BigDecimal amount = budget.get().amount();
        BigDecimal n = count.get().requireValue();
        figures.add(figure(code, label, Unit.MONEY, FIGURES)
            .value(amount.divide(n, 2, RoundingMode.HALF_UP))
            .numerator(amount)
            .denominator(n)
            .currency(budget.get().currency())
            .build());
      }
    }

    private Figure moneyNotComputable(FigureCode code, String label, Optional<Money> money, String reason) {
      return figure(code, label, Unit.MONEY, FIGURES)
          .currency(money.map(Money::currency))
          .notComputableReason(reason)
          .build();
    }
  }

  // ---------------------------------------------------------------- figure factories

  private static Figure.Builder figure(FigureCode code, String label, Unit unit, RuleRef rule) {
    return Figure.builder().code(code).label(label).unit(unit).rule(rule);
  }

  private static Figure count(FigureCode code, String label, Unit unit, long n, Long denominator) {
    return count(code, label, unit, FIGURES, n, denominator);
  }

  private static Figure count(FigureCode code, String label, Unit unit, RuleRef rule, long n, Long denominator) {
    Figure.Builder figure =
        figure(code, label, unit, rule).value(BigDecimal.valueOf(n)).numerator(BigDecimal.valueOf(n));
    if (denominator != null) {
      figure.denominator(BigDecimal.valueOf(denominator));
    }
    return figure.build();
  }

  private static Figure share(FigureCode code, String label, long n, long of, String emptyReason) {
    return share(code, label, FIGURES, n, of, emptyReason);
  }

  private static Figure share(FigureCode code, String label, RuleRef rule, long n, long of, String emptyReason) {
    if (of == 0) {
      return notComputable(code, label, Unit.PERCENT, rule, emptyReason);
    }
    return figure(code, label, Unit.PERCENT, rule)
        .value(percent(BigDecimal.valueOf(n), BigDecimal.valueOf(of)))
        .numerator(BigDecimal.valueOf(n))
        .denominator(BigDecimal.valueOf(of))
        .build();
  }

  private static Figure average(FigureCode code, String label, long n, long of, String emptyReason) {
    if (of == 0) {
      return notComputable(code, label, Unit.AVERAGE, FIGURES, emptyReason);
    }
    return figure(code, label, Unit.AVERAGE, FIGURES)
        .value(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP))
        .numerator(BigDecimal.valueOf(n))
        .denominator(BigDecimal.valueOf(of))
        .build();
  }

  private static Figure notComputable(FigureCode code, String label, Unit unit, RuleRef rule, String reason) {
    return figure(code, label, unit, rule).notComputableReason(reason).build();
  }

  /** {@code n / of} in percent, one decimal, half up. */
  private static BigDecimal percent(BigDecimal n, BigDecimal of) {
    return n.multiply(BigDecimal.valueOf(100)).divide(of, 1, RoundingMode.HALF_UP);
  }

  /** Configures an {@link IndicatorReports}. */
  public static final class Builder {
    private IndicatorSources sources;
    private OutcomeRules rules = OutcomeRules.standard();
    private PathwayModel model = PathwayModel.sipa();
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /** What the reports read (required): usually {@code storage.indicatorSources()}. */
    public Builder sources(IndicatorSources sources) {
      this.sources = requireNonNull(sources, "sources");
      return this;
    }

    /** The rule sets to apply; defaults to {@link OutcomeRules#standard()}. */
    public Builder outcomeRules(OutcomeRules rules) {
      this.rules = requireNonNull(rules, "rules");
      return this;
    }

    /** The pathway model the records follow; defaults to {@link PathwayModel#sipa()}. */
    public Builder pathwayModel(PathwayModel model) {
      this.model = requireNonNull(model, "model");
      return this;
    }

    /** The clock that dates the reports; defaults to the system clock. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    public IndicatorReports build() {
      return new IndicatorReports(this);
    }
  }
}
