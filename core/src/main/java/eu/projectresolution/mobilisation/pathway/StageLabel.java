package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.Language;
import org.immutables.value.Value;

/**
 * What a {@link PathwayModel} calls one of its stages in one language, as reports show it: a Spanish
 * partner's stage {@code job_club} is "club de empleo" in Spanish and "job club" in English.
 *
 * <pre>{@code
 * StageLabel.of(Stage.of("job_club"), Language.SPANISH, "club de empleo")
 * }</pre>
 *
 * <p>The text is at most 200 characters and not blank.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageLabel.class)
@JsonDeserialize(as = ImmutableStageLabel.class)
public interface StageLabel {
  @Value.Parameter
  Stage stage();

  @Value.Parameter
  Language language();

  @Value.Parameter
  String text();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(text(), "stageLabel." + stage() + "." + language().code() + ".text", Checks.NAME);
  }

  static StageLabel of(Stage stage, Language language, String text) {
    return ImmutableStageLabel.of(stage, language, text);
  }
}
