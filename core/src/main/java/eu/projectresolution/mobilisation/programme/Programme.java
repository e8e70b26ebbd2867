package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
