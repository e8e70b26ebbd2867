package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import org.immutables.value.Value;

/**
 * A mainstream scheme ("dispositif de droit commun") that already exists locally and that people are
 * referred to: registration with the public employment service, a Mission Locale accompaniment, a
 * training course, a job with an employer. Reconnecting people with these schemes is SIPA's purpose.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScheme.class)
@JsonDeserialize(as = ImmutableScheme.class)
public interface Scheme {
  @Value.Parameter
  SchemeId id();

  /** At most 200 characters. */
  @Value.Parameter
  String name();

  @Value.Parameter
  SchemeKind kind();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(name(), "scheme.name", Checks.NAME);
  }

  static Scheme of(SchemeId id, String name, SchemeKind kind) {
    return ImmutableScheme.of(id, name, kind);
  }
}
