package eu.projectresolution.mobilisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.internal.MobilisationStyle;
import org.immutables.value.Value;

/**
 * A command the engine did not accept, and why: a stable {@link #code()}, a plain-language
 * {@link #message()} naming the beneficiary and the stage that a counsellor can read, and the
 * {@link #field()} of the command at fault. A refused command writes nothing.
 *
 * <p>Example: {@code TRANSITION_NOT_ALLOWED} on field {@code "schemeId"} with the message
 * "Beneficiary 3f1c... is at stage 'welcomed': a referral is only possible from 'oriented',
 * 'accompanied' or 'referred'."
 */
@Value.Immutable
@MobilisationStyle
@JsonSerialize(as = ImmutableRefusal.class)
@JsonDeserialize(as = ImmutableRefusal.class)
public interface Refusal {
  @Value.Parameter
  RefusalCode code();

  @Value.Parameter
  String message();

  /** The command field at fault, e.g. {@code "occurredOn"} or {@code "schemeId"}. */
  @Value.Parameter
  String field();

  @Value.Check
  default void check() {
    Checks.checkNotBlank(message(), "refusal.message");
    Checks.checkNotBlank(field(), "refusal.field");
  }

  static Refusal of(RefusalCode code, String message, String field) {
    return ImmutableRefusal.of(code, message, field);
  }
}
