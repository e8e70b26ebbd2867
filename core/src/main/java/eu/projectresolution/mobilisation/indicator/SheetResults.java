package eu.projectresolution.mobilisation.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.practice.Impact;
import eu.projectresolution.mobilisation.practice.LocalizedText;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.ResultOrigin;
import eu.projectresolution.mobilisation.practice.ResultStatement;
import eu.projectresolution.mobilisation.programme.Baseline;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.Programme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An indicator report written as the results section of a practice sheet: each measured figure as a
 * sentence in French and in English, marked {@link ResultOrigin#COMPUTED}, so that a toolkit author
 * fills the sheet from what the engine measured instead of copying numbers by hand.
 *
 * <pre>{@code
 * IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(sipa.id())).orElseThrow();
 * PracticeSheet filled = SheetResults.of(report)
 *     .withShortName("SIPA")      // « sur les sites SIPA », "at the SIPA sites"
 *     .withBaselinesOf(sipa)      // names the baseline's year: « qu'en 2015 », "than in 2015"
 *     .fill(SipaPracticeSheet.load());
 * // « 17 000 personnes accueillies sur les sites SIPA, soit 24 % de plus qu'en 2015 »
 * // "17,000 people welcomed at the SIPA sites, 24% more than in 2015"
 * }</pre>
 *
 * <h2>The sentences</h2>
 *
 * In this order, one statement each, when its figures are in the report and computable:
 *
 * <ol>
 *   <li>for each {@link Measure} a programme declares targets and baselines for, the count of {@link
 *       FigureCodes#achieved(Measure)}: people captured outside the sites, outreach events, people
 *       welcomed, referrals, people referred, people given adapted accompaniment, then positive exits
 *       out of the people accompanied with their rate ({@code sipa.positive_exits}, {@code
 *       sipa.positive_exit_rate}). Each is followed by the change against the programme's baseline
 *       ({@link FigureCodes#growth(Measure)}) and the share of its target ({@link
 *       FigureCodes#target(Measure)}) when those are computable: « 2 124 orientations vers des
 *       dispositifs de droit commun, soit 70,8 % de l'objectif de 3 000 ». The statement lists its
 *       measure in {@link ResultStatement#measures()};
 *   <li>the satisfaction rate, with the satisfied answers out of all answers;
 *   <li>three before/after pairs among the people who exited after an accompaniment: registration with
 *       the public employment service at entry and at or after exit; never accompanied before the
 *       programme and accompanied by another scheme at or after exit; membership of a local
 *       association at entry and at or after exit;
 *   <li>collaborative actions and events at the sites (with their change and target, as in 1);
 *   <li>the costs per person captured, welcomed and accompanied, and per positive exit.
 * </ol>
 *
 * <p><b>A figure that is not computable yields no sentence</b>, and a sentence made of several figures
 * (positive exits and their rate, a before/after pair) needs all of them: a sheet never states a result
 * the records do not support. The report keeps the reason in {@link Figure#notComputableReason()}. A
 * change or a target that is not computable only drops its clause.
 *
 * <h2>Numbers</h2>
 *
 * One convention per language, fixed rather than taken from the JVM's locale data (the Unicode CLDR
 * conventions for {@code fr} and {@code en} as Java 17 ships them):
 *
 * <ul>
 *   <li>French: a narrow no-break space (U+202F) groups thousands, a comma marks decimals, a no-break
 *       space (U+00A0) comes before "%" and before the euro sign, which follows the amount: {@code 17 000},
 *       {@code 46,4 %}, {@code 2 544,82 €}; as French typography asks, a colon has a no-break space
 *       before it too;
 *   <li>English: a comma groups thousands, a point marks decimals, "%" follows the number without a
 *       space, as English style guides and CLDR write it, and the euro sign comes before the amount:
 *       {@code 17,000}, {@code 46.4%}, {@code €2,544.82}.
 * </ul>
 *
 * Counts are whole numbers; percentages keep the report's one decimal, dropping a trailing zero
 * ({@code 24 %}, {@code 46,4 %}); amounts have two decimals. A currency other than the euro is written
 * with its ISO code ({@code 80,39 CHF}, {@code CHF 80.39}). French nouns agree with the count as CLDR's
 * French plural rule says (0 and 1 are singular), English ones as English does (only 1).
 *
 * <h2>Scope</h2>
 *
 * A sheet's results speak of the whole practice, so only a report on a whole programme (over any
 * period) can be written: a report narrowed to a site, a capture channel or a target group is refused.
 * Instances are immutable and thread-safe.
 *
 * <p>This class lives beside the report rather than in the {@code practice} package because the
 * storage ports speak of practice sheets and the reports read those ports: a sheet depending on
 * reports would close a package cycle.
 */
public final class SheetResults {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final NumberStyle FR = NumberStyle.FRENCH;
  private static final NumberStyle EN = NumberStyle.ENGLISH;
  private static final Noun PEOPLE_ACCOMPANIED =
      new Noun("personne accompagnée", "personnes accompagnées", "person accompanied", "people accompanied");
  private static final Noun PEOPLE = new Noun("personne", "personnes", "person", "people");

  private final IndicatorReport report;
  private final Optional<String> shortName;
  private final List<Baseline> baselines;

  private SheetResults(IndicatorReport report, Optional<String> shortName, List<Baseline> baselines) {
    this.report = report;
    this.shortName = shortName;
    this.baselines = baselines;
  }

  /**
   * The results of {@code report}, which must cover a whole programme.
   *
   * @throws IllegalArgumentException if the report is narrowed to a site, a channel or a target group
   */
  public static SheetResults of(IndicatorReport report) {
    requireNonNull(report, "report");
    String narrowed =
        report.site().map(s -> "site " + s)
            .or(() -> report.channel().map(c -> "capture channel " + c))
            .or(() -> report.targetGroup().map(g -> "target group " + g))
            .orElse(null);
    checkArgument(
        narrowed == null,
        "the report on programme %s is narrowed to %s, but a practice sheet's results speak of the whole practice: "
            + "compute the report without a site, channel or target group, e.g. ReportScope.of(programmeId)",
        report.programmeId(),
        narrowed);
    return new SheetResults(report, Optional.empty(), List.of());
  }

  /**
   * These results naming the sites and the programme by {@code shortName}: « sur les sites SIPA »,
   * "at the SIPA sites", « avant SIPA », "before SIPA". Without it, the sentences say « sur les sites »,
   * "at the sites", « avant le programme », "before the programme".
   */
  public SheetResults withShortName(String shortName) {
    return new SheetResults(report, Optional.of(Checks.checkNotBlank(shortName, "shortName").strip()), baselines);
  }

  /**
   * These results naming the year of {@code programme}'s baselines in the change clauses: « soit 24 %
   * de plus qu'en 2015 ». A baseline is named when its {@link Baseline#reference()} is a year and its
   * value is the one the report's change was computed against; otherwise the sentence says « que la
   * référence déclarée (13 710) », "than the declared baseline (13,710)".
   *
   * @throws IllegalArgumentException if {@code programme} is not the report's
   */
  public SheetResults withBaselinesOf(Programme programme) {
    requireNonNull(programme, "programme");
    checkArgument(
        programme.id().equals(report.programmeId()),
        "the report is on programme %s, not on %s: give the programme the report was computed for",
        report.programmeId(),
        programme.id());
    return new SheetResults(report, shortName, List.copyOf(programme.baselines()));
  }

  /** The computed result statements, in the order of the class comment. */
  public List<ResultStatement> statements() {
    List<ResultStatement> out = new ArrayList<>();
    String sites = shortName.map(n -> "sites " + n).orElse("sites");
    String enSites = shortName.map(n -> n + " sites").orElse("sites");
    count(out, Measure.PEOPLE_CAPTURED_OUTSIDE_SITES,
        new Noun("personne captée sur son lieu de vie, en dehors des " + sites,
            "personnes captées sur leurs lieux de vie, en dehors des " + sites,
            "person captured in their living place, outside the " + enSites,
            "people captured in their living places, outside the " + enSites));
    count(out, Measure.OUTREACH_EVENTS,
        new Noun("événement d'aller-vers organisé", "événements d'aller-vers organisés",
            "outreach event held", "outreach events held"));
    count(out, Measure.PEOPLE_WELCOMED,
        new Noun("personne accueillie sur les " + sites, "personnes accueillies sur les " + sites,
            "person welcomed at the " + enSites, "people welcomed at the " + enSites));
    count(out, Measure.REFERRALS,
        new Noun("orientation vers un dispositif de droit commun", "orientations vers des dispositifs de droit commun",
            "referral to a mainstream scheme", "referrals to mainstream schemes"));
    count(out, Measure.PEOPLE_REFERRED,
        new Noun("personne orientée vers les dispositifs de droit commun",
            "personnes orientées vers les dispositifs de droit commun",
            "person referred to mainstream schemes", "people referred to mainstream schemes"));
    count(out, Measure.PEOPLE_ACCOMPANIED,
        new Noun("personne ayant bénéficié d'un accompagnement adapté",
            "personnes ayant bénéficié d'un accompagnement adapté",
            "person given adapted accompaniment", "people given adapted accompaniment"));
    positiveExits(out);
    satisfaction(out);
    String programme = shortName.orElse("le programme");
    String enProgramme = shortName.orElse("the programme");
    beforeAfter(out, FigureCodes.PES_REGISTRATION_AT_ENTRY, FigureCodes.PES_REGISTRATION_AFTER_EXIT,
        "%s des personnes sorties après un accompagnement étaient inscrites au service public de l'emploi à leur "
            + "entrée, %s à leur sortie ou après",
        "%s of the people who exited after an accompaniment were registered with the public employment service at "
            + "entry, %s at or after exit");
    beforeAfter(out, FigureCodes.NEVER_ACCOMPANIED_BEFORE, FigureCodes.ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER_EXIT,
        "%s des personnes sorties après un accompagnement n'avaient jamais été accompagnées avant " + programme
            + ", %s étaient accompagnées par un autre dispositif à leur sortie ou après",
        "%s of the people who exited after an accompaniment had never been accompanied before " + enProgramme
            + ", %s were accompanied by another scheme at or after exit");
    beforeAfter(out, FigureCodes.ASSOCIATION_MEMBERSHIP_AT_ENTRY, FigureCodes.ASSOCIATION_MEMBERSHIP_AFTER_EXIT,
        "%s des personnes sorties après un accompagnement étaient membres d'une association locale à leur entrée, "
            + "%s à leur sortie ou après",
        "%s of the people who exited after an accompaniment were members of a local association at entry, "
            + "%s at or after exit");
    count(out, Measure.COLLABORATIVE_ACTIONS,
        new Noun("action collaborative conduite avec les partenaires", "actions collaboratives conduites avec les partenaires",
            "collaborative action conducted with partners", "collaborative actions conducted with partners"));
    count(out, Measure.SITE_EVENTS,
        new Noun("événement sur les " + sites, "événements sur les " + sites,
            "event at the " + enSites, "events at the " + enSites));
    cost(out, FigureCodes.COST_PER_PERSON_CAPTURED, "par personne captée", "per person captured");
    cost(out, FigureCodes.COST_PER_PERSON_WELCOMED, "par personne accueillie", "per person welcomed");
    cost(out, FigureCodes.COST_PER_PERSON_ACCOMPANIED, "par personne accompagnée", "per person accompanied");
    cost(out, FigureCodes.COST_PER_POSITIVE_EXIT, "par sortie positive", "per positive exit");
    return List.copyOf(out);
  }

  /**
   * {@code sheet} with its results section filled: the {@link ResultOrigin#DECLARED} statements kept as
   * they are and in their order, every earlier {@link ResultOrigin#COMPUTED} one replaced by {@link
   * #statements()}, which follow the declared ones. Filling twice from the same report gives the same
   * sheet. The rest of the sheet is untouched.
   */
  public PracticeSheet fill(PracticeSheet sheet) {
    requireNonNull(sheet, "sheet");
    List<ResultStatement> results = new ArrayList<>();
    sheet.impact().results().stream().filter(r -> r.origin() == ResultOrigin.DECLARED).forEach(results::add);
    results.addAll(statements());
    Impact impact = Impact.builder().from(sheet.impact()).results(results).build();
    return PracticeSheet.builder().from(sheet).impact(impact).build();
  }

  // ------------------------------------------------------------------------------------ sentences

  private void count(List<ResultStatement> out, Measure measure, Noun noun) {
    computable(FigureCodes.achieved(measure))
        .ifPresent(figure -> {
          BigDecimal n = figure.requireValue();
          out.add(withClauses(noun.fr(n), noun.en(n), measure));
        });
  }

  private void positiveExits(List<ResultStatement> out) {
    Optional<Figure> exits = computable(FigureCodes.SIPA_POSITIVE_EXITS);
    Optional<Figure> rate = computable(FigureCodes.SIPA_POSITIVE_EXIT_RATE);
    if (exits.isEmpty() || rate.isEmpty() || rate.get().denominator().isEmpty()) {
      return;
    }
    Noun noun = new Noun("sortie positive", "sorties positives", "positive exit", "positive exits");
    BigDecimal n = exits.get().requireValue();
    BigDecimal cohort = rate.get().denominator().get();
    BigDecimal percent = rate.get().requireValue();
    out.add(withClauses(
        noun.fr(n) + " sur " + PEOPLE_ACCOMPANIED.fr(cohort) + " (" + FR.percent(percent) + ")",
        noun.en(n) + " out of " + PEOPLE_ACCOMPANIED.en(cohort) + " (" + EN.percent(percent) + ")",
        Measure.POSITIVE_EXITS));
  }

  private void satisfaction(List<ResultStatement> out) {
    computable(FigureCodes.SATISFACTION_RATE)
        .ifPresent(figure -> {
          BigDecimal percent = figure.requireValue();
          String fr = FR.percent(percent) + " de réponses satisfaites à l'enquête de satisfaction";
          String en = EN.percent(percent) + " satisfied answers to the satisfaction survey";
          if (figure.numerator().isPresent() && figure.denominator().isPresent()) {
            BigDecimal n = figure.numerator().get();
            BigDecimal of = figure.denominator().get();
            fr += " (" + FR.number(n) + " sur " + FR.number(of) + ")";
            en += " (" + EN.number(n) + " out of " + EN.number(of) + ")";
          }
          out.add(ResultStatement.computed(LocalizedText.frEn(fr, en)));
        });
  }

  private void beforeAfter(
      List<ResultStatement> out, FigureCode atEntry, FigureCode afterExit, String frTemplate, String enTemplate) {
    Optional<Figure> before = computable(atEntry);
    Optional<Figure> after = computable(afterExit);
    if (before.isEmpty() || after.isEmpty()) {
      return;
    }
    BigDecimal a = before.get().requireValue();
    BigDecimal b = after.get().requireValue();
    String fr = String.format(frTemplate, FR.percent(a), FR.percent(b));
    String en = String.format(enTemplate, EN.percent(a), EN.percent(b));
    Optional<BigDecimal> cohort = before.get().denominator();
    if (cohort.isPresent()) {
      fr += " (" + PEOPLE.fr(cohort.get()) + ")";
      en += " (" + PEOPLE.en(cohort.get()) + ")";
    }
    out.add(ResultStatement.computed(LocalizedText.frEn(fr, en)));
  }

  private void cost(List<ResultStatement> out, FigureCode code, String frPer, String enPer) {
    computable(code)
        .filter(f -> f.currency().isPresent())
        .ifPresent(figure -> {
          BigDecimal amount = figure.requireValue();
          out.add(ResultStatement.computed(LocalizedText.frEn(
              "Coût " + frPer + NumberStyle.NO_BREAK_SPACE + ": " + FR.money(amount, figure.currency().get()),
              "Cost " + enPer + ": " + EN.money(amount, figure.currency().get()))));
        });
  }

  /** The sentence followed by the change against the baseline and the share of the target, if computable. */
  private ResultStatement withClauses(String fr, String en, Measure measure) {
    List<String> frClauses = new ArrayList<>();
    List<String> enClauses = new ArrayList<>();
    computable(FigureCodes.growth(measure)).ifPresent(growth -> {
      BigDecimal change = growth.requireValue();
      Optional<BigDecimal> base = growth.denominator();
      int direction = growth.numerator().isPresent() && base.isPresent()
          ? growth.numerator().get().compareTo(base.get())
          : change.signum();
      Optional<String> year = baselineReference(measure, base).filter(r -> YEAR.matcher(r).matches());
      String frThan = year.map(y -> "qu'en " + y)
          .orElse("que la référence déclarée" + base.map(b -> " (" + FR.number(b) + ")").orElse(""));
      String enThan = year.map(y -> "in " + y)
          .orElse("the declared baseline" + base.map(b -> " (" + EN.number(b) + ")").orElse(""));
      String frPercent = FR.percent(change.abs());
      String enPercent = EN.percent(change.abs());
      if (direction > 0) {
        frClauses.add(frPercent + " de plus " + frThan);
        enClauses.add(enPercent + " more than " + enThan);
      } else if (direction < 0) {
        frClauses.add(frPercent + " de moins " + frThan);
        enClauses.add(enPercent + " fewer than " + enThan);
      } else {
        frClauses.add("autant " + frThan);
        enClauses.add("as many as " + enThan);
      }
    });
    computable(FigureCodes.target(measure)).ifPresent(target -> {
      BigDecimal percent = target.requireValue();
      Optional<BigDecimal> of = target.denominator();
      frClauses.add(FR.percent(percent) + " de l'objectif" + of.map(t -> " de " + FR.number(t)).orElse(""));
      enClauses.add(EN.percent(percent) + " of the target" + of.map(t -> " of " + EN.number(t)).orElse(""));
    });
    String frText = frClauses.isEmpty() ? fr : fr + ", soit " + String.join(" et ", frClauses);
    String enText = enClauses.isEmpty() ? en : en + ", " + String.join(" and ", enClauses);
    return ResultStatement.computed(LocalizedText.frEn(frText, enText), measure);
  }

  private Optional<String> baselineReference(Measure measure, Optional<BigDecimal> base) {
    return baselines.stream()
        .filter(b -> b.measure() == measure)
        .filter(b -> base.map(v -> v.compareTo(BigDecimal.valueOf(b.value())) == 0).orElse(true))
        .map(Baseline::reference)
        .map(String::strip)
        .findFirst();
  }

  private Optional<Figure> computable(FigureCode code) {
    return report.figure(code).filter(Figure::computable);
  }

  /** A counted noun phrase with its singular and plural in French and in English. */
  private record Noun(String frOne, String frMany, String enOne, String enMany) {
    /** CLDR's French rule: 0 and 1 (and anything below 2) take the singular. */
    String fr(BigDecimal n) {
      return FR.number(n) + " " + (n.compareTo(BigDecimal.valueOf(2)) < 0 ? frOne : frMany);
    }

    String en(BigDecimal n) {
      return EN.number(n) + " " + (n.compareTo(BigDecimal.ONE) == 0 ? enOne : enMany);
    }
  }
}
