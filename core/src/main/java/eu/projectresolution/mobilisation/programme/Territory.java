package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The territory a programme covers, e.g. the Pays de Montbéliard, an urban area in France.
 *
 * <pre>{@code
 * Territory montbeliard = Territory.of("Pays de Montbéliard", TerritoryType.OTHER_URBAN, CountryCode.of("FR"));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTerritory.class)
@JsonDeserialize(as = ImmutableTerritory.class)
public interface Territory {
  /** The territory's usual name. At most 200 characters. */
  String name();

  TerritoryType type();

  CountryCode country();

  /** Number of inhabitants, when known. */
  OptionalLong population();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(name(), "territory.name", Checks.NAME);
    population().ifPresent(p -> Checks.checkNonNegative(p, "territory.population"));
  }

  static Territory of(String name, TerritoryType type, CountryCode country) {
    return builder().name(name).type(type).country(country).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTerritory.Builder {}
}
