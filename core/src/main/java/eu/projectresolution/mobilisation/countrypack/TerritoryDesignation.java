package eu.projectresolution.mobilisation.countrypack;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.internal.Identifiers;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A kind of territory as a country designates it, by law or by a national strategy: the French "quartier
 * prioritaire de la politique de la ville" (QPV), a Spanish municipality at risk of depopulation, an
 * Italian inner area ("area interna"). Each is one of the engine's {@link TerritoryType}s, which
 * transferability rules reason on.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTerritoryDesignation.class)
@JsonDeserialize(as = ImmutableTerritoryDesignation.class)
public interface TerritoryDesignation {
  /** A language-neutral code, unique in its pack, e.g. {@code "depopulation-risk-municipality"}. */
  String id();

  /** Its name as the country writes it, e.g. "Quartier prioritaire de la politique de la ville (QPV)". */
  String name();

  /** The engine's kind of territory it is. */
  TerritoryType territoryType();

  /** Where the designation comes from (a law, a strategy). At most 2,000 characters. */
  Optional<String> source();

  @Value.Check
  default void check() {
    Identifiers.checkCode(id(), "territory designation id");
    Checks.checkNotBlankText(name(), "territory designation " + id() + ".name", Checks.NAME);
    Checks.checkText(source(), "territory designation " + id() + ".source", Checks.DESCRIPTION);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTerritoryDesignation.Builder {}
}
