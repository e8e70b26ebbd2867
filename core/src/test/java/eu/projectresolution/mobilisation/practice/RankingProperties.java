package eu.projectresolution.mobilisation.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RankingProperties {
  private static final List<PracticeSheet> CANDIDATES =
      IntStream.range(0, 6).mapToObj(i -> TestSheets.minimal("practice-" + i)).toList();
  private static final List<String> REVIEWERS = List.of("ceps", "galileo", "ideis", "orso", "pour-la-solidarite");

  /** Random reviews of the candidates: each reviewer reviews some sheets and scores some criteria. */
  private static List<Review> reviews(long seed) {
    Random random = new Random(seed);
    List<Review> reviews = new ArrayList<>();
    for (PracticeSheet sheet : CANDIDATES) {
      for (String reviewer : REVIEWERS) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        Review.Builder review = Review.builder().sheet(sheet.id()).reviewer(reviewer);
        for (Criterion criterion : Criterion.values()) {
          if (random.nextInt(8) > 0 || criterion == Criterion.NEW_MOBILISATION_APPROACH) {
            review.putScores(criterion, random.nextInt(Review.MAX_SCORE + 1));
          }
        }
        reviews.add(review.build());
      }
    }
    return reviews;
  }

  @Test
  void theRankingNeverDependsOnTheOrderOfCandidatesOrReviews() {
    qt().withExamples(200).forAll(longs().all(), integers().all()).checkAssert((seed, shuffle) -> {
      List<Review> reviews = reviews(seed);
      List<PracticeSheet> candidates = new ArrayList<>(CANDIDATES);
      List<Review> shuffled = new ArrayList<>(reviews);
      Collections.shuffle(candidates, new Random(shuffle));
      Collections.shuffle(shuffled, new Random(shuffle));

      assertThat(Toolkit.of(candidates).rank(shuffled)).isEqualTo(Toolkit.of(CANDIDATES).rank(reviews));
    });
  }

  @Test
  void everyCandidateIsRankedOnceOrSaidToBeUnrankedAndRanksFollowTheOverallScore() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Ranking ranking = Toolkit.of(CANDIDATES).rank(reviews(seed));

      assertThat(Stream.concat(ranking.ranked().stream().map(RankedPractice::sheet), ranking.unranked().stream().map(UnrankedPractice::sheet)))
          .containsExactlyInAnyOrderElementsOf(CANDIDATES.stream().map(PracticeSheet::id).toList());
      assertThat(ranking.ranked()).extracting(RankedPractice::rank)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, ranking.ranked().size()).boxed().toList());
      for (int i = 1; i < ranking.ranked().size(); i++) {
        assertThat(ranking.ranked().get(i).overall()).isLessThanOrEqualTo(ranking.ranked().get(i - 1).overall());
      }
      ranking.ranked().forEach(r -> assertThat(r.overall())
          .isBetween(r.innovation().min(r.transferability()), r.innovation().max(r.transferability())));
    });
  }
}
