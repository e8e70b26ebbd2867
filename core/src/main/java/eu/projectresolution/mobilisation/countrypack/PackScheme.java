package eu.projectresolution.mobilisation.countrypack;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.internal.Identifiers;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One mainstream scheme of a country, or the service running it: France Travail, a Mission Locale, the
 * SEPE, a Centro per l'Impiego, Le Forem. People far from employment are referred to it.
 *
 * <pre>{@code
 * { "id": "missions-locales", "name": "Missions Locales", "partnerKind": "YOUTH_EMPLOYMENT_SERVICE",
 *   "offers": ["ACCOMPANIMENT", "TRAINING"] }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePackScheme.class)
@JsonDeserialize(as = ImmutablePackScheme.class)
public interface PackScheme {
  /** A language-neutral code, unique in its pack, e.g. {@code "france-travail"}. */
  String id();

  /** Its proper name, as the country writes it, e.g. "Servicio Público de Empleo Estatal (SEPE)". */
  String name();

  /** The kind of organisation that runs it, the kind a transfer context lists among its partners. */
  PartnerKind partnerKind();

  /** What it offers, the kinds a transfer context lists among its mainstream schemes; at least one. */
  Set<SchemeKind> offers();

  /** The regions it serves, as the pack names them; empty when it serves the whole country. */
  List<String> regions();

  /** Where the facts about it come from (a law, an official site). At most 2,000 characters. */
  Optional<String> source();

  /** Whether it serves {@code region}; a national scheme serves every region, and a context with none. */
  default boolean serves(Optional<String> region) {
    return regions().isEmpty() || region.map(regions()::contains).orElse(false);
  }

  /**
   * Whether it is the public employment service, national or regional: it offers registration and counselling
   * as the public employment service ({@link SchemeKind#PUBLIC_EMPLOYMENT_SERVICE}).
   */
  @JsonIgnore
  default boolean isPublicEmploymentService() {
    return offers().contains(SchemeKind.PUBLIC_EMPLOYMENT_SERVICE);
  }

  @Value.Check
  default void check() {
    Identifiers.checkCode(id(), "scheme id");
    Checks.checkNotBlankText(name(), "scheme " + id() + ".name", Checks.NAME);
    checkArgument(!offers().isEmpty(), "scheme %s offers nothing: list at least one kind of scheme in offers", id());
    Checks.checkTexts(regions(), "scheme " + id() + ".regions", Checks.NAME);
    Checks.checkText(source(), "scheme " + id() + ".source", Checks.DESCRIPTION);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePackScheme.Builder {}
}
