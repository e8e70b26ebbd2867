package eu.projectresolution.mobilisation.countrypack;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What one country offers people far from employment: its public employment service and mainstream schemes,
 * national and regional, and its own designations of territory. Written as JSON following
 * {@code country-pack.schema.json}; the packs of France, Spain, Italy and Belgium ship with the engine.
 *
 * <pre>{@code
 * CountryPack spain = CountryPacks.standard().find("es").orElseThrow();
 * spain.publicEmploymentServices(Optional.of("Castilla-La Mancha"));
 * // [SEPE, the Castilla-La Mancha public employment service]
 * spain.designation("depopulation-risk-municipality").orElseThrow().territoryType(); // RURAL
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCountryPack.class)
@JsonDeserialize(as = ImmutableCountryPack.class)
public interface CountryPack {
  /**
   * The pack's id, which a transfer context names: lower-case letters, digits and hyphens, e.g. {@code "es"},
   * or {@code "es-clm"} for a partner's regional pack.
   */
  String id();

  CountryCode country();

  /** The languages the schemes work in. */
  Set<Language> languages();

  /** The regions the regional schemes name, as the country writes them. */
  List<String> regions();

  /** The public employment service and the mainstream schemes, national first. */
  List<PackScheme> schemes();

  /** The country's own designations of territory. */
  List<TerritoryDesignation> territoryDesignations();

  /** Where the pack's facts come from, and when they were last checked. At most 2,000 characters. */
  Optional<String> note();

  /** The scheme with this id, if the pack has it. */
  default Optional<PackScheme> scheme(String id) {
    return schemes().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The territory designation with this id, if the pack has it. */
  default Optional<TerritoryDesignation> designation(String id) {
    return territoryDesignations().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The schemes serving {@code region} (the national ones, and the region's own), in the pack's order. */
  default List<PackScheme> schemesIn(Optional<String> region) {
    return schemes().stream().filter(s -> s.serves(region)).toList();
  }

  /** The public employment services serving {@code region}: the national one and the region's own. */
  default List<PackScheme> publicEmploymentServices(Optional<String> region) {
    return schemesIn(region).stream().filter(PackScheme::isPublicEmploymentService).toList();
  }

  /** The schemes serving {@code region} that offer one of {@code kinds}: where people would be referred. */
  default List<PackScheme> schemesToReferTo(Optional<String> region, Set<SchemeKind> kinds) {
    return schemesIn(region).stream().filter(s -> s.offers().stream().anyMatch(kinds::contains)).toList();
  }

  @Value.Check
  default void check() {
    checkArgument(id().matches(CountryPacks.ID_PATTERN),
        "country pack id \"%s\" is not lower-case letters, digits and hyphens: write it like \"es\" or \"es-clm\"",
        id());
    Checks.checkText(note(), "countryPack " + id() + ".note", Checks.DESCRIPTION);
    Checks.checkTexts(regions(), "countryPack " + id() + ".regions", Checks.NAME);
    Set<String> ids = new HashSet<>();
    for (PackScheme scheme : schemes()) {
      checkArgument(ids.add(scheme.id()), "country pack %s lists scheme %s twice", id(), scheme.id());
      for (String region : scheme.regions()) {
        checkArgument(regions().contains(region),
            "scheme %s of country pack %s serves region \"%s\", which the pack's regions do not list: add it to them",
            scheme.id(), id(), region);
      }
    }
    Set<String> designations = new HashSet<>();
    for (TerritoryDesignation designation : territoryDesignations()) {
      checkArgument(designations.add(designation.id()),
          "country pack %s lists territory designation %s twice", id(), designation.id());
    }
  }

  /**
   * Reads a pack from JSON, reporting every problem at once with its JSON path.
   *
   * @throws InvalidCountryPack if the JSON is malformed or does not follow {@code country-pack.schema.json}
   */
  static CountryPack fromJson(String json) {
    return PackFileRules.packFile().read(json, CountryPack.class).valueOrThrow(InvalidCountryPack::new);
  }

  /** Reads a pack from a UTF-8 JSON stream (the caller closes it); see {@link #fromJson(String)}. */
  static CountryPack read(InputStream json) {
    return PackFileRules.packFile().read(json, CountryPack.class).valueOrThrow(InvalidCountryPack::new);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCountryPack.Builder {}
}
