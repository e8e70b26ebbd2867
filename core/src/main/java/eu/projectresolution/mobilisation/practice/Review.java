package eu.projectresolution.mobilisation.practice;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One reviewer's scores for one practice sheet, criterion by criterion, each from 0 to
 * {@value #MAX_SCORE}. A reviewer may leave a criterion unscored.
 *
 * <pre>{@code
 * Review review = Review.builder()
 *     .sheet(SipaPracticeSheet.ID)
 *     .reviewer("CEPS")
 *     .putScores(Criterion.NEW_MOBILISATION_APPROACH, 5)
 *     .putScores(Criterion.CONTEXT_INDEPENDENCE, 3)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReview.class)
@JsonDeserialize(as = ImmutableReview.class)
public interface Review {
  /** The highest score. */
  int MAX_SCORE = 5;

  /** The sheet reviewed, whatever its version. */
  PracticeSheetId sheet();

  /**
   * Who reviewed, e.g. a partner organisation or a person's name; one review per reviewer and sheet.
   * At most 200 characters.
   */
  String reviewer();

  Map<Criterion, Integer> scores();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(reviewer(), "review.reviewer", Checks.NAME);
    checkArgument(!scores().isEmpty(), "review of %s by %s scores no criterion: give at least one score", sheet(), reviewer());
    scores().forEach((criterion, score) -> checkArgument(
        score >= 0 && score <= MAX_SCORE,
        "review of %s by %s scores %s %s: scores go from 0 to %s",
        sheet(),
        reviewer(),
        criterion,
        score,
        MAX_SCORE));
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableReview.Builder {}
}
