package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place where people are welcomed ("premier accueil"), such as one of SIPA's three sites. People
 * captured outside are brought here; the first-reception space is run by career counsellors.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSite.class)
@JsonDeserialize(as = ImmutableSite.class)
public interface Site {
  SiteId id();

  /** At most 200 characters. */
  String name();

  /** The municipality the site is in, e.g. "Montbéliard". At most 200 characters. */
  Optional<String> municipality();

  TerritoryType territoryType();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(name(), "site.name", Checks.NAME);
    Checks.checkText(municipality(), "site.municipality", Checks.NAME);
  }

  static Site of(SiteId id, String name, TerritoryType territoryType) {
    return builder().id(id).name(name).territoryType(territoryType).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSite.Builder {}
}
