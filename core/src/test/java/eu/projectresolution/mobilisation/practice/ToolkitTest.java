package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.programme.Language;
import static eu.projectresolution.mobilisation.practice.Criterion.ALREADY_REPRODUCED;
import static eu.projectresolution.mobilisation.practice.Criterion.CONTEXT_INDEPENDENCE;
import static eu.projectresolution.mobilisation.practice.Criterion.DOCUMENTED_METHOD;
import static eu.projectresolution.mobilisation.practice.Criterion.EVIDENCE_OF_RESULTS;
import static eu.projectresolution.mobilisation.practice.Criterion.MODEST_RESOURCES;
import static eu.projectresolution.mobilisation.practice.Criterion.NEW_MOBILISATION_APPROACH;
import static eu.projectresolution.mobilisation.practice.Criterion.STRONGER_COOPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolkitTest {
  private final PracticeSheet sipa = SipaPracticeSheet.load();
  private final PracticeSheet madrid = TestSheets.withTargetGroups(
      TestSheets.withCountry(TestSheets.minimal("acogida-madrid"), "ES"),
      TargetGroup.LONG_TERM_UNEMPLOYED,
      TargetGroup.EMPLOYERS);
  private final PracticeSheet torino = TestSheets.appliedIn(
      TestSheets.withInitiative(
          TestSheets.withCountry(TestSheets.minimal("orientamento-torino"), "IT"),
          TestSheets.initiativeOf(TestSheets.minimal("x"))
              .title(LocalizedText.of(Language.ITALIAN, "Orientamento nei quartieri").with(Language.FRENCH, "Orientation dans les quartiers"))
              .originalLanguage(Language.ITALIAN)
              .domains(List.of(Domain.EDUCATION, Domain.SOCIAL_INCLUSION))
              .coverage(GeographicCoverage.REGIONAL)),
      "Valle d'Aosta",
      "IT",
      TerritoryType.RURAL);
  private final Toolkit toolkit = Toolkit.of(torino, sipa, madrid);

  private static PracticeSheetQuery.Builder query() {
    return PracticeSheetQuery.builder();
  }

  private static List<String> ids(List<PracticeSheet> sheets) {
    return sheets.stream().map(s -> s.id().value()).toList();
  }

  @Test
  void holdsItsSheetsByIdAndFindsOneById() {
    assertThat(ids(toolkit.sheets())).containsExactly("acogida-madrid", "orientamento-torino", "sipa-montbeliard");
    assertThat(toolkit.sheet(SipaPracticeSheet.ID)).contains(sipa);
    assertThat(toolkit.find(PracticeSheetQuery.all())).hasSize(3);
  }

  @Test
  void findsByDomainTargetGroupAndCoverage() {
    assertThat(ids(toolkit.find(query().domain(Domain.EMPLOYMENT).build())))
        .containsExactly("acogida-madrid", "sipa-montbeliard");
    assertThat(ids(toolkit.find(query().domain(Domain.EDUCATION).build()))).containsExactly("orientamento-torino");
    assertThat(ids(toolkit.find(query().targetGroup(TargetGroup.EMPLOYERS).build())))
        .containsExactly("acogida-madrid", "sipa-montbeliard");
    assertThat(ids(toolkit.find(query().targetGroup(TargetGroup.NEETS).build())))
        .containsExactly("orientamento-torino", "sipa-montbeliard");
    assertThat(ids(toolkit.find(query().coverage(GeographicCoverage.REGIONAL).build())))
        .containsExactly("orientamento-torino");
  }

  @Test
  void findsByCountryOfTheOrganisationOrOfAPlaceWhereItWasApplied() {
    assertThat(ids(toolkit.find(query().country(CountryCode.of("ES")).build()))).containsExactly("acogida-madrid");
    assertThat(ids(toolkit.find(query().country(CountryCode.of("FR")).build()))).containsExactly("sipa-montbeliard");
    PracticeSheet spreadToBelgium = TestSheets.appliedIn(TestSheets.minimal("spread"), "Liège", "BE");
    assertThat(ids(Toolkit.of(spreadToBelgium, sipa).find(query().country(CountryCode.of("BE")).build())))
        .containsExactly("spread");
  }

  @Test
  void findsByTerritoryTypeWhereItRanOrWasApplied() {
    assertThat(ids(toolkit.find(query().territoryType(TerritoryType.RURAL).build())))
        .containsExactly("orientamento-torino", "sipa-montbeliard");
    assertThat(ids(toolkit.find(query().territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD).build())))
        .containsExactly("sipa-montbeliard");
    assertThat(toolkit.find(query().territoryType(TerritoryType.PERI_URBAN).build())).isEmpty();
  }

  @Test
  void findsByFreeTextIgnoringCaseAccentsAndPunctuationInAnyLanguage() {
    assertThat(ids(toolkit.find(query().text("RECRUT'CAFE").build()))).containsExactly("sipa-montbeliard");
    assertThat(ids(toolkit.find(query().text("accompaniment sites").build()))).containsExactly("sipa-montbeliard");
    assertThat(ids(toolkit.find(query().text("quartieri").build()))).containsExactly("orientamento-torino");
    assertThat(ids(toolkit.find(query().text("quartiers").build())))
        .containsExactly("orientamento-torino", "sipa-montbeliard");
    assertThat(ids(toolkit.find(query().text("éloignés").build()))).hasSize(3);
    assertThat(toolkit.find(query().text("recrut cafe madrid").build())).isEmpty();
    assertThat(toolkit.find(query().text("  ").build())).hasSize(3);
  }

  @Test
  void combinesCriteria() {
    PracticeSheetQuery frenchRuralNeets = query()
        .country(CountryCode.of("FR"))
        .territoryType(TerritoryType.RURAL)
        .targetGroup(TargetGroup.NEETS)
        .text("conseillers relais")
        .build();

    assertThat(ids(toolkit.find(frenchRuralNeets))).containsExactly("sipa-montbeliard");
  }

  @Test
  void refusesAnInvalidSheetAndTheSameSheetTwice() {
    PracticeSheet longTitle = TestSheets.withInitiative(
        TestSheets.minimal("bad"),
        TestSheets.initiativeOf(TestSheets.minimal("bad")).title(LocalizedText.of(Language.ENGLISH, "No French title")));

    assertThatThrownBy(() -> Toolkit.of(sipa, longTitle))
        .isInstanceOf(InvalidPracticeSheet.class)
        .hasMessageContaining("$.initiative.title.fr");
    assertThatThrownBy(() -> Toolkit.of(sipa, sipa))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sipa-montbeliard is given twice");
  }

  // ---- ranking ----

  private static Review review(String sheet, String reviewer, int score) {
    Review.Builder review = Review.builder().sheet(PracticeSheetId.of(sheet)).reviewer(reviewer);
    for (Criterion criterion : Criterion.values()) {
      review.putScores(criterion, score);
    }
    return review.build();
  }

  private static Review review(String sheet, String reviewer, Map<Criterion, Integer> scores) {
    return Review.builder().sheet(PracticeSheetId.of(sheet)).reviewer(reviewer).putAllScores(scores).build();
  }

  private static Map<Criterion, Integer> scores(int newApproach, int cooperation, int evidence, int context, int reproduced, int resources, int documented) {
    Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
    scores.put(NEW_MOBILISATION_APPROACH, newApproach);
    scores.put(STRONGER_COOPERATION, cooperation);
    scores.put(EVIDENCE_OF_RESULTS, evidence);
    scores.put(CONTEXT_INDEPENDENCE, context);
    scores.put(ALREADY_REPRODUCED, reproduced);
    scores.put(MODEST_RESOURCES, resources);
    scores.put(DOCUMENTED_METHOD, documented);
    return scores;
  }

  @Test
  void ranksByTheWeightedMeansOfTheReviewersScores() {
    Toolkit candidates = Toolkit.of(TestSheets.minimal("a"), TestSheets.minimal("b"));
    List<Review> reviews = List.of(
        review("a", "ceps", 4),
        review("a", "galileo", 5),
        // innovation (2*5 + 3 + 4) / 4 = 4.25; transferability (2*4 + 5 + 5 + 4) / 5 = 4.4; overall 4.325
        review("b", "ceps", scores(5, 3, 4, 4, 5, 5, 4)));

    Ranking ranking = candidates.rank(reviews);

    assertThat(ranking.order()).extracting(PracticeSheetId::value).containsExactly("a", "b");
    RankedPractice a = ranking.ranked().get(0);
    assertThat(a.rank()).isEqualTo(1);
    assertThat(a.overall()).isEqualByComparingTo("4.5");
    assertThat(a.reviews()).isEqualTo(2);
    assertThat(a.criterionScores()).containsEntry(NEW_MOBILISATION_APPROACH, new BigDecimal("4.50"));
    RankedPractice b = ranking.ranked(PracticeSheetId.of("b")).orElseThrow();
    assertThat(b.rank()).isEqualTo(2);
    assertThat(b.innovation()).isEqualTo(new BigDecimal("4.25"));
    assertThat(b.transferability()).isEqualTo(new BigDecimal("4.40"));
    assertThat(b.overall()).isEqualTo(new BigDecimal("4.33"));
    assertThat(b.title()).isEqualTo(TestSheets.minimal("b").initiative().title());
  }

  @Test
  void breaksTiesByTransferabilityThenInnovationThenReviewsThenSheetId() {
    Toolkit candidates = Toolkit.of(
        TestSheets.minimal("innovative"),
        TestSheets.minimal("transferable"),
        TestSheets.minimal("z-two-reviews"),
        TestSheets.minimal("y-one-review"),
        TestSheets.minimal("x-one-review"));
    List<Review> reviews = List.of(
        // overall 3.5 each: innovation 4 and transferability 3, or the other way round
        review("innovative", "ceps", scores(4, 4, 4, 3, 3, 3, 3)),
        review("transferable", "ceps", scores(3, 3, 3, 4, 4, 4, 4)),
        // overall 3 each, all equal: more reviews first, then the id
        review("z-two-reviews", "ceps", 3),
        review("z-two-reviews", "galileo", 3),
        review("y-one-review", "ceps", 3),
        review("x-one-review", "ceps", 3));

    assertThat(candidates.rank(reviews).order()).extracting(PracticeSheetId::value)
        .containsExactly("transferable", "innovative", "z-two-reviews", "x-one-review", "y-one-review");
  }

  @Test
  void leavesUnrankedTheSheetsWithACriterionNobodyScored() {
    Toolkit candidates = Toolkit.of(TestSheets.minimal("a"), TestSheets.minimal("b"), TestSheets.minimal("c"));
    Map<Criterion, Integer> withoutDocumentation = scores(5, 5, 5, 5, 5, 5, 5);
    withoutDocumentation.remove(DOCUMENTED_METHOD);
    List<Review> reviews = List.of(review("a", "ceps", 2), review("b", "ceps", withoutDocumentation));

    Ranking ranking = candidates.rank(reviews);

    assertThat(ranking.order()).extracting(PracticeSheetId::value).containsExactly("a");
    assertThat(ranking.unranked()).extracting(u -> u.sheet().value(), UnrankedPractice::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("b", "no score yet for DOCUMENTED_METHOD"),
            org.assertj.core.groups.Tuple.tuple("c", "no review yet"));
  }

  @Test
  void averagesOnlyTheReviewersWhoScoredACriterion() {
    Map<Criterion, Integer> onlyNewApproach = new EnumMap<>(Criterion.class);
    onlyNewApproach.put(NEW_MOBILISATION_APPROACH, 1);

    Ranking ranking = Toolkit.of(TestSheets.minimal("a"))
        .rank(List.of(review("a", "ceps", 5), review("a", "galileo", onlyNewApproach)));

    RankedPractice a = ranking.ranked().get(0);
    assertThat(a.criterionScores()).containsEntry(NEW_MOBILISATION_APPROACH, new BigDecimal("3.00"))
        .containsEntry(STRONGER_COOPERATION, new BigDecimal("5.00"));
    assertThat(a.innovation()).isEqualTo(new BigDecimal("4.00")); // (2*3 + 5 + 5) / 4
  }

  @Test
  void appliesACustomRuleThatOnlyWeighsTransferability() {
    RankingRule transferOnly = RankingRule.builder()
        .putWeights(NEW_MOBILISATION_APPROACH, 1)
        .putWeights(ALREADY_REPRODUCED, 3)
        .putWeights(MODEST_RESOURCES, 1)
        .innovationWeight(0)
        .build();
    Toolkit candidates = Toolkit.of(TestSheets.minimal("new"), TestSheets.minimal("proven"));
    List<Review> reviews = List.of(
        review("new", "ceps", scores(5, 5, 5, 5, 1, 5, 5)),
        review("proven", "ceps", scores(0, 0, 0, 0, 5, 1, 0)));

    Ranking ranking = candidates.rank(transferOnly, reviews);

    assertThat(ranking.order()).extracting(PracticeSheetId::value).containsExactly("proven", "new");
    assertThat(ranking.ranked().get(0).overall()).isEqualTo(new BigDecimal("4.00")); // (3*5 + 1) / 4
    assertThat(ranking.ranked().get(0).criterionScores()).containsOnlyKeys(NEW_MOBILISATION_APPROACH, ALREADY_REPRODUCED, MODEST_RESOURCES);
  }

  @Test
  void ignoresReviewsOfOtherSheetsAndRefusesTwoReviewsByTheSameReviewer() {
    Toolkit candidates = Toolkit.of(TestSheets.minimal("a"));

    assertThat(candidates.rank(List.of(review("a", "ceps", 3), review("elsewhere", "ceps", 5))).ranked())
        .singleElement().satisfies(r -> assertThat(r.overall()).isEqualByComparingTo("3"));
    assertThatThrownBy(() -> candidates.rank(List.of(review("a", "ceps", 3), review("a", "ceps", 4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ceps reviewed sheet a twice: keep one review per reviewer and sheet");
  }

  @Test
  void refusesScoresOutOfRangeAndRulesWithoutADimension() {
    assertThatThrownBy(() -> review("a", "ceps", 6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scores go from 0 to 5");
    assertThatThrownBy(() -> RankingRule.builder().putWeights(NEW_MOBILISATION_APPROACH, 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no TRANSFERABILITY criterion");
    assertThatThrownBy(() -> RankingRule.builder().putWeights(NEW_MOBILISATION_APPROACH, 1).putWeights(DOCUMENTED_METHOD, 0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give a weight from 1 to 100");
  }
}
