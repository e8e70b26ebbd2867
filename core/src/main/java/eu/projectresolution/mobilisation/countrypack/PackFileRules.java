package eu.projectresolution.mobilisation.countrypack;

import static eu.projectresolution.mobilisation.document.ProblemCode.DUPLICATE;
import static eu.projectresolution.mobilisation.document.ProblemCode.MALFORMED;
import static eu.projectresolution.mobilisation.document.ProblemCode.UNKNOWN_REFERENCE;

import com.google.common.base.Suppliers;
import eu.projectresolution.mobilisation.document.DocumentChecker;
import eu.projectresolution.mobilisation.document.DocumentNode;
import eu.projectresolution.mobilisation.document.DocumentRule;
import eu.projectresolution.mobilisation.document.TextPattern;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules of a country pack file beyond its structure ({@code country-pack.schema.json}), each named.
 */
final class PackFileRules {
  /** The schemes of a pack have distinct ids. */
  static final DocumentRule SCHEME_IDS_UNIQUE =
      DocumentRule.unique("scheme ids unique", "$.schemes", "id", "scheme ids must be unique in a pack");

  /** The territory designations of a pack have distinct ids. */
  static final DocumentRule DESIGNATION_IDS_UNIQUE =
      DocumentRule.unique("territory designation ids unique", "$.territoryDesignations", "id",
          "territory designation ids must be unique in a pack");

  /** The regions of a pack are listed once each. */
  static final DocumentRule REGIONS_UNIQUE =
      DocumentRule.of("regions listed once", DUPLICATE,
          "$.regions", (regions, report) -> {
            Set<String> seen = new LinkedHashSet<>();
            for (DocumentNode region : regions.items()) {
              region.soundText().filter(name -> !seen.add(name)).ifPresent(name ->
                  report.problem(region, "\"" + name + "\" is listed twice: list each region once"));
            }
          });

  /** A scheme serves regions the pack lists, so that a context's region finds it. */
  static final DocumentRule SCHEME_REGIONS_LISTED =
      DocumentRule.of("scheme regions listed by the pack", UNKNOWN_REFERENCE, "$.schemes[*].regions[*]",
          (region, report) -> {
            Set<String> regions = new LinkedHashSet<>();
            for (DocumentNode listed : region.root().field("regions").items()) {
              listed.soundText().ifPresent(regions::add);
            }
            region.soundText().filter(name -> !regions.contains(name)).ifPresent(name ->
                report.problem(region, "\"" + name + "\" is not one of the pack's regions " + regions
                    + ": add it to \"regions\" or correct its spelling"));
          });

  /** A pack's id: what a context names and the name of the file on the classpath. */
  static final TextPattern PACK_ID =
      TextPattern.of("country pack id", CountryPacks.ID_PATTERN, MALFORMED,
          id -> id + " is not a country pack id: write lower-case letters, digits and hyphens, like \"es\" or \"es-clm\"");

  private static final Supplier<DocumentChecker> PACK_FILE =
      Suppliers.memoize(() ->
          DocumentChecker.builder("country pack", PackFileRules.class, "country-pack.schema.json")
              .mapper(MobilisationJson.objectMapper())
              .patterns(List.of(PACK_ID))
              .rules(List.of(REGIONS_UNIQUE, SCHEME_IDS_UNIQUE, SCHEME_REGIONS_LISTED, DESIGNATION_IDS_UNIQUE))
              .build());

  private PackFileRules() {}

  /** The checker of country pack files. */
  static DocumentChecker packFile() {
    return PACK_FILE.get();
  }
}
