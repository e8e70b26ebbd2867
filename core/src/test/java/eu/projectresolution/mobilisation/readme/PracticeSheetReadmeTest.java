package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.PracticeSheets;
import eu.projectresolution.mobilisation.practice.Criterion;
import eu.projectresolution.mobilisation.practice.Initiative;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetId;
import eu.projectresolution.mobilisation.practice.PracticeSheetJson;
import eu.projectresolution.mobilisation.practice.PracticeSheetQuery;
import eu.projectresolution.mobilisation.practice.PracticeSheetVersion;
import eu.projectresolution.mobilisation.practice.RankedPractice;
import eu.projectresolution.mobilisation.practice.Ranking;
import eu.projectresolution.mobilisation.practice.Review;
import eu.projectresolution.mobilisation.practice.SheetCheck;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.practice.TargetGroup;
import eu.projectresolution.mobilisation.practice.Toolkit;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The practice-sheet and toolkit examples of {@code docs/practice-sheets.md}, run as tests. */
class PracticeSheetReadmeTest {
  @Test
  void readsChecksAndWritesASheet() {
    // README:begin practice-sheet-read
    PracticeSheet sipa = SipaPracticeSheet.load();
    String title = sipa.title(Language.ENGLISH);      // "Information, project and accompaniment sites - SIPA"
    String fallback = sipa.title(Language.ITALIAN);   // no Italian title: the French one

    PracticeSheetJson json = PracticeSheetJson.create();
    String exchanged = json.write(sipa);              // what partners send each other
    PracticeSheet received = json.read(exchanged);    // equal to sipa

    SheetCheck check = json.check(exchanged.replace("\"FR\"", "\"France\"").replace("\"LOCAL\"", "\"LOKAL\""));
    for (DocumentProblem problem : check.problems()) {
      System.out.println(problem.describe());
    }
    // $.organisation.country: "France" is not an ISO 3166-1 alpha-2 country code: use two upper-case ...
    // $.initiative.coverage: "LOKAL" is not a known value: use one of LOCAL, REGIONAL, NATIONAL, EUROPEAN
    // $.transferability.whereApplied[0].country: "France" is not an ISO 3166-1 alpha-2 country code: ...
    // README:end practice-sheet-read

    assertThat(title).isEqualTo("Information, project and accompaniment sites - SIPA");
    assertThat(fallback).isEqualTo("Sites d'informations, de projets et d'accompagnement - SIPA");
    assertThat(received).isEqualTo(sipa);
    assertThat(check.problems())
        .extracting(DocumentProblem::path)
        .containsExactly(
            "$.organisation.country", "$.initiative.coverage", "$.transferability.whereApplied[0].country");
    assertThat(check.problems().get(1).describe())
        .isEqualTo("$.initiative.coverage: \"LOKAL\" is not a known value: use one of LOCAL, REGIONAL, NATIONAL, EUROPEAN");
  }

  @Test
  void storesVersionsAndSearchesTheToolkit() {
    // README:begin toolkit-search
    TenantId resolution = TenantId.of("resolution");
    PracticeSheets sheets = InMemoryStorage.create().practiceSheets();
    PracticeSheet sipa = PracticeSheetJson.create().requireValid(SipaPracticeSheet.load());
    sheets.add(resolution, sipa);                                      // version 1

    PracticeSheet inSpanish = PracticeSheet.builder().from(sipa)
        .initiative(Initiative.builder().from(sipa.initiative())
            .title(sipa.initiative().title()
                .with(Language.SPANISH, "Sitios de información, de proyectos y de acompañamiento - SIPA"))
            .build())
        .build();
    sheets.replace(resolution, inSpanish, 1);                          // version 2; version 1 is kept

    PracticeSheetQuery ruralNeets = PracticeSheetQuery.builder()
        .targetGroup(TargetGroup.NEETS)
        .territoryType(TerritoryType.RURAL)   // SIPA has been spreading to rural areas since 2019
        .text("recrut'cafe")                  // case, accents and punctuation do not matter
        .build();
    List<PracticeSheetVersion> found = sheets.find(resolution, ruralNeets);    // [sipa-montbeliard v2]
    Toolkit toolkit = Toolkit.ofVersions(sheets.list(resolution));
    List<PracticeSheet> sameInMemory = toolkit.find(ruralNeets);
    // README:end toolkit-search

    assertThat(found).extracting(PracticeSheetVersion::version).containsExactly(2L);
    assertThat(sheets.versions(resolution, SipaPracticeSheet.ID)).extracting(PracticeSheetVersion::sheet)
        .containsExactly(sipa, inSpanish);
    assertThat(sameInMemory).containsExactly(inSpanish);
  }

  @Test
  void ranksCandidatesByTheReviewersScores() {
    // README:begin toolkit-rank
    PracticeSheet sipa = SipaPracticeSheet.load();
    PracticeSheet other = PracticeSheet.builder().from(sipa).id(PracticeSheetId.of("sipa-copy")).build();
    Map<Criterion, Integer> scores = new EnumMap<>(Map.of(
        Criterion.NEW_MOBILISATION_APPROACH, 5, Criterion.STRONGER_COOPERATION, 4, Criterion.EVIDENCE_OF_RESULTS, 4,
        Criterion.CONTEXT_INDEPENDENCE, 3, Criterion.ALREADY_REPRODUCED, 4, Criterion.MODEST_RESOURCES, 2,
        Criterion.DOCUMENTED_METHOD, 5));
    Review ceps = Review.builder().sheet(SipaPracticeSheet.ID).reviewer("CEPS").putAllScores(scores).build();
    scores.put(Criterion.MODEST_RESOURCES, 3);   // the one score on which the second reviewer differs
    Review galileo = Review.builder().sheet(SipaPracticeSheet.ID).reviewer("Galileo Progetti").putAllScores(scores).build();

    Ranking ranking = Toolkit.of(sipa, other).rank(List.of(ceps, galileo));   // RankingRule.resolution()
    RankedPractice first = ranking.ranked().get(0);
    // first.sheet() = sipa-montbeliard, rank 1
    // innovation      = (2 x 5 + 4 + 4) / 4        = 4.50
    // transferability = (2 x 3 + 4 + 2.5 + 5) / 5  = 3.50   (MODEST_RESOURCES: the mean of 2 and 3)
    // overall         = (4.50 + 3.50) / 2          = 4.00
    String why = ranking.unranked().get(0).reason();   // "no review yet" (for sipa-copy)
    // README:end toolkit-rank

    assertThat(first.sheet()).isEqualTo(SipaPracticeSheet.ID);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.innovation()).isEqualByComparingTo("4.50");
    assertThat(first.transferability()).isEqualByComparingTo("3.50");
    assertThat(first.overall()).isEqualByComparingTo("4.00");
    assertThat(ranking.unranked()).singleElement().satisfies(u -> {
      assertThat(u.sheet()).isEqualTo(PracticeSheetId.of("sipa-copy"));
      assertThat(u.reason()).isEqualTo(why).isEqualTo("no review yet");
    });
  }
}
