package eu.projectresolution.mobilisation.capture;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step in preparing an outreach event, as the SIPA sheet lists them for a Recrut'Café: prepare the
 * content, order posters and flyers, post them in building halls and shops, contact people in the
 * neighbourhood, run the session.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePreparationStep.class)
@JsonDeserialize(as = ImmutablePreparationStep.class)
public interface PreparationStep {
  enum Kind {
    CONTENT,
    POSTERS_AND_FLYERS,
    POSTING_IN_HALLS_AND_SHOPS,
    NEIGHBOURHOOD_CONTACTS,
    PARTNER_BRIEFING,
    ANIMATION,
    OTHER
  }

  Kind kind();

  /** What was done, in plain words (no personal data). At most 2,000 characters. */
  String description();

  /** When the step was completed, if it was. */
  Optional<LocalDate> doneOn();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(description(), "preparationStep.description", Checks.DESCRIPTION);
  }

  static PreparationStep of(Kind kind, String description, LocalDate doneOn) {
    return builder().kind(kind).description(description).doneOn(doneOn).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePreparationStep.Builder {}
}
