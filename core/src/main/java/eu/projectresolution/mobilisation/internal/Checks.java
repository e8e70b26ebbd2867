package eu.projectresolution.mobilisation.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;

/**
 * Structural checks shared by the value types' {@code @Value.Check} methods. Each names the field at
 * fault, as a path such as {@code "programme.period.end"}, so that a caller knows what to fix. Not API.
 */
public final class Checks {
  private Checks() {}

  public static String checkNotBlank(String value, String field) {
    checkArgument(value != null && !value.isBlank(), "%s must not be blank", field);
    return value;
  }

  public static long checkNonNegative(long value, String field) {
    checkArgument(value >= 0, "%s must not be negative (was %s)", field, value);
    return value;
  }

  public static BigDecimal checkNonNegative(BigDecimal value, String field) {
    checkArgument(value.signum() >= 0, "%s must not be negative (was %s)", field, value.toPlainString());
    return value;
  }
}
