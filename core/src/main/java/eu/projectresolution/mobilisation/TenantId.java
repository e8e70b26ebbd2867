package eu.projectresolution.mobilisation;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The partner organisation that owns a record. Every record belongs to exactly one tenant and every
 * storage operation is scoped to one: a partner never sees another partner's beneficiaries, pathways
 * or programmes, even when two of them share a database.
 *
 * <p>A tenant id is a short stable code chosen by the host, e.g. {@code TenantId.of("ideis")}: lower-case
 * letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or digit, at most 64
 * characters.
 */
public record TenantId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public TenantId {
    checkArgument(value != null, "tenant id is missing: give the partner organisation's code, e.g. \"ideis\"");
    checkArgument(
        FORMAT.matcher(value).matches(),
        "tenant id \"%s\" is not valid: use 1 to 64 lower-case letters, digits, '.', '_' or '-', "
            + "starting with a letter or digit (e.g. \"ideis\")",
        value);
  }

  @JsonCreator
  public static TenantId of(String value) {
    return new TenantId(value);
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
