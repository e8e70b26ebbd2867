package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.CountryCode;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Section 1 of the sheet: the organisation that runs the practice, e.g. IDEIS in Montbéliard, France.
 * Names of organisations and places are proper names and are not translated.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganisation.class)
@JsonDeserialize(as = ImmutableOrganisation.class)
public interface Organisation {
  /**
   * The organisation's name, e.g. "Institut de l'entreprise et de l'innovation sociale / IDEIS".
   * At most 200 characters.
   */
  String name();

  /** At most 200 characters. */
  String city();

  CountryCode country();

  /**
   * Whom to contact about the practice, usually an e-mail address.
   * At most 254 characters, the longest e-mail address.
   */
  Optional<String> contact();

  /** The organisation's web site, an absolute http or https address. */
  Optional<URI> website();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(name(), "organisation.name", Checks.NAME);
    Checks.checkNotBlankText(city(), "organisation.city", Checks.NAME);
    Checks.checkText(contact(), "organisation.contact", Checks.EMAIL);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableOrganisation.Builder {}
}
