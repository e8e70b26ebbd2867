package eu.projectresolution.mobilisation.transfer;

import eu.projectresolution.mobilisation.programme.Language;
import static eu.projectresolution.mobilisation.transfer.SipaTransfer.ADAPTED_ACCOMPANIMENT;
import static eu.projectresolution.mobilisation.transfer.SipaTransfer.FIXED_RECEPTION_SITES;
import static eu.projectresolution.mobilisation.transfer.SipaTransfer.RECRUT_CAFE;
import static eu.projectresolution.mobilisation.transfer.SipaTransfer.REFERRAL_NETWORK;
import static eu.projectresolution.mobilisation.transfer.SipaTransfer.RESIDENT_LIAISON_OUTREACH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SipaTransferTest {
  private static final PracticeDecomposition SIPA = SipaTransfer.practice();
  private static final TransferRules RULES = SipaTransfer.rules();

  private static TransferabilityAssessment assess(TransferContext context) {
    return RULES.assess(SIPA, context);
  }

  private static ElementVerdict verdictOn(TransferabilityAssessment assessment, PracticeElementId element) {
    return assessment.element(element).orElseThrow();
  }

  private static List<String> adaptationIds(ElementVerdict verdict) {
    return verdict.adaptations().stream().map(a -> a.id().value()).toList();
  }

  @Test
  void sipaIsTransferableToAPriorityNeighbourhoodOfNordFrancheComte() {
    TransferabilityAssessment qpv = assess(SipaTransfer.nordFrancheComteQpv());

    assertThat(qpv.transferable()).isTrue();
    assertThat(qpv.verdict()).as(qpv.explain()).isEqualTo(Verdict.TRANSFERABLE);
    assertThat(qpv.elementsWith(Verdict.TRANSFERABLE)).hasSameSizeAs(SIPA.elements());
  }

  @Test
  void sipaIsTransferableToARuralAreaWithNamedAdaptations() {
    TransferabilityAssessment rural = assess(SipaTransfer.nordFrancheComteRural());

    assertThat(rural.transferable()).as(rural.explain()).isTrue();
    assertThat(rural.verdict()).isEqualTo(Verdict.ADAPT);

    ElementVerdict sites = verdictOn(rural, FIXED_RECEPTION_SITES);
    assertThat(sites.verdict()).isEqualTo(Verdict.ADAPT);
    assertThat(adaptationIds(sites)).containsExactly("itinerant-reception-days");
    assertThat(sites.adaptations().get(0).description()).contains("town halls", "mobile office", "instead of fixed sites");
    assertThat(sites.unmetRequirements()).extracting(r -> r.id().value()).containsExactly("urban-setting", "site-within-reach");

    ElementVerdict outreach = verdictOn(rural, RESIDENT_LIAISON_OUTREACH);
    assertThat(outreach.verdict()).isEqualTo(Verdict.ADAPT);
    assertThat(adaptationIds(outreach)).containsExactly("outreach-where-residents-gather");
    assertThat(outreach.adaptations().get(0).description())
        .contains("markets", "town halls", "local shops", "mobile presence", "instead of door-to-door in building halls");

    assertThat(adaptationIds(verdictOn(rural, RECRUT_CAFE)))
        .containsExactly("local-employers-and-work-integration", "posting-through-associations-and-shops",
            "recrut-cafe-in-village-venues");
    assertThat(adaptationIds(verdictOn(rural, REFERRAL_NETWORK))).containsExactly("employment-service-on-reception-days");
    assertThat(verdictOn(rural, ADAPTED_ACCOMPANIMENT).verdict()).isEqualTo(Verdict.TRANSFERABLE);
  }

  @Test
  void sipaIsNotTransferableWhereThereIsNoMainstreamSchemeToReferTo() {
    TransferContext nowhereToRefer =
        TransferContext.builder()
            .from(SipaTransfer.nordFrancheComteQpv())
            .name("A neighbourhood without mainstream schemes")
            .mainstreamSchemes(Set.of())
            .build();

    TransferabilityAssessment assessment = assess(nowhereToRefer);

    assertThat(assessment.transferable()).isFalse();
    assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_TRANSFERABLE);
    ElementVerdict referral = verdictOn(assessment, REFERRAL_NETWORK);
    assertThat(referral.verdict()).isEqualTo(Verdict.NOT_TRANSFERABLE);
    assertThat(referral.unmetRequirements()).singleElement().isInstanceOf(MainstreamSchemesAvailable.class);
    assertThat(referral.unmetRequirements().get(0).id()).isEqualTo(RequirementId.of("mainstream-schemes"));
    assertThat(referral.reason())
        .contains("mainstream scheme to refer people to")
        .contains("no mainstream scheme available")
        .contains("no adaptation is known");
    assertThat(assessment.elementsWith(Verdict.NOT_TRANSFERABLE)).containsExactly(referral);
  }

  @Test
  void withoutATemporaryWorkAgencyTheRecrutCafeWorksWithLocalEmployersAndWorkIntegrationEnterprises() {
    TransferContext noAgency = without(SipaTransfer.nordFrancheComteQpv(), PartnerKind.TEMPORARY_WORK_AGENCY);

    ElementVerdict recrutCafe = verdictOn(assess(noAgency), RECRUT_CAFE);

    assertThat(recrutCafe.verdict()).isEqualTo(Verdict.ADAPT);
    assertThat(recrutCafe.adaptations()).singleElement().satisfies(a -> assertThat(a.description())
        .isEqualTo("Recruit with local employers and work-integration enterprises instead of a temporary work agency"));
  }

  @Test
  void withoutASocialLandlordPostersGoThroughAssociationsAndShopsAndTheSessionToVillageVenues() {
    TransferContext noLandlord = without(SipaTransfer.nordFrancheComteQpv(), PartnerKind.SOCIAL_LANDLORD);

    ElementVerdict recrutCafe = verdictOn(assess(noLandlord), RECRUT_CAFE);

    assertThat(adaptationIds(recrutCafe))
        .containsExactly("posting-through-associations-and-shops", "recrut-cafe-in-village-venues");
    assertThat(recrutCafe.adaptations().get(0).description()).contains("associations and local shops");
    assertThat(recrutCafe.adaptations().get(1).description())
        .contains("town hall", "market", "association's premises", "instead of building halls");
  }

  @Test
  void ruralAreaWithoutTownHallsCannotReplaceTheFixedSitesAndSaysWhy() {
    TransferContext noTownHalls = without(SipaTransfer.nordFrancheComteRural(), PartnerKind.MUNICIPALITY);

    TransferabilityAssessment assessment = assess(noTownHalls);

    ElementVerdict sites = verdictOn(assessment, FIXED_RECEPTION_SITES);
    assertThat(sites.verdict()).isEqualTo(Verdict.NOT_TRANSFERABLE);
    assertThat(sites.reason()).contains("'itinerant-reception-days' would need a partner of kind MUNICIPALITY");
    assertThat(assessment.transferable()).isFalse();
    // Associations still know where residents gather: outreach keeps its adaptation.
    assertThat(verdictOn(assessment, RESIDENT_LIAISON_OUTREACH).verdict()).isEqualTo(Verdict.ADAPT);
  }

  @Test
  void aTeamWorkingInItalianTranslatesTheTools() {
    TransferContext italian =
        TransferContext.builder()
            .from(SipaTransfer.nordFrancheComteQpv())
            .name("A priority neighbourhood in Italy")
            .country(CountryCode.of("IT"))
            .languages(Set.of(Language.of("it")))
            .build();

    TransferabilityAssessment assessment = assess(italian);

    assertThat(adaptationIds(verdictOn(assessment, RECRUT_CAFE))).containsExactly("translated-capture-tools");
    assertThat(adaptationIds(verdictOn(assessment, ADAPTED_ACCOMPANIMENT))).containsExactly("translated-accompaniment-guide");
    assertThat(assessment.transferable()).isTrue();
  }

  @Test
  void ruralScoreFollowsTheDocumentedFormula() {
    TransferabilityAssessment rural = assess(SipaTransfer.nordFrancheComteRural());

    int points = 0;
    int maximum = 0;
    for (ElementVerdict e : rural.elements()) {
      int weight = e.essential() ? 2 : 1;
      int value = e.verdict() == Verdict.TRANSFERABLE ? 2 : e.verdict() == Verdict.ADAPT ? 1 : 0;
      points += weight * value;
      maximum += weight * 2;
    }
    assertThat(rural.scorePoints()).isEqualTo(points);
    assertThat(rural.maximumPoints()).isEqualTo(maximum);
    assertThat(rural.score())
        .isEqualByComparingTo(new BigDecimal(points).divide(new BigDecimal(maximum), 3, RoundingMode.HALF_UP));
    // Four essential and four optional elements; four adapted, one of them optional.
    assertThat(rural.scorePoints()).isEqualTo(17);
    assertThat(rural.maximumPoints()).isEqualTo(24);
    assertThat(rural.score()).isEqualByComparingTo("0.708");
  }

  @Test
  void homeContextCarriesTheSheetsFigures() {
    TransferContext home = SipaTransfer.homeContext();

    assertThat(home.totalFullTimeEquivalent()).isEqualByComparingTo("11");
    assertThat(home.budget()).isEqualTo(Money.of("1366568.14", "EUR"));
    assertThat(home.budgetPerPersonReached()).isEqualTo(Money.of("80.39", "EUR"));
    assertThat(home.staff()).extracting(s -> s.headcount()).containsExactly(1, 3, 3, 2, 3);
    assertThat(home.territoryType()).isEqualTo(TerritoryType.OTHER_URBAN);
    assertThat(assess(home).verdict()).isEqualTo(Verdict.TRANSFERABLE);
  }

  @Test
  void everyShippedContextSaysWhereEachFigureComesFrom() {
    for (TransferContext context :
        List.of(SipaTransfer.homeContext(), SipaTransfer.nordFrancheComteQpv(), SipaTransfer.nordFrancheComteRural())) {
      assertThat(context.sources().keySet())
          .as(context.name())
          .contains("population", "areaSquareKilometres", "travelMinutesToPublicEmploymentOffice", "travelMinutesToSite",
              "partners", "staff", "budget", "peopleToReach", "languages", "mainstreamSchemes");
    }
  }

  @Test
  void sipaDecompositionHasTheEightElementsOfTheSheet() {
    // The same code as the SIPA practice sheet's id, so that the two can be matched in the toolkit.
    assertThat(SIPA.code()).isEqualTo(PracticeCode.of("sipa-montbeliard"));
    assertThat(SIPA.elements())
        .extracting(e -> e.id().value())
        .containsExactly(
            "resident-liaison-outreach",
            "recrut-cafe",
            "fixed-reception-sites",
            "adapted-accompaniment",
            "referral-network",
            "user-partner-committees",
            "collaborative-actions",
            "festive-final-event");
    assertThat(SIPA.essentialElements())
        .extracting(PracticeElement::id)
        .containsExactly(RESIDENT_LIAISON_OUTREACH, FIXED_RECEPTION_SITES, ADAPTED_ACCOMPANIMENT, REFERRAL_NETWORK);
  }

  @Test
  void aPartnersJavaRuleJoinsTheShippedRules() {
    Requirement broadband = WorkingLanguage.of(RequirementId.of("flyer-language"), Language.of("fr"));
    TransferRule noFestivalInWinter =
        (element, context) ->
            element.id().equals(SipaTransfer.FESTIVE_FINAL_EVENT)
                ? List.of(Finding.notTransferable(broadband, "Our partners hold no event in the first year."))
                : List.of();

    TransferabilityAssessment assessment =
        RULES.with(noFestivalInWinter).assess(SIPA, SipaTransfer.nordFrancheComteQpv());

    assertThat(verdictOn(assessment, SipaTransfer.FESTIVE_FINAL_EVENT).verdict()).isEqualTo(Verdict.NOT_TRANSFERABLE);
    assertThat(assessment.transferable()).as("an optional element does not decide").isTrue();
    assertThat(assessment.verdict()).isEqualTo(Verdict.ADAPT);
  }

  @Test
  void budgetsInDifferentCurrenciesAreNotComparedSilently() {
    TransferContext swedish =
        TransferContext.builder()
            .from(SipaTransfer.nordFrancheComteQpv())
            .name("A Swedish suburb")
            .budget(Money.of("2000000", "SEK"))
            .build();

    assertThatThrownBy(() -> assess(swedish))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("premises-budget")
        .hasMessageContaining("EUR")
        .hasMessageContaining("SEK");
  }

  @Test
  void whatIfMethodsChangeOnlyWhatTheySay() {
    TransferContext rural = SipaTransfer.nordFrancheComteRural();

    TransferContext richer =
        rural.withPartner(PartnerKind.TEMPORARY_WORK_AGENCY)
            .withAdditionalStaff(StaffRole.RECEPTION_OFFICER, BigDecimal.ONE)
            .withAdditionalBudget(Money.of("1000", "EUR"))
            .withTravelMinutes(TravelDestination.SITE, 12);

    assertThat(richer.partners()).containsAll(rural.partners()).contains(PartnerKind.TEMPORARY_WORK_AGENCY);
    assertThat(richer.fullTimeEquivalent(StaffRole.RECEPTION_OFFICER))
        .isEqualByComparingTo("2");
    assertThat(richer.staff()).hasSameSizeAs(rural.staff());
    assertThat(richer.budget().amount()).isEqualByComparingTo("151000");
    assertThat(richer.travelMinutesToSite()).isEqualTo(12);
    assertThat(richer.travelMinutesToPublicEmploymentOffice()).isEqualTo(rural.travelMinutesToPublicEmploymentOffice());
    assertThat(richer.sources()).isEqualTo(rural.sources());
  }

  @Test
  void ruleFileContextsAndAssessmentsRoundTripThroughJson() throws Exception {
    ObjectMapper json = MobilisationJson.objectMapper();

    String ruleFile = json.writeValueAsString(SipaTransfer.ruleFile());
    assertThat(TransferRuleFile.fromJson(ruleFile)).isEqualTo(SipaTransfer.ruleFile());
    assertThat(ruleFile).contains("\"type\":\"partners\"", "\"type\":\"travelTime\"");

    String context = json.writeValueAsString(SipaTransfer.nordFrancheComteRural());
    assertThat(TransferContext.fromJson(context)).isEqualTo(SipaTransfer.nordFrancheComteRural());

    TransferabilityAssessment rural = assess(SipaTransfer.nordFrancheComteRural());
    assertThat(json.readValue(json.writeValueAsString(rural), TransferabilityAssessment.class)).isEqualTo(rural);
  }

  private static TransferContext without(TransferContext context, PartnerKind kind) {
    return TransferContext.builder()
        .from(context)
        .name(context.name() + " without " + kind)
        .partners(context.partners().stream().filter(k -> k != kind).toList())
        .build();
  }

  @Test
  void anAssessmentOfTheProgrammesSpreadNamesThePublicEmploymentServiceOfTheCountryPackTheProgrammeDeclares() {
    Programme sipa = Programme.builder().from(Fixtures.sipa()).countryPack("fr").build();
    TransferContext rural = SipaTransfer.nordFrancheComteRural();

    assertThat(SipaTransfer.rules().assess(SipaTransfer.practice(), rural).localGround()).as("the context names none").isEmpty();
    LocalGround ground = SipaTransfer.rules().assess(SipaTransfer.practice(), rural.inCountryOf(sipa)).localGround().orElseThrow();
    assertThat(ground.countryPack()).isEqualTo("fr");
    assertThat(ground.publicEmploymentServices()).extracting(s -> s.name()).anyMatch(n -> n.startsWith("France Travail"));
    assertThat(rural.inCountryOf(Fixtures.sipa())).as("a programme declaring none changes nothing").isSameAs(rural);
    TransferContext spanish = TransferContext.builder().from(rural).countryPack("es").build();
    assertThat(spanish.inCountryOf(sipa).countryPack()).as("a context's own pack stays").contains("es");
  }
}
