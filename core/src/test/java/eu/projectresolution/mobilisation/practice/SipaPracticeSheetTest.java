package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.programme.Language;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SipaPracticeSheetTest {
  private final PracticeSheetJson json = PracticeSheetJson.create();
  private final PracticeSheet sipa = SipaPracticeSheet.load();

  private static JsonNode shippedTree() throws IOException {
    try (InputStream in = SipaPracticeSheet.class.getResourceAsStream(SipaPracticeSheet.RESOURCE)) {
      return MobilisationJson.objectMapper().readTree(in);
    }
  }

  @Test
  void roundTripsFromJsonToSheetToJsonUnchanged() throws IOException {
    JsonNode shipped = shippedTree();

    JsonNode written = MobilisationJson.objectMapper().readTree(json.write(json.read(shipped)));

    assertThat(written).isEqualTo(shipped);
    assertThat(json.read(json.write(sipa))).isEqualTo(sipa);
  }

  @Test
  void validatesAgainstTheShippedSchemaAndBreaksNoRule() throws IOException {
    assertThat(SheetSchema.errors(shippedTree())).isEmpty();
    assertThat(json.problems(sipa)).isEmpty();
  }

  @Test
  void describesTheOrganisationAndTheInitiativeAsTheOriginalDoes() {
    assertThat(sipa.id()).isEqualTo(SipaPracticeSheet.ID);
    assertThat(sipa.organisation().name()).isEqualTo("Institut de l'entreprise et de l'innovation sociale / IDEIS");
    assertThat(sipa.organisation().country()).isEqualTo(CountryCode.of("FR"));
    Initiative initiative = sipa.initiative();
    assertThat(initiative.title().in(Language.FRENCH))
        .isEqualTo("Sites d'informations, de projets et d'accompagnement - SIPA");
    assertThat(initiative.title().in(Language.ENGLISH)).isEqualTo("Information, project and accompaniment sites - SIPA");
    assertThat(initiative.domains())
        .containsExactly(Domain.EMPLOYMENT, Domain.VOCATIONAL_TRAINING, Domain.SOCIAL_INCLUSION, Domain.OTHER);
    assertThat(initiative.otherDomain().orElseThrow().in(Language.FRENCH)).isEqualTo("socio culturel");
    assertThat(initiative.partners()).hasSize(15);
    assertThat(initiative.coverage()).isEqualTo(GeographicCoverage.LOCAL);
    assertThat(initiative.period()).isEqualTo(Period.of(LocalDate.of(2016, 9, 1), LocalDate.of(2019, 8, 31)));
    assertThat(initiative.summary().languages()).containsExactly(Language.FRENCH, Language.ENGLISH);
    assertThat(initiative.summary().in(Language.FRENCH))
        .startsWith("Face au constat de baisse importante de fréquentation")
        .contains("une vigilance spécifique sur les publics jeunes, réfugiés et femmes");
    initiative.summary().texts().values()
        .forEach(text -> assertThat(Initiative.countWords(text)).isLessThanOrEqualTo(Initiative.MAX_SUMMARY_WORDS));
  }

  @Test
  void describesTheImplementationWithTheRecrutCafeAndTheCoordinationTeam() {
    Implementation implementation = sipa.implementation();
    assertThat(implementation.targetGroups())
        .contains(TargetGroup.NEETS, TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.EMPLOYERS, TargetGroup.GUIDANCE_COUNSELLORS);
    assertThat(implementation.objectives()).hasSize(3)
        .allSatisfy(o -> assertThat(o.languages()).contains(Language.FRENCH, Language.ENGLISH));
    assertThat(implementation.keyActivities()).hasSize(9);

    SignatureTool recrutCafe = implementation.signatureTools().get(0);
    assertThat(recrutCafe.name().in(Language.FRENCH)).isEqualTo("Le Recrut' café des Conseillers Relais Habitants");
    assertThat(recrutCafe.actors()).hasSize(3);
    assertThat(recrutCafe.organisationSteps()).hasSize(6);
    assertThat(recrutCafe.organisationSteps().get(5).in(Language.FRENCH)).startsWith("Etat de présence des participants");
    assertThat(recrutCafe.roles().get(0).duties()).extracting(d -> d.in(Language.FRENCH))
        .containsExactly(
            "Accueille", "Conseille", "Propose des solutions adaptées aux différents profils des publics", "Anime le recrut' café");
    assertThat(recrutCafe.addedValue()).hasSize(3);

    assertThat(implementation.coordination())
        .extracting(CoordinationRole::staffRole, CoordinationRole::headcount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(StaffRole.PROJECT_LEAD), 1),
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(StaffRole.RECEPTION_OFFICER), 3),
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(StaffRole.SITE_MANAGER), 3),
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(StaffRole.RESIDENT_LIAISON_COUNSELLOR), 2),
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(StaffRole.ADAPTED_ACCOMPANIMENT_COUNSELLOR), 3));
    Resources resources = implementation.resources().orElseThrow();
    assertThat(resources.fullTimeEquivalent()).contains(new BigDecimal("11"));
    assertThat(resources.budget()).contains(Money.of("1366568.14", "EUR"));
  }

  @Test
  void keepsTheResultsAsTheSheetDeclaresThemInFrench() {
    Impact impact = sipa.impact();
    assertThat(impact.results()).hasSize(8).allSatisfy(r -> assertThat(r.origin()).isEqualTo(ResultOrigin.DECLARED));
    assertThat(impact.results()).extracting(r -> r.text().in(Language.FRENCH))
        .contains(
            "Plus de 4000 personnes captées sur les lieux de vie en dehors des sites SIPA",
            "17 000 personnes accueillies sur les sites SIPA, soit 24% de plus qu'en 2015",
            "Sur les derniers mois du projet : 97% des usagers se déclaraient satisfaits de l'offre proposée sur les sites SIPA");
    assertThat(impact.results()).flatExtracting(ResultStatement::measures)
        .contains(Measure.PEOPLE_WELCOMED, Measure.PEOPLE_ACCOMPANIED, Measure.POSITIVE_EXITS, Measure.SITE_EVENTS);
    assertThat(impact.expectedImpacts()).hasSize(6);
    assertThat(impact.evaluation().orElseThrow().findings()).hasSize(3);
    assertThat(impact.testimonials()).extracting(Testimonial::source)
        .containsExactly(TestimonialSource.PROFESSIONALS, TestimonialSource.BENEFICIARIES);
    assertThat(impact.testimonials().get(0).strengths()).hasSize(5);
    assertThat(impact.testimonials().get(0).weaknesses()).hasSize(5);
    MediaLink video = impact.testimonials().get(1).mediaLinks().get(0);
    assertThat(video.kind()).isEqualTo(MediaKind.VIDEO);
    assertThat(video.url()).hasToString("http://www.ideis-asso.fr/SIPA/SIPA-Presentation-ResolutionProject.mp4");
  }

  @Test
  void saysItSpreadsToPriorityNeighbourhoodsAndRuralAreasOfNordFrancheComte() {
    Transferability transferability = sipa.transferability();
    assertThat(transferability.appliedElsewhere()).isEqualTo(AppliedElsewhere.YES);
    PlaceApplied place = transferability.whereApplied().get(0);
    assertThat(place.place()).isEqualTo("Nord Franche Comté");
    assertThat(place.since()).contains(LocalDate.of(2019, 10, 1));
    assertThat(place.territoryTypes())
        .containsExactly(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD, TerritoryType.RURAL);
    assertThat(transferability.enablingCriteria().get(0).in(Language.FRENCH)).contains("Plan Investissement Compétences");
    assertThat(transferability.applicability()).isEmpty();
  }
}
