package eu.projectresolution.mobilisation.practice;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Applies a {@link RankingRule}; the rule's javadoc is the specification. */
final class Ranker {
  private Ranker() {}

  private record Scored(
      PracticeSheet sheet, int reviews, Map<Criterion, Fraction> means, Fraction innovation,
      Fraction transferability, Fraction overall) {}

  private static final Comparator<Scored> ORDER =
      Comparator.comparing(Scored::overall, Comparator.reverseOrder())
          .thenComparing(Scored::transferability, Comparator.reverseOrder())
          .thenComparing(Scored::innovation, Comparator.reverseOrder())
          .thenComparing(Scored::reviews, Comparator.reverseOrder())
          .thenComparing(s -> s.sheet().id());

  static Ranking rank(RankingRule rule, Collection<PracticeSheet> candidates, Collection<Review> reviews) {
    Map<PracticeSheetId, PracticeSheet> sheets = new TreeMap<>();
    for (PracticeSheet sheet : candidates) {
      checkArgument(
          sheets.put(sheet.id(), sheet) == null,
          "sheet %s is a candidate twice: give each sheet once",
          sheet.id());
    }
    Map<PracticeSheetId, List<Review>> reviewsBySheet = new TreeMap<>();
    Set<List<String>> seen = new HashSet<>();
    for (Review review : reviews) {
      checkArgument(
          seen.add(List.of(review.sheet().value(), review.reviewer())),
          "%s reviewed sheet %s twice: keep one review per reviewer and sheet",
          review.reviewer(),
          review.sheet());
      if (sheets.containsKey(review.sheet())) {
        reviewsBySheet.computeIfAbsent(review.sheet(), id -> new ArrayList<>()).add(review);
      }
    }

    List<Scored> scored = new ArrayList<>();
    Ranking.Builder ranking = Ranking.builder().rule(rule);
    for (PracticeSheet sheet : sheets.values()) {
      List<Review> own = reviewsBySheet.getOrDefault(sheet.id(), List.of());
      Map<Criterion, Fraction> means = new EnumMap<>(Criterion.class);
      List<Criterion> missing = new ArrayList<>();
      for (Criterion criterion : rule.weights().keySet().stream().sorted().toList()) {
        List<Integer> scores =
            own.stream().map(r -> r.scores().get(criterion)).filter(s -> s != null).toList();
        if (scores.isEmpty()) {
          missing.add(criterion);
        } else {
          means.put(criterion, Fraction.of(scores.stream().mapToLong(Integer::longValue).sum(), scores.size()));
        }
      }
      if (!missing.isEmpty()) {
        ranking.addUnranked(UnrankedPractice.builder()
            .sheet(sheet.id())
            .title(sheet.initiative().title())
            .reviews(own.size())
            .missingCriteria(missing)
            .build());
        continue;
      }
      Fraction innovation = weightedMean(rule, means, Dimension.INNOVATION);
      Fraction transferability = weightedMean(rule, means, Dimension.TRANSFERABILITY);
      Fraction overall = innovation.times(rule.innovationWeight())
          .plus(transferability.times(rule.transferabilityWeight()))
          .dividedBy(rule.innovationWeight() + rule.transferabilityWeight());
      scored.add(new Scored(sheet, own.size(), means, innovation, transferability, overall));
    }

    scored.sort(ORDER);
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      RankedPractice.Builder ranked = RankedPractice.builder()
          .rank(i + 1)
          .sheet(s.sheet().id())
          .title(s.sheet().initiative().title())
          .overall(s.overall().toDecimal(2))
          .innovation(s.innovation().toDecimal(2))
          .transferability(s.transferability().toDecimal(2))
          .reviews(s.reviews());
      s.means().forEach((criterion, mean) -> ranked.putCriterionScores(criterion, mean.toDecimal(2)));
      ranking.addRanked(ranked.build());
    }
    return ranking.build();
  }

  private static Fraction weightedMean(RankingRule rule, Map<Criterion, Fraction> means, Dimension dimension) {
    Fraction sum = Fraction.ZERO;
    long totalWeight = 0;
    for (Map.Entry<Criterion, Integer> weight : rule.weights().entrySet()) {
      if (weight.getKey().dimension() == dimension) {
        sum = sum.plus(means.get(weight.getKey()).times(weight.getValue()));
        totalWeight += weight.getValue();
      }
    }
    return sum.dividedBy(totalWeight);
  }
}
