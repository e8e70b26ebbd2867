package eu.projectresolution.mobilisation.practice;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collection;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How reviewers' scores rank the candidates for a toolkit. The rule, step by step:
 *
 * <ol>
 *   <li><b>Criterion score.</b> For each criterion of {@link #weights()}, the mean of the scores the
 *       practice's reviewers gave it (0 to {@value Review#MAX_SCORE}); reviewers who left it unscored do
 *       not count. A practice with a criterion nobody scored yet is not ranked: it is listed in
 *       {@link Ranking#unranked()} with the criteria missing.
 *   <li><b>Innovation</b> and <b>transferability.</b> The weighted mean of the criterion scores of that
 *       {@link Dimension}, with the criteria's weights.
 *   <li><b>Overall.</b> The weighted mean of innovation and transferability, with
 *       {@link #innovationWeight()} and {@link #transferabilityWeight()}.
 *   <li><b>Order.</b> Highest overall first; ties go to the higher transferability (the toolkit exists to
 *       be reused elsewhere), then the higher innovation, then the practice with more reviews, then the
 *       sheet id in alphabetical order, so that the order never depends on the order of the input.
 * </ol>
 *
 * <p>Scores are compared exactly (as fractions); {@link RankedPractice} shows them rounded half up to two
 * decimals. Reviews of sheets that are not candidates are ignored; two reviews of the same sheet by the
 * same reviewer are a caller mistake. A criterion left out of {@link #weights()} is not used.
 *
 * <p>{@link #resolution()} is the default rule: within innovation, a new mobilisation approach weighs
 * twice the others; within transferability, independence from the context weighs twice the others;
 * innovation and transferability weigh the same.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRankingRule.class)
@JsonDeserialize(as = ImmutableRankingRule.class)
public interface RankingRule {
  /** The criteria used and their weights, whole numbers from 1 to 100. */
  Map<Criterion, Integer> weights();

  /** The weight of innovation in the overall score, 0 to 100. */
  @Value.Default
  default int innovationWeight() {
    return 1;
  }

  /** The weight of transferability in the overall score, 0 to 100. */
  @Value.Default
  default int transferabilityWeight() {
    return 1;
  }

  /** Ranks the candidates by the reviews, as the rule above says. */
  default Ranking rank(Collection<PracticeSheet> candidates, Collection<Review> reviews) {
    return Ranker.rank(this, candidates, reviews);
  }

  @Value.Check
  default void check() {
    weights().forEach((criterion, weight) -> checkArgument(
        weight >= 1 && weight <= 100, "rankingRule.weights.%s is %s: give a weight from 1 to 100", criterion, weight));
    for (Dimension dimension : Dimension.values()) {
      checkArgument(
          weights().keySet().stream().anyMatch(c -> c.dimension() == dimension),
          "rankingRule.weights has no %s criterion: weigh at least one",
          dimension);
    }
    checkArgument(
        innovationWeight() >= 0 && innovationWeight() <= 100,
        "rankingRule.innovationWeight is %s: give a weight from 0 to 100",
        innovationWeight());
    checkArgument(
        transferabilityWeight() >= 0 && transferabilityWeight() <= 100,
        "rankingRule.transferabilityWeight is %s: give a weight from 0 to 100",
        transferabilityWeight());
    checkArgument(
        innovationWeight() + transferabilityWeight() > 0,
        "rankingRule: innovationWeight and transferabilityWeight are both 0: give at least one a weight");
  }

  /** ReSolution's default rule (see the class description). */
  static RankingRule resolution() {
    return builder()
        .putAllWeights(Map.of(
            Criterion.NEW_MOBILISATION_APPROACH, 2,
            Criterion.STRONGER_COOPERATION, 1,
            Criterion.EVIDENCE_OF_RESULTS, 1,
            Criterion.CONTEXT_INDEPENDENCE, 2,
            Criterion.ALREADY_REPRODUCED, 1,
            Criterion.MODEST_RESOURCES, 1,
            Criterion.DOCUMENTED_METHOD, 1))
        .build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRankingRule.Builder {}
}
