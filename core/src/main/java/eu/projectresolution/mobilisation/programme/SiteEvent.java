package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event hosted at a site, through which an actor not otherwise present on the territory presents its
 * offer to the public (SIPA hosted 853).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSiteEvent.class)
@JsonDeserialize(as = ImmutableSiteEvent.class)
public interface SiteEvent {
  SiteEventId id();

  ProgrammeId programmeId();

  SiteId siteId();

  /** At most 200 characters. */
  String title();

  LocalDate date();

  /** The partner presenting its offer, if it is one of the programme's partners. */
  Optional<PartnerId> host();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(title(), "siteEvent.title", Checks.NAME);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSiteEvent.Builder {}
}
