package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.countrypack.CountryPack;
import eu.projectresolution.mobilisation.countrypack.CountryPacks;
import eu.projectresolution.mobilisation.countrypack.PackScheme;
import eu.projectresolution.mobilisation.countrypack.TerritoryDesignation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the target's country pack says about it, as an assessment reports it: the territory as the country
 * designates it, the public employment services that serve it and the mainstream schemes people would be
 * referred to there (those of the kinds the context lists, national or of its region). For a municipality
 * of rural Castilla-La Mancha: a "municipio en riesgo de despoblación", the SEPE and the regional service,
 * and the Garantía Juvenil, the Agentes de Empleo y Desarrollo Local, the social services...
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocalGround.class)
@JsonDeserialize(as = ImmutableLocalGround.class)
public interface LocalGround {
  /** The id of the country pack used. */
  String countryPack();

  /** The context's region, as the pack names it. */
  Optional<String> region();

  /** The territory as the country designates it, when the context names a designation. */
  Optional<TerritoryDesignation> territoryDesignation();

  /** The public employment services serving the target: the national one and its region's. */
  List<PackScheme> publicEmploymentServices();

  /** The schemes people would be referred to: those serving the target that offer a kind the context lists. */
  List<PackScheme> schemesToReferTo();

  /**
   * What {@code packs} say about {@code context}; empty when the context names no country pack.
   *
   * @throws IllegalArgumentException when the context names a pack, a region or a designation the packs do
   *     not have, or a designation of another kind of territory than the context's
   */
  static Optional<LocalGround> of(TransferContext context, CountryPacks packs) {
    if (context.countryPack().isEmpty()) {
      return Optional.empty();
    }
    String id = context.countryPack().get();
    CountryPack pack = packs.find(id).orElseThrow(() -> new IllegalArgumentException(
        "transferContext.countryPack of \"" + context.name() + "\" names pack \"" + id + "\", which is not known: use"
            + " one of " + packs.knownIds() + ", or put " + id + ".json on the classpath (docs/transferability.md)"));
    context.region().ifPresent(region -> checkArgument(pack.regions().contains(region),
        "transferContext.region \"%s\" is not a region of country pack %s: use one of %s, or add it to the pack",
        region, id, pack.regions()));
    Optional<TerritoryDesignation> designation = context.territoryDesignation().map(name ->
        pack.designation(name).orElseThrow(() -> new IllegalArgumentException(
            "transferContext.territoryDesignation \"" + name + "\" is not a territory designation of country pack "
                + id + ": use one of " + pack.territoryDesignations().stream().map(TerritoryDesignation::id).toList())));
    designation.ifPresent(d -> checkArgument(d.territoryType() == context.territoryType(),
        "transferContext.territoryDesignation \"%s\" is a territory of type %s but the context's territoryType is %s:"
            + " make them agree", d.id(), d.territoryType(), context.territoryType()));
    return Optional.of(ImmutableLocalGround.builder()
        .countryPack(id)
        .region(context.region())
        .territoryDesignation(designation)
        .publicEmploymentServices(pack.publicEmploymentServices(context.region()))
        .schemesToReferTo(pack.schemesToReferTo(context.region(), context.mainstreamSchemes()))
        .build());
  }
}
