package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import eu.projectresolution.mobilisation.countrypack.CountryPacks;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.internal.Identifiers;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.Staffing;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The target territory a practice would be transferred to, as far as transferability rules need to know it:
 * country, territory type, population and area (hence density), travel times, the kinds of partners
 * present, the staff and budget available, the working languages and the kinds of mainstream schemes
 * people could be referred to.
 *
 * <pre>{@code
 * TransferContext village = TransferContext.builder()
 *     .name("Rural area of Nord Franche-Comté")
 *     .country(CountryCode.of("FR"))
 *     .territoryType(TerritoryType.RURAL)
 *     .population(24_000)
 *     .areaSquareKilometres(new BigDecimal("480"))
 *     .travelMinutesToPublicEmploymentOffice(35)
 *     .travelMinutesToSite(30)
 *     .addPartners(PartnerKind.PUBLIC_EMPLOYMENT_SERVICE, PartnerKind.MUNICIPALITY, PartnerKind.ASSOCIATION)
 *     .addStaff(Staffing.of(StaffRole.RESIDENT_LIAISON_COUNSELLOR, 2, "2"))
 *     .budget(Money.of("150000", "EUR"))
 *     .peopleToReach(1_200)
 *     .addLanguages(Language.of("fr"))
 *     .addMainstreamSchemes(SchemeKind.PUBLIC_EMPLOYMENT_SERVICE, SchemeKind.TRAINING)
 *     .putSources("population", "illustrative")
 *     .build();
 * }</pre>
 *
 * <p>Figures about a real territory should say where they come from: {@link #sources()} maps a field
 * name (or {@code field.detail}, e.g. {@code "staff.SITE_MANAGER"}) to its source, or says that the
 * figure is illustrative. The {@code with...} methods answer "what if" questions ("and with one more
 * resident-liaison counsellor?") without rebuilding the context by hand.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransferContext.class)
@JsonDeserialize(as = ImmutableTransferContext.class)
public interface TransferContext {
  /** The field names of a context, which {@link #sources()} keys refer to. */
  Set<String> FIELDS =
      ImmutableSet.of(
          "name",
          "note",
          "country",
          "territoryType",
          "population",
          "areaSquareKilometres",
          "travelMinutesToPublicEmploymentOffice",
          "travelMinutesToSite",
          "partners",
          "staff",
          "budget",
          "peopleToReach",
          "peopleToAccompany",
          "languages",
          "mainstreamSchemes",
          "countryPack",
          "region",
          "territoryDesignation",
          "sources");

  /**
   * The target's usual name, e.g. "Nord Franche-Comté — a priority urban neighbourhood (QPV)".
   * At most 200 characters.
   */
  String name();

  /** What the context describes and how reliable it is, in plain words. At most 2,000 characters. */
  Optional<String> note();

  CountryCode country();

  TerritoryType territoryType();

  /** Number of inhabitants of the target territory. */
  long population();

  /** The target territory's area in square kilometres; with {@link #population()} it gives the density. */
  BigDecimal areaSquareKilometres();

  /** Typical travel time, in minutes, from a resident's home to the nearest public employment office. */
  int travelMinutesToPublicEmploymentOffice();

  /** Typical travel time, in minutes, from a resident's home to where a reception site would stand. */
  int travelMinutesToSite();

  /** The kinds of partners present in the territory and willing to take part. */
  Set<PartnerKind> partners();

  /** The staff available, one entry per role. */
  List<Staffing> staff();

  /** The budget available for the transferred practice over its whole duration. */
  Money budget();

  /** How many people the transferred practice intends to reach; the budget is divided by it. */
  long peopleToReach();

  /**
   * How many people the transferred practice intends to accompany (for SIPA, the adapted accompaniment: 537
   * of the 17,000 welcomed); staff requirements scaled to {@link PeopleServed#PEOPLE_TO_ACCOMPANY} need it.
   */
  OptionalLong peopleToAccompany();

  /** The languages the team can work in. */
  Set<Language> languages();

  /** The kinds of mainstream schemes that exist locally and that people could be referred to. */
  Set<SchemeKind> mainstreamSchemes();

  /**
   * The id of the country pack describing the target's country ({@code "es"}, {@code "fr"}, {@code "it"},
   * {@code "be"}, or a partner's own): its public employment service, its mainstream schemes and its kinds of
   * territory. An assessment names the pack's schemes people would be referred to; see
   * {@link eu.projectresolution.mobilisation.countrypack.CountryPack}. A code: at most 100 letters, digits,
   * {@code .}, {@code _}, {@code :} or {@code -}.
   */
  Optional<String> countryPack();

  /**
   * The region within the country, as the country pack names it (e.g. "Castilla-La Mancha"), to pick its
   * regional services. At most 200 characters.
   */
  Optional<String> region();

  /**
   * The id of one of the country pack's territory designations, e.g. {@code "depopulation-risk-municipality"}
   * in Spain or {@code "inner-area"} in Italy; its kind of territory must be {@link #territoryType()}. A code,
   * as {@link #countryPack()}.
   */
  Optional<String> territoryDesignation();

  /**
   * Where each figure comes from, by field name (or {@code field.detail}); "illustrative" when invented.
   * At most 2,000 characters each.
   */
  Map<String, String> sources();

  /** Inhabitants per square kilometre, rounded to one decimal. */
  default BigDecimal density() {
    return BigDecimal.valueOf(population()).divide(areaSquareKilometres(), 1, RoundingMode.HALF_UP);
  }

  /** The budget divided by the number of people to reach, rounded to the cent. */
  default Money budgetPerPersonReached() {
    return Money.of(
        budget().amount().divide(BigDecimal.valueOf(peopleToReach()), 2, RoundingMode.HALF_UP),
        budget().currency());
  }

  /** The full-time equivalents available in {@code role}; zero when the role is absent. */
  default BigDecimal fullTimeEquivalent(StaffRole role) {
    return staff().stream()
        .filter(s -> s.role() == role)
        .map(Staffing::fullTimeEquivalent)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The full-time equivalents over every role. */
  default BigDecimal totalFullTimeEquivalent() {
    return staff().stream().map(Staffing::fullTimeEquivalent).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The typical travel time, in minutes, to {@code destination}. */
  default int travelMinutesTo(TravelDestination destination) {
    return switch (destination) {
      case SITE -> travelMinutesToSite();
      case PUBLIC_EMPLOYMENT_OFFICE -> travelMinutesToPublicEmploymentOffice();
    };
  }

  /**
   * This context as a territory of {@code programme}'s spread: when it names no country pack, it takes the one
   * the programme declares ({@link Programme#countryPack()}), so that an assessment of the programme's practice
   * there names the public employment service and the schemes of the programme's country. A context naming its
   * own pack (another country's) keeps it.
   */
  default TransferContext inCountryOf(Programme programme) {
    if (countryPack().isPresent() || programme.countryPack().isEmpty()) {
      return this;
    }
    return builder().from(this).countryPack(programme.countryPack()).build();
  }

  /** The same context with a partner of {@code kind} present as well. */
  default TransferContext withPartner(PartnerKind kind) {
    return builder().from(this).addPartners(kind).build();
  }

  /** The same context with {@code fullTimeEquivalent} more FTE (and one more person) in {@code role}. */
  default TransferContext withAdditionalStaff(StaffRole role, BigDecimal fullTimeEquivalent) {
    Checks.checkNonNegative(fullTimeEquivalent, "additional staff fullTimeEquivalent");
    List<Staffing> staff = new ArrayList<>();
    boolean found = false;
    for (Staffing s : staff()) {
      if (s.role() == role) {
        staff.add(Staffing.of(role, s.headcount() + 1, s.fullTimeEquivalent().add(fullTimeEquivalent)));
        found = true;
      } else {
        staff.add(s);
      }
    }
    if (!found) {
      staff.add(Staffing.of(role, 1, fullTimeEquivalent));
    }
    return builder().from(this).staff(staff).build();
  }

  /** The same context with {@code amount} more budget, in the context's currency. */
  default TransferContext withAdditionalBudget(Money amount) {
    checkArgument(
        amount.currency().equals(budget().currency()),
        "additional budget is in %s but the context's budget is in %s: convert it first",
        amount.currency(),
        budget().currency());
    Checks.checkNonNegative(amount.amount(), "additional budget amount");
    return builder().from(this).budget(Money.of(budget().amount().add(amount.amount()), budget().currency())).build();
  }

  /** The same context with another typical travel time to {@code destination}. */
  default TransferContext withTravelMinutes(TravelDestination destination, int minutes) {
    Builder copy = builder().from(this);
    return switch (destination) {
      case SITE -> copy.travelMinutesToSite(minutes).build();
      case PUBLIC_EMPLOYMENT_OFFICE -> copy.travelMinutesToPublicEmploymentOffice(minutes).build();
    };
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(name(), "transferContext.name", Checks.NAME);
    Checks.checkText(note(), "transferContext.note", Checks.DESCRIPTION);
    Checks.checkNonNegative(population(), "transferContext.population");
    checkArgument(
        areaSquareKilometres().signum() > 0,
        "transferContext.areaSquareKilometres must be positive (was %s): give the territory's area in km²",
        areaSquareKilometres().toPlainString());
    Checks.checkNonNegative(
        travelMinutesToPublicEmploymentOffice(), "transferContext.travelMinutesToPublicEmploymentOffice");
    Checks.checkNonNegative(travelMinutesToSite(), "transferContext.travelMinutesToSite");
    Checks.checkNonNegative(budget().amount(), "transferContext.budget.amount");
    checkArgument(
        peopleToReach() > 0,
        "transferContext.peopleToReach must be at least 1 (was %s): the budget is divided by it",
        peopleToReach());
    peopleToAccompany().ifPresent(people -> checkArgument(
        people > 0,
        "transferContext.peopleToAccompany must be at least 1 (was %s): leave it out if the practice accompanies nobody",
        people));
    countryPack().ifPresent(pack -> Identifiers.checkCode(pack, "transferContext.countryPack"));
    Checks.checkText(region(), "transferContext.region", Checks.NAME);
    territoryDesignation().ifPresent(id -> Identifiers.checkCode(id, "transferContext.territoryDesignation"));
    checkArgument(
        countryPack().isPresent() || (region().isEmpty() && territoryDesignation().isEmpty()),
        "transferContext.%s is given without a countryPack: name the country pack that defines it",
        region().isPresent() ? "region" : "territoryDesignation");
    Set<StaffRole> roles = new HashSet<>();
    for (Staffing s : staff()) {
      checkArgument(
          roles.add(s.role()),
          "transferContext.staff lists role %s twice: give one entry per role with its total FTE",
          s.role());
    }
    for (Map.Entry<String, String> source : sources().entrySet()) {
      String key = source.getKey();
      String field = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
      checkArgument(
          FIELDS.contains(field),
          "transferContext.sources has key \"%s\", which names no field of a context: use one of %s, "
              + "optionally followed by \".detail\"",
          source.getKey(),
          FIELDS);
      Checks.checkNotBlankText(source.getValue(), "transferContext.sources." + source.getKey(), Checks.DESCRIPTION);
    }
  }

  /**
   * Reads a context from JSON, reporting every problem at once with its JSON path.
   *
   * @throws InvalidTransferFile if the JSON is malformed, does not follow
   *     {@code transfer-context.schema.json} or names a country pack, region or territory designation that
   *     is not known ({@link CountryPacks#standard()})
   */
  static TransferContext fromJson(String json) {
    return TransferFileRules.contextFile().read(json, TransferContext.class)
        .valueOrThrow(problems -> new InvalidTransferFile("context file", problems));
  }

  /** Reads a context from a UTF-8 JSON stream (the caller closes it); see {@link #fromJson(String)}. */
  static TransferContext read(InputStream json) {
    return TransferFileRules.contextFile().read(json, TransferContext.class)
        .valueOrThrow(problems -> new InvalidTransferFile("context file", problems));
  }

  /**
   * Reads a context from JSON, as {@link #fromJson(String)} does, accepting the country packs of
   * {@code packs} (a partner's own pack files, read with {@code CountryPack.read}) besides the standard ones.
   *
   * @throws InvalidTransferFile if the JSON is malformed, does not follow {@code transfer-context.schema.json}
   *     or names a country pack, region or territory designation {@code packs} do not have
   */
  static TransferContext fromJson(String json, CountryPacks packs) {
    return TransferFileRules.contextFile(packs).read(json, TransferContext.class)
        .valueOrThrow(problems -> new InvalidTransferFile("context file", problems));
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTransferContext.Builder {}
}
