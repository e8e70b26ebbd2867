package eu.projectresolution.mobilisation.outcome;

import static com.google.common.base.Preconditions.checkArgument;

import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.outcome.OutcomeCategory.Standing;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named, versioned rule that classifies a {@link Participant} (a pathway seen over a report's period)
 * into one of its declared {@link #categories()}, with the reason. Indicator reports count each
 * reported category and compute the rule's {@link #rates()} over its cohort.
 *
 * <pre>{@code
 * OutcomeRule employedUponLeaving = OutcomeRule.builder()
 *     .ref(RuleRef.of("es.sepe.insercion", 1))
 *     .definition("Participants who left during the period and were employed at exit")
 *     .addCategories(
 *         OutcomeCategory.counted("employed", "Employed at exit", "es.insercion"),
 *         OutcomeCategory.counted("not_employed", "Not employed at exit"),
 *         OutcomeCategory.outOfScope("not_left", "Did not leave during the period"))
 *     .addRates(OutcomeRate.of("es.insercion_rate", "Share employed at exit", "employed"))
 *     .classifier(p -> p.leftDuringPeriod()
 *         ? p.exit().filter(e -> e.situation().employed()).isPresent()
 *             ? Classification.of("employed", "employed at exit")
 *             : Classification.of("not_employed", "not employed at exit")
 *         : Classification.of("not_left", "did not leave during the period"))
 *     .build();
 * }</pre>
 *
 * <p>A rule reads recorded facts only; it never changes them. Its classifier must be a pure function
 * of the participant and answer one of the declared categories.
 *
 * <p>It may use the report's period only by comparing its start and end with dates of the person's
 * records ({@code p.period().contains(exit.on())}, {@code !left.isAfter(p.period().end())}, or what
 * {@link Participant} computes that way), never by computing new dates from them ({@code
 * p.period().end().minusMonths(6)}): the engine classifies each person once for every stretch of periods
 * over which such comparisons cannot change, when their records change (see {@code
 * indicator.IndicatorFacts}), and reports add those classifications up. Dates computed from the
 * records ({@code entry.plusDays(90)}) may be compared with other dates of the records, not with the
 * period.
 */
@Value.Immutable
public interface OutcomeRule {
  /** Decides the category of one participant. */
  @FunctionalInterface
  interface Classifier {
    Classification classify(Participant participant);
  }

  RuleRef ref();

  /** The rule's definition in plain words, as an evaluator reads it. At most 2,000 characters. */
  String definition();

  List<OutcomeCategory> categories();

  List<OutcomeRate> rates();

  /** The code of a figure counting the rule's cohort (the denominator of its rates), if reported. */
  Optional<String> cohortFigure();

  @Value.Auxiliary
  Classifier classifier();

  /** The category declared with {@code code}. */
  default Optional<OutcomeCategory> category(String code) {
    Integer index = categoryIndex().get(code);
    return index == null ? Optional.empty() : Optional.of(categories().get(index));
  }

  /** The position of each category in {@link #categories()}, by code. */
  @Value.Lazy
  @Value.Auxiliary
  default Map<String, Integer> categoryIndex() {
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < categories().size(); i++) {
      index.putIfAbsent(categories().get(i).code(), i);
    }
    return Map.copyOf(index);
  }

  /**
   * Classifies the participant.
   *
   * @throws IllegalStateException if the classifier answers a category the rule does not declare
   */
  default Classification classify(Participant participant) {
    Classification classification = classifier().classify(participant);
    if (classification == null || category(classification.category()).isEmpty()) {
      throw new IllegalStateException(
          "rule " + ref().name() + " v" + ref().version() + " answered category "
              + (classification == null ? "null" : "'" + classification.category() + "'")
              + ", which it does not declare: declare it in categories()");
    }
    return classification;
  }

  /** Every figure code the rule reports: its cohort, its categories and its rates. */
  default List<String> figures() {
    List<String> codes = new java.util.ArrayList<>();
    cohortFigure().ifPresent(codes::add);
    categories().forEach(c -> c.figure().ifPresent(codes::add));
    rates().forEach(r -> codes.add(r.figure()));
    return codes;
  }

  @Value.Check
  default void check() {
    String rule = "rule " + ref().name();
    Checks.checkNotBlankText(definition(), rule + ".definition", Checks.DESCRIPTION);
    checkArgument(!categories().isEmpty(), "%s.categories is empty: declare at least one category", rule);
    Set<String> codes = new HashSet<>();
    for (OutcomeCategory category : categories()) {
      checkArgument(codes.add(category.code()), "%s.categories lists '%s' twice", rule, category.code());
    }
    for (OutcomeRate rate : rates()) {
      for (String code : rate.categories()) {
        checkArgument(
            category(code).map(c -> c.standing() == Standing.COUNTED).orElse(false),
            "%s: rate %s sums category '%s', which is not a COUNTED category of the rule",
            rule,
            rate.figure(),
            code);
      }
    }
    Set<String> figures = new HashSet<>();
    for (String figure : figures()) {
      checkArgument(figures.add(figure), "%s reports figure %s twice: give each figure its own code", rule, figure);
    }
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableOutcomeRule.Builder {}
}
