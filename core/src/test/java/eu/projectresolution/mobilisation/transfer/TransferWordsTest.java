package eu.projectresolution.mobilisation.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.Staffing;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TransferWordsTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void everyShippedLanguageHoldsEveryWordOfTheBase() throws IOException {
    Set<String> base = bundle("transfer_words.properties").stringPropertyNames();
    Set<String> practiceKeys = null;
    for (Locale language : TransferWords.SHIPPED) {
      if (language.getLanguage().equals("en")) {
        continue;
      }
      Set<String> translated = bundle("transfer_words_" + language.getLanguage() + ".properties").stringPropertyNames();
      assertThat(translated).as("the words of %s", language).containsAll(base);
      Set<String> own = translated.stream().filter(k -> !base.contains(k)).collect(Collectors.toSet());
      assertThat(own).as("beyond the base, only practice texts in %s", language).allMatch(k -> k.startsWith("practice."));
      if (practiceKeys != null) {
        assertThat(own).as("the practice texts of %s", language).isEqualTo(practiceKeys);
      }
      practiceKeys = own;
    }
    assertThat(practiceKeys).as("SIPA's rule set, every element and every adaptation are translated")
        .contains("practice.sipa-montbeliard.ruleSet")
        .containsAll(SipaTransfer.practice().elements().stream()
            .map(e -> "practice.sipa-montbeliard.element." + e.id()).toList())
        .containsAll(SipaTransfer.ruleFile().adaptations().stream()
            .map(a -> "practice.sipa-montbeliard.adaptation." + a.id()).toList());
  }

  @Test
  void everyWhyOfSipasRuleFileIsWordedInEveryShippedLanguage() {
    PracticeCode sipa = SipaTransfer.practice().code();
    TransferWords english = TransferWords.of(Locale.ENGLISH);
    int whys = 0;
    for (Locale language : TransferWords.SHIPPED.subList(1, TransferWords.SHIPPED.size())) {
      TransferWords words = TransferWords.of(language);
      for (PracticeElement element : SipaTransfer.practice().elements()) {
        for (Requirement requirement : element.requirements()) {
          assertThat(requirement.why()).as("SIPA's %s.%s says why", element.id(), requirement.id()).isPresent();
          assertThat(words.why(sipa, element.id(), requirement)).as("why %s.%s in %s", element.id(), requirement.id(), language)
              .isPresent().isNotEqualTo(requirement.why());
          assertThat(english.why(sipa, element.id(), requirement)).isEqualTo(requirement.why());
          whys++;
        }
      }
      for (Adaptation adaptation : SipaTransfer.ruleFile().adaptations()) {
        adaptation.why().ifPresent(why -> assertThat(words.why(sipa, adaptation)).as("why %s in %s", adaptation.id(), language)
            .isPresent().isNotEqualTo(Optional.of(why)));
        for (Requirement condition : adaptation.when()) {
          condition.why().ifPresent(why -> assertThat(words.why(sipa, adaptation, condition))
              .as("why %s needs %s in %s", adaptation.id(), condition.id(), language).isPresent().isNotEqualTo(Optional.of(why)));
        }
      }
    }
    assertThat(whys).isEqualTo(3 * 24);
  }

  @Test
  void theReasonOfAnUnmetRequirementSaysWhyThePracticeNeedsItInTheReadersLanguage() {
    TransferContext rural = SipaTransfer.nordFrancheComteRural();
    TransferabilityAssessment assessment = SipaTransfer.rules().assess(SipaTransfer.practice(), rural);
    ElementVerdict sites = assessment.element(SipaTransfer.FIXED_RECEPTION_SITES).orElseThrow();

    assertThat(TransferWords.of(SPANISH).reason(assessment.practice(), sites, rural))
        .startsWith("Necesita un territorio de tipo barrio urbano prioritario, urbano o periurbano; aquí, el territorio es de"
            + " tipo rural. Un centro fijo atrae a sus visitantes de los barrios de alrededor. Necesita como mucho 20 minutos");
    assertThat(TransferWords.of(Locale.ENGLISH).reason(assessment.practice(), sites, rural))
        .contains("the territory is of type rural. A fixed site draws its visitors from the surrounding neighbourhoods.");
    // The social landlord opens the halls for the posters and for the session: said once, with both whys.
    ElementVerdict recrutCafe = assessment.element(SipaTransfer.RECRUT_CAFE).orElseThrow();
    String french = TransferWords.of(Locale.FRENCH).reason(assessment.practice(), recrutCafe, rural);
    assertThat(french.split("Demande un partenaire \\(bailleur social\\)", -1)).hasSize(2);
    assertThat(french).contains("pour l'affichage (fiche pratique, préparation du Recrut'Café).",
        "d'abord un hall d'immeuble, qu'ouvrent les médiateurs du bailleur social");
  }

  @Test
  void everyValueOfTheVocabulariesHasItsWords() {
    for (Locale language : TransferWords.SHIPPED) {
      TransferWords words = TransferWords.of(language);
      for (Class<? extends Enum<?>> vocabulary : List.of(Verdict.class, PeopleServed.class, TravelDestination.class,
          eu.projectresolution.mobilisation.programme.PartnerKind.class,
          eu.projectresolution.mobilisation.programme.TerritoryType.class, StaffRole.class,
          eu.projectresolution.mobilisation.programme.SchemeKind.class)) {
        for (Enum<?> value : vocabulary.getEnumConstants()) {
          assertThat(words.name(value)).as("%s in %s", value, language).isNotBlank();
        }
      }
    }
  }

  @Test
  void staffScaledToThePeopleServedReadsWithTheLanguagesNumbers() {
    StaffPerPeople reception = StaffPerPeople.of(RequirementId.of("reception-staff"), StaffRole.RECEPTION_OFFICER,
        new BigDecimal("0.176"), 1000, PeopleServed.PEOPLE_TO_REACH);
    TransferContext village = TransferContext.builder().from(SipaTransfer.nordFrancheComteRural())
        .staff(List.of(Staffing.of(StaffRole.RECEPTION_OFFICER, 1, "0.3"))).peopleToReach(1500).build();

    assertThat(TransferWords.of(SPANISH).describe(reception))
        .isEqualTo("al menos 0,176 ETC de agente de acogida por cada 1.000 personas a alcanzar");
    assertThat(TransferWords.of(SPANISH).observed(reception, village))
        .isEqualTo("0,3 ETC de agente de acogida para 1.500 personas a alcanzar, que necesitan 0,264 ETC");
    assertThat(TransferWords.of(Locale.ENGLISH).observed(reception, village))
        .isEqualTo("0.3 FTE of reception officer for 1,500 people to reach, which need 0.264 FTE");
    assertThat(TransferWords.of(Locale.FRENCH).money(Money.of("40", "EUR"))).isEqualTo("40,00 EUR");
  }

  @Test
  void explainsSipaInRuralNordFrancheComteInFrench() {
    TransferContext rural = SipaTransfer.nordFrancheComteRural();
    String french = TransferWords.of(Locale.FRENCH)
        .explain(SipaTransfer.rules().assess(SipaTransfer.practice(), rural), rural);

    assertThat(french).startsWith("SIPA - Sites d'Information, de Projets et d'Accompagnement → Nord Franche-Comté,"
            + " a rural area\nVerdict : se transfère avec des adaptations (transférable) ; score 0,708 (17 points sur 24 ;"
            + " règles : Règles de transférabilité de SIPA)")
        .contains("- Des sites d'accueil fixes avec un espace de premier accueil (essentiel) : se transfère avec des"
            + " adaptations. Adaptation : Des journées d'accueil itinérantes dans les mairies, ou un bureau mobile,"
            + " plutôt que des sites fixes. Demande un territoire de type quartier prioritaire, urbain ou périurbain ;"
            + " ici, le territoire est de type rural.");
  }

  @Test
  void aLanguageNoBundleHoldsReadsInEnglishAndAPartnersOwnRequirementKeepsItsWords() {
    Requirement ferry = new Requirement() {
      @Override
      public RequirementId id() {
        return RequirementId.of("ferry");
      }

      @Override
      public Optional<String> why() {
        return Optional.empty();
      }

      @Override
      public boolean isMetBy(TransferContext context) {
        return false;
      }

      @Override
      public String describe() {
        return "un ferry quotidien";
      }

      @Override
      public String observedIn(TransferContext context) {
        return "pas de ferry";
      }
    };
    TransferWords german = TransferWords.of(Locale.GERMAN);

    assertThat(german.verdict(Verdict.ADAPT)).isEqualTo("carries over with adaptations");
    assertThat(german.describe(ferry)).isEqualTo("un ferry quotidien");
    assertThat(german.observed(ferry, SipaTransfer.homeContext())).isEqualTo("pas de ferry");
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TransferWords.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
