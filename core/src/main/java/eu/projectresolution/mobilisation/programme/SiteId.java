package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * Identifies a {@link Site} of a programme: a place where people are welcomed.
 *
 * <p>A stable code chosen by the partner, e.g. {@code SiteId.of("sipa-petite-hollande")}: 1 to 100 letters, digits,
 * {@code .}, {@code _}, {@code :} or {@code -}.
 */
public record SiteId(String value) {
  public SiteId {
    Identifiers.checkCode(value, "site id");
  }

  @JsonCreator
  public static SiteId of(String value) {
    return new SiteId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
