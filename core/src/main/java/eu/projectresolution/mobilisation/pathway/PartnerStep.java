package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * A step of a partner's own, beyond the engine's built-in {@link Step}s: a job club, driving lessons,
 * mentoring... A {@link PathwayModel} declares each one with the stage it leads to ({@link
 * PathwayModel#partnerSteps()}) and the moves to and from that stage ({@link PathwayModel#transitions()});
 * a counsellor records it with the engine's {@code RecordPartnerStep} command.
 *
 * <pre>{@code
 * PartnerStep jobClub = PartnerStep.of("job_club");
 * }</pre>
 *
 * <p>The code is an open value, like a {@link Stage}'s name: 1 to 100 letters, digits, '.', '_', ':' or
 * '-'. It may not be the name of a built-in step ({@code welcome}, {@code exit}...), which the engine
 * records with its own command.
 */
public record PartnerStep(String code) implements PathwayStep {
  public PartnerStep {
    Identifiers.checkCode(code, "partner step code");
  }

  @JsonCreator
  public static PartnerStep of(String code) {
    return new PartnerStep(code);
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
