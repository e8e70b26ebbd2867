package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A mobilisation programme as declared by its operator: SIPA, for example, run by IDEIS and DÉFI in the
 * Pays de Montbéliard from 1 Sept 2016 to 31 Aug 2019, from three sites, with 11 FTE and a budget of
 * EUR 1,366,568.14, targeting 3,000 referrals.
 *
 * <pre>{@code
 * Programme sipa = Programme.builder()
 *     .id(ProgrammeId.of("sipa-montbeliard"))
 *     .name("SIPA - Sites d'Information, de Projets et d'Accompagnement")
 *     .operator("IDEIS")
 *     .territory(Territory.of("Pays de Montbéliard", TerritoryType.OTHER_URBAN, CountryCode.of("FR")))
 *     .period(Period.of(LocalDate.of(2016, 9, 1), LocalDate.of(2019, 8, 31)))
 *     .addSites(Site.of(SiteId.of("site-montbeliard"), "SIPA Montbéliard", TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD))
 *     .addTargets(Target.of(Measure.REFERRALS, 3000))
 *     .budget(Money.of("1366568.14", "EUR"))
 *     .build();
 * }</pre>
 *
 * <p>A programme also declares what it follows its people up on: the follow-up moments it observes
 * after the exit, each with its window ({@link #followUps()}: at 3, 6 and 12 months, say), the answers
 * of its own it asks about a person's situation ({@link #situationAnswers()}) and the before/after
 * measures its reports compare at entry and after exit ({@link #beforeAfterMeasures()}). Absent those
 * declarations it follows SIPA: the three standard moments, without follow-up figures, and SIPA's
 * before/after measures.
 *
 * <pre>{@code
 * Programme rural = Programme.builder()...
 *     .addFollowUps(FollowUpWindow.THREE_MONTHS, FollowUpWindow.SIX_MONTHS, FollowUpWindow.TWELVE_MONTHS)
 *     .addSituationAnswers(SituationAnswer.of("holds_driving_licence"))
 *     .addBeforeAfterMeasures(BeforeAfterMeasure.PES_REGISTRATION, BeforeAfterMeasure.of("driving_licence",
 *         SituationAnswer.of("holds_driving_licence"), SituationAnswer.of("holds_driving_licence"),
 *         Map.of(Language.ENGLISH, "Holds a driving licence", Language.SPANISH, "Tiene permiso de conducir")))
 *     .build();
 * }</pre>
 *
 * <p>Only declarations live here; achievements are computed from the records of the beneficiaries'
 * pathways.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgramme.class)
@JsonDeserialize(as = ImmutableProgramme.class)
public interface Programme {
  ProgrammeId id();

  /** At most 200 characters. */
  String name();

  /** The organisation that runs the programme, e.g. "IDEIS". At most 200 characters. */
  String operator();

  Territory territory();

  /** The programme's duration; records dated outside it are refused. */
  Period period();

  List<Site> sites();

  List<Partner> partners();

  /** The programme's objectives in plain words. At most 2,000 characters each. */
  List<String> objectives();

  List<Target> targets();

  List<Baseline> baselines();

  List<Staffing> staffing();

  /** The total budget, from which costs per person are computed. */
  Optional<Money> budget();

  /**
   * The id of the country pack of the programme's country ({@code "fr"}, {@code "es"}, {@code "it"},
   * {@code "be"}, or a partner's own on the classpath): its public employment service, its mainstream schemes
   * and its designations of territory, which the programme's reports and transfer assessments show. Absent:
   * they show none. A code (letters, digits, {@code .}, {@code _}, {@code :} or {@code -}); an id no pack has
   * is refused by {@code CountryPacks.packOf(programme)}, which names the known packs.
   */
  Optional<String> countryPack();

  /**
   * How long the programme keeps each class of its people's identifying data; absent: until erased on
   * request. {@code MobilisationEngine.purge} erases what is due.
   */
  Optional<RetentionPolicy> retention();

  /**
   * The follow-up moments the programme declares, each with its window after the exit, in the order its
   * report gives them: follow-ups are recorded at these moments only, and the report has figures for
   * each. None declared: follow-ups are recorded at the {@link FollowUpWindow#STANDARD standard}
   * moments, and the report has no follow-up figures (as SIPA's).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<FollowUpWindow> followUps();

  /**
   * The answers of its own the programme asks about a person's situation, besides the {@link
   * SituationAnswer#BUILT_IN built-in} ones: what its before/after measures may read.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<SituationAnswer> situationAnswers();

  /**
   * The before/after measures the programme declares, in the order its report gives them (at most
   * {@value #MAX_BEFORE_AFTER_MEASURES}). None declared: SIPA's ({@link BeforeAfterMeasure#SIPA}).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<BeforeAfterMeasure> beforeAfterMeasures();

  /** The most before/after measures a programme declares. */
  int MAX_BEFORE_AFTER_MEASURES = 15;

  /** The moments follow-ups are recorded at: those declared, else the standard three. */
  default List<FollowUpWindow> followUpWindowsInForce() {
    return followUps().isEmpty() ? FollowUpWindow.STANDARD : followUps();
  }

  /** The window of {@code moment} (its code), if follow-ups are recorded at that moment. */
  default Optional<FollowUpWindow> followUpWindow(String moment) {
    return followUpWindowsInForce().stream().filter(w -> w.moment().equals(moment)).findFirst();
  }

  /** The before/after measures the report gives: those declared, else SIPA's. */
  default List<BeforeAfterMeasure> beforeAfterMeasuresInForce() {
    return beforeAfterMeasures().isEmpty() ? BeforeAfterMeasure.SIPA : beforeAfterMeasures();
  }

  /** The site with this id, if the programme has it. */
  default Optional<Site> site(SiteId id) {
    return sites().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The partner with this id, if the programme has it. */
  default Optional<Partner> partner(PartnerId id) {
    return partners().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The scheme with this id, among all the schemes the partners provide. */
  default Optional<Scheme> scheme(SchemeId id) {
    return partners().stream()
        .flatMap(p -> p.schemes().stream())
        .filter(s -> s.id().equals(id))
        .findFirst();
  }

  /** The partner providing the scheme with this id. */
  default Optional<Partner> providerOf(SchemeId id) {
    return partners().stream()
        .filter(p -> p.schemes().stream().anyMatch(s -> s.id().equals(id)))
        .findFirst();
  }

  default Optional<Target> target(Measure measure) {
    return targets().stream().filter(t -> t.measure() == measure).findFirst();
  }

  default Optional<Baseline> baseline(Measure measure) {
    return baselines().stream().filter(b -> b.measure() == measure).findFirst();
  }

  /** The sum of the full-time equivalents over every staff role. */
  default BigDecimal totalFullTimeEquivalent() {
    return staffing().stream().map(Staffing::fullTimeEquivalent).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(name(), "programme.name", Checks.NAME);
    Checks.checkNotBlankText(operator(), "programme.operator", Checks.NAME);
    Checks.checkTexts(objectives(), "programme.objectives", Checks.DESCRIPTION);
    budget().ifPresent(b -> Checks.checkNonNegative(b.amount(), "programme.budget.amount"));
    countryPack().ifPresent(pack -> Identifiers.checkCode(pack, "programme.countryPack"));
    unique(sites().stream().map(Site::id).toList(), "programme.sites", "site id");
    unique(partners().stream().map(Partner::id).toList(), "programme.partners", "partner id");
    unique(
        partners().stream().flatMap(p -> p.schemes().stream()).map(Scheme::id).toList(),
        "programme.partners.schemes",
        "scheme id");
    unique(targets().stream().map(Target::measure).toList(), "programme.targets", "measure");
    unique(staffing().stream().map(Staffing::role).toList(), "programme.staffing", "role");
    checkFollowUpDeclarations();
  }

  private void checkFollowUpDeclarations() {
    // Figure codes lower-case the moment: two moments differing only by case would share their figures.
    unique(followUps().stream().map(w -> w.moment().toLowerCase(Locale.ROOT)).toList(), "programme.followUps",
        "moment (whatever the case)");
    unique(situationAnswers(), "programme.situationAnswers", "answer");
    for (SituationAnswer answer : situationAnswers()) {
      checkArgument(!answer.builtIn(),
          "programme.situationAnswers declares %s, a built-in answer: every situation has it, leave it out", answer);
    }
    unique(beforeAfterMeasures().stream().map(BeforeAfterMeasure::code).toList(), "programme.beforeAfterMeasures",
        "measure code");
    checkArgument(beforeAfterMeasures().size() <= MAX_BEFORE_AFTER_MEASURES,
        "programme.beforeAfterMeasures declares %s measures: declare at most %s", beforeAfterMeasures().size(),
        MAX_BEFORE_AFTER_MEASURES);
    for (BeforeAfterMeasure measure : beforeAfterMeasures()) {
      for (SituationAnswer answer : measure.answers()) {
        checkArgument(answer.builtIn() || situationAnswers().contains(answer),
            "programme.beforeAfterMeasures[%s] reads answer %s, which is neither built in nor declared in "
                + "programme.situationAnswers: declare it there, or read a built-in answer (%s)",
            measure.code(), answer,
            SituationAnswer.BUILT_IN.stream().map(SituationAnswer::code).collect(Collectors.joining(", ")));
      }
    }
  }

  private static <T> void unique(List<T> values, String field, String what) {
    Set<T> seen = new HashSet<>();
    for (T value : values) {
      checkArgument(seen.add(value), "%s lists %s %s twice: each must appear once", field, what, value);
    }
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableProgramme.Builder {}
}
