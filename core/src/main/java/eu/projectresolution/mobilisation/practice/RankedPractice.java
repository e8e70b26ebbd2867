package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A candidate's place in a {@link Ranking} and the scores that put it there, rounded half up to two
 * decimals (the order itself was decided on exact values).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRankedPractice.class)
@JsonDeserialize(as = ImmutableRankedPractice.class)
public interface RankedPractice {
  /** 1 for the best. */
  int rank();

  PracticeSheetId sheet();

  LocalizedText title();

  BigDecimal overall();

  BigDecimal innovation();

  BigDecimal transferability();

  /** The mean score of each criterion of the rule. */
  Map<Criterion, BigDecimal> criterionScores();

  /** How many reviews the scores come from. */
  int reviews();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRankedPractice.Builder {}
}
