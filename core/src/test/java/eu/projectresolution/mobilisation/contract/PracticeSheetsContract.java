package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.port.PracticeSheets;
import eu.projectresolution.mobilisation.practice.Criterion;
import eu.projectresolution.mobilisation.practice.Domain;
import eu.projectresolution.mobilisation.practice.GeographicCoverage;
import eu.projectresolution.mobilisation.practice.Initiative;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.practice.LocalizedText;
import eu.projectresolution.mobilisation.practice.Organisation;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetId;
import eu.projectresolution.mobilisation.practice.PracticeSheetQuery;
import eu.projectresolution.mobilisation.practice.PracticeSheetVersion;
import eu.projectresolution.mobilisation.practice.Review;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.practice.TargetGroup;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PracticeSheets} adapter must do. An adapter's test extends this class and gives a
 * fresh, empty store in {@link #newPracticeSheets()}; the suite uses nothing but the port.
 */
public abstract class PracticeSheetsContract {
  private static final TenantId IDEIS = TenantId.of("ideis");
  private static final TenantId CEPS = TenantId.of("ceps");

  private final PracticeSheet sipa = SipaPracticeSheet.load();
  private PracticeSheets sheets;

  /** A new store holding no sheet for any tenant. */
  protected abstract PracticeSheets newPracticeSheets();

  @BeforeEach
  void newStore() {
    sheets = newPracticeSheets();
  }

  private PracticeSheet renamed(PracticeSheet sheet, String id) {
    return PracticeSheet.builder().from(sheet).id(PracticeSheetId.of(id)).build();
  }

  private PracticeSheet retitled(PracticeSheet sheet, String frenchTitle) {
    Initiative.Builder initiative = Initiative.builder();
    initiative.from(sheet.initiative()).title(LocalizedText.fr(frenchTitle));
    return PracticeSheet.builder().from(sheet).initiative(initiative.build()).build();
  }

  private PracticeSheet spanishEducation(String id) {
    Initiative.Builder initiative = Initiative.builder();
    initiative.from(sipa.initiative())
        .title(LocalizedText.fr("Accueil de Madrid").with(Language.SPANISH, "Acogida de Madrid"))
        .originalLanguage(Language.SPANISH)
        .domains(List.of(Domain.EDUCATION))
        .otherDomain(java.util.Optional.empty())
        .coverage(GeographicCoverage.REGIONAL)
        .territoryTypes(List.of(TerritoryType.PERI_URBAN));
    Organisation.Builder organisation = Organisation.builder();
    organisation.from(sipa.organisation()).name("Acogida").city("Madrid").country(CountryCode.of("ES"));
    return PracticeSheet.builder()
        .from(sipa)
        .id(PracticeSheetId.of(id))
        .organisation(organisation.build())
        .initiative(initiative.build())
        .build();
  }

  private static List<String> ids(List<PracticeSheetVersion> versions) {
    return versions.stream().map(v -> v.id().value() + "@" + v.version()).toList();
  }

  @Test
  void addsAFirstVersionNumberedOneAndGivesBackTheSheetUnchanged() {
    PracticeSheetVersion added = sheets.add(IDEIS, sipa);

    assertThat(added.version()).isEqualTo(1);
    assertThat(added.sheet()).isEqualTo(sipa);
    assertThat(sheets.latest(IDEIS, sipa.id())).contains(added);
    assertThat(sheets.version(IDEIS, sipa.id(), 1)).contains(added);
    assertThat(sheets.versions(IDEIS, sipa.id())).containsExactly(added);
  }

  @Test
  void refusesToAddASheetWhoseIdIsTakenAndKeepsTheStoredOne() {
    sheets.add(IDEIS, sipa);

    assertThatThrownBy(() -> sheets.add(IDEIS, retitled(sipa, "Autre")))
        .isInstanceOfSatisfying(VersionConflict.class, conflict -> {
          assertThat(conflict.recordId()).isEqualTo("sipa-montbeliard");
          assertThat(conflict.expectedVersion()).isZero();
          assertThat(conflict.actualVersion()).isEqualTo(1);
        });
    assertThat(sheets.latest(IDEIS, sipa.id()).orElseThrow().sheet()).isEqualTo(sipa);
  }

  @Test
  void replacesASheetWithTheNextVersionAndKeepsTheOlderOnes() {
    sheets.add(IDEIS, sipa);
    PracticeSheet second = retitled(sipa, "SIPA, deuxième version");
    PracticeSheet third = retitled(sipa, "SIPA, troisième version");

    PracticeSheetVersion v2 = sheets.replace(IDEIS, second, 1);
    PracticeSheetVersion v3 = sheets.replace(IDEIS, third, 2);

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v3.version()).isEqualTo(3);
    assertThat(sheets.latest(IDEIS, sipa.id())).contains(v3);
    assertThat(sheets.version(IDEIS, sipa.id(), 1).orElseThrow().sheet()).isEqualTo(sipa);
    assertThat(sheets.version(IDEIS, sipa.id(), 2).orElseThrow().sheet()).isEqualTo(second);
    assertThat(sheets.versions(IDEIS, sipa.id())).extracting(PracticeSheetVersion::version).containsExactly(1L, 2L, 3L);
    assertThat(sheets.list(IDEIS)).containsExactly(v3);
  }

  @Test
  void refusesAStaleReplacementAndWritesNothing() {
    sheets.add(IDEIS, sipa);
    sheets.replace(IDEIS, retitled(sipa, "Deuxième"), 1);

    assertThatThrownBy(() -> sheets.replace(IDEIS, retitled(sipa, "Concurrente"), 1))
        .isInstanceOfSatisfying(VersionConflict.class, conflict -> {
          assertThat(conflict.expectedVersion()).isEqualTo(1);
          assertThat(conflict.actualVersion()).isEqualTo(2);
        });
    assertThat(sheets.versions(IDEIS, sipa.id())).hasSize(2);
    assertThat(sheets.latest(IDEIS, sipa.id()).orElseThrow().sheet().title(Language.FRENCH)).isEqualTo("Deuxième");
  }

  @Test
  void refusesToReplaceASheetItDoesNotHave() {
    assertThatThrownBy(() -> sheets.replace(IDEIS, sipa, 1))
        .isInstanceOfSatisfying(VersionConflict.class, conflict -> assertThat(conflict.actualVersion()).isZero());
    assertThat(sheets.latest(IDEIS, sipa.id())).isEmpty();
    assertThat(sheets.list(IDEIS)).isEmpty();
  }

  @Test
  void findsNothingForASheetOrAVersionNeverStored() {
    sheets.add(IDEIS, sipa);

    assertThat(sheets.latest(IDEIS, PracticeSheetId.of("unknown"))).isEmpty();
    assertThat(sheets.versions(IDEIS, PracticeSheetId.of("unknown"))).isEmpty();
    assertThat(sheets.version(IDEIS, sipa.id(), 0)).isEmpty();
    assertThat(sheets.version(IDEIS, sipa.id(), 2)).isEmpty();
    assertThat(sheets.version(IDEIS, sipa.id(), -1)).isEmpty();
  }

  @Test
  void listsTheLatestVersionOfEachSheetBySheetId() {
    sheets.add(IDEIS, renamed(sipa, "zeta"));
    sheets.add(IDEIS, renamed(sipa, "alpha"));
    sheets.replace(IDEIS, retitled(renamed(sipa, "zeta"), "Zeta 2"), 1);
    sheets.add(IDEIS, renamed(sipa, "mu"));

    assertThat(ids(sheets.list(IDEIS))).containsExactly("alpha@1", "mu@1", "zeta@2");
  }

  @Test
  void findsTheLatestVersionsThatMatchAQueryAsTheQueryDefinesIt() {
    sheets.add(IDEIS, sipa);
    sheets.add(IDEIS, spanishEducation("acogida"));
    sheets.add(IDEIS, renamed(sipa, "sipa-copy"));
    // the copy's second version no longer covers employment: its first version must not be found
    Initiative.Builder withoutEmployment = Initiative.builder();
    withoutEmployment.from(sipa.initiative()).domains(List.of(Domain.SOCIAL_INCLUSION, Domain.OTHER));
    sheets.replace(
        IDEIS,
        PracticeSheet.builder().from(renamed(sipa, "sipa-copy")).initiative(withoutEmployment.build()).build(),
        1);

    List<PracticeSheetQuery> queries = List.of(
        PracticeSheetQuery.all(),
        PracticeSheetQuery.builder().domain(Domain.EMPLOYMENT).build(),
        PracticeSheetQuery.builder().domain(Domain.EDUCATION).build(),
        PracticeSheetQuery.builder().targetGroup(TargetGroup.NEETS).build(),
        PracticeSheetQuery.builder().targetGroup(TargetGroup.TEACHERS_AND_TRAINERS).build(),
        PracticeSheetQuery.builder().coverage(GeographicCoverage.REGIONAL).build(),
        PracticeSheetQuery.builder().country(CountryCode.of("ES")).build(),
        PracticeSheetQuery.builder().country(CountryCode.of("FR")).build(),
        PracticeSheetQuery.builder().territoryType(TerritoryType.RURAL).build(),
        PracticeSheetQuery.builder().territoryType(TerritoryType.PERI_URBAN).build(),
        PracticeSheetQuery.builder().text("Recrut'Café").build(),
        PracticeSheetQuery.builder().text("ACOGIDA madrid").build(),
        PracticeSheetQuery.builder().text("nowhere to be found").build(),
        PracticeSheetQuery.builder().domain(Domain.OTHER).country(CountryCode.of("FR")).text("quartiers").build());

    List<PracticeSheetVersion> all = sheets.list(IDEIS);
    for (PracticeSheetQuery query : queries) {
      assertThat(sheets.find(IDEIS, query))
          .as("find(%s)", query)
          .containsExactlyElementsOf(all.stream().filter(v -> query.matches(v.sheet())).toList());
    }
    assertThat(ids(sheets.find(IDEIS, PracticeSheetQuery.builder().domain(Domain.EMPLOYMENT).build())))
        .containsExactly("sipa-montbeliard@1");
    assertThat(ids(sheets.find(IDEIS, PracticeSheetQuery.builder().country(CountryCode.of("ES")).build())))
        .containsExactly("acogida@1");
  }

  @Test
  void neverShowsOneTenantTheSheetsOfAnother() {
    sheets.add(IDEIS, sipa);
    sheets.replace(IDEIS, retitled(sipa, "Deuxième"), 1);

    assertThat(sheets.latest(CEPS, sipa.id())).isEmpty();
    assertThat(sheets.version(CEPS, sipa.id(), 1)).isEmpty();
    assertThat(sheets.versions(CEPS, sipa.id())).isEmpty();
    assertThat(sheets.list(CEPS)).isEmpty();
    assertThat(sheets.find(CEPS, PracticeSheetQuery.all())).isEmpty();
    assertThat(sheets.find(CEPS, PracticeSheetQuery.builder().text("SIPA").build())).isEmpty();
  }

  @Test
  void neverLetsOneTenantChangeTheSheetsOfAnother() {
    sheets.add(IDEIS, sipa);

    assertThatThrownBy(() -> sheets.replace(CEPS, retitled(sipa, "Détournée"), 1))
        .isInstanceOfSatisfying(VersionConflict.class, conflict -> assertThat(conflict.actualVersion()).isZero());
    PracticeSheetVersion cepsOwn = sheets.add(CEPS, retitled(sipa, "La fiche du CEPS"));
    sheets.replace(CEPS, retitled(sipa, "La fiche du CEPS, v2"), 1);

    assertThat(cepsOwn.version()).isEqualTo(1);
    assertThat(sheets.versions(IDEIS, sipa.id())).extracting(PracticeSheetVersion::sheet).containsExactly(sipa);
    assertThat(sheets.latest(CEPS, sipa.id()).orElseThrow().sheet().title(Language.FRENCH))
        .isEqualTo("La fiche du CEPS, v2");
  }

  @Test
  void numbersVersionsWithoutGapsUnderConcurrentReplacements() throws Exception {
    sheets.add(IDEIS, sipa);
    int writers = 4;
    int replacementsEach = 10;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(pool.submit(() -> {
          for (int i = 0; i < replacementsEach; i++) {
            PracticeSheet next = retitled(sipa, "Écrivain " + writer + ", remplacement " + i);
            while (true) {
              long read = sheets.latest(IDEIS, sipa.id()).orElseThrow().version();
              try {
                sheets.replace(IDEIS, next, read);
                break;
              } catch (VersionConflict retry) {
                // another writer got there first: read again
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> writer : done) {
        writer.get();
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    assertThat(sheets.versions(IDEIS, sipa.id())).extracting(PracticeSheetVersion::version)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 1 + writers * replacementsEach).boxed().toList());
  }

  private Review review(PracticeSheetId sheet, String reviewer, int score) {
    return Review.builder().sheet(sheet).reviewer(reviewer).putScores(Criterion.NEW_MOBILISATION_APPROACH, score).build();
  }

  @Test
  void keepsOneReviewPerSheetAndReviewerTheLatestReplacingTheEarlierWhateverTheSheetsVersion() {
    PracticeSheet other = renamed(sipa, "other-practice");
    sheets.add(IDEIS, sipa);
    sheets.add(IDEIS, other);
    sheets.putReview(IDEIS, review(sipa.id(), "CEPS", 2));
    sheets.putReview(IDEIS, review(other.id(), "IDEIS", 4));
    sheets.putReview(IDEIS, review(sipa.id(), "Asociación Acogida", 5));
    sheets.replace(IDEIS, retitled(sipa, "SIPA, deuxième version"), 1);

    sheets.putReview(IDEIS, review(sipa.id(), "CEPS", 3));

    assertThat(sheets.reviews(IDEIS)).as("by sheet id, then reviewer").containsExactly(
        review(other.id(), "IDEIS", 4), review(sipa.id(), "Asociación Acogida", 5), review(sipa.id(), "CEPS", 3));
  }

  @Test
  void refusesAReviewOfASheetTheTenantDoesNotHaveAndKeepsEachTenantsReviewsApart() {
    sheets.add(IDEIS, sipa);
    sheets.putReview(IDEIS, review(sipa.id(), "CEPS", 2));

    assertThatThrownBy(() -> sheets.putReview(CEPS, review(sipa.id(), "CEPS", 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("review.sheet " + sipa.id())
        .hasMessageContaining("add the sheet first");
    assertThatThrownBy(() -> sheets.putReview(IDEIS, review(PracticeSheetId.of("unknown"), "CEPS", 5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sheets.reviews(CEPS)).isEmpty();
    assertThat(sheets.reviews(IDEIS)).containsExactly(review(sipa.id(), "CEPS", 2));
  }
}
