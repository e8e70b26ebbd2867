package eu.projectresolution.mobilisation.countrypack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.document.ProblemCode;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryPacksTest {
  private static CountryPack pack(String id) {
    return CountryPacks.standard().find(id).orElseThrow();
  }

  private static Set<String> names(java.util.List<PackScheme> schemes) {
    return Set.copyOf(schemes.stream().map(PackScheme::name).toList());
  }

  @Test
  void aProgrammeDeclaresItsCountryPackAndTheEngineRefusesOneNoPackHas() {
    Programme french = Programme.builder().from(Fixtures.sipa()).countryPack("fr").build();
    Programme unknown = Programme.builder().from(Fixtures.sipa()).countryPack("fr-bfc").build();

    assertThat(CountryPacks.standard().packOf(french)).map(CountryPack::id).contains("fr");
    assertThat(CountryPacks.standard().packOf(Fixtures.sipa())).as("none declared").isEmpty();
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> CountryPacks.standard().packOf(unknown)))
        .hasMessage("programme.countryPack of programme sipa-montbeliard names pack \"fr-bfc\", which is not known: use"
            + " one of [be, es, fr, it], or put fr-bfc.json in eu/projectresolution/mobilisation/countrypack on the classpath");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> Programme.builder().from(Fixtures.sipa()).countryPack("../fr").build())).hasMessageStartingWith("programme.countryPack \"../fr\" is not valid: use 1 to 100");

    MobilisationEngine engine = MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(Fixtures.CLOCK).build();
    TenantId tenant = TenantId.of("ideis");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> engine.registerProgramme(tenant, unknown)))
        .hasMessageStartingWith("programme.countryPack of programme sipa-montbeliard names pack \"fr-bfc\"");
    assertThat(engine.programme(tenant, unknown.id())).as("nothing registered").isEmpty();
    assertThat(engine.registerProgramme(tenant, french).accepted()).isTrue();
    assertThat(engine.programme(tenant, french.id()).flatMap(Programme::countryPack)).contains("fr");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> engine.updateProgramme(tenant, unknown)))
        .hasMessageContaining("use one of [be, es, fr, it]");
  }

  @Test
  void everyShippedPackIsFoundByItsIdAndSaysWhereItsFactsComeFrom() {
    for (String id : CountryPacks.SHIPPED) {
      CountryPack pack = pack(id);
      assertThat(pack.id()).isEqualTo(id);
      assertThat(pack.country()).isEqualTo(CountryCode.of(id.toUpperCase(java.util.Locale.ROOT)));
      assertThat(pack.schemes()).as(id).isNotEmpty().allSatisfy(s -> assertThat(s.source()).as(s.id()).isPresent());
      assertThat(pack.territoryDesignations()).as(id).isNotEmpty()
          .allSatisfy(d -> assertThat(d.source()).as(d.id()).isPresent());
      assertThat(pack.schemes().stream().filter(PackScheme::isPublicEmploymentService)).as(id).isNotEmpty();
    }
    assertThat(CountryPacks.standard().find("pt")).isEmpty();
    assertThat(CountryPacks.standard().find("../transfer/sipa-rules")).as("not a pack id, never a path").isEmpty();
  }

  @Test
  void franceReferstoFranceTravailTheMissionsLocalesCapEmploiThePlieAndTheIae() {
    CountryPack france = pack("fr");

    assertThat(names(france.publicEmploymentServices(Optional.empty()))).contains("France Travail", "Cap emploi");
    assertThat(france.schemes()).extracting(PackScheme::id)
        .contains("france-travail", "missions-locales", "cap-emploi", "plie", "iae");
    assertThat(france.designation("qpv").orElseThrow().territoryType()).isEqualTo(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD);
  }

  @Test
  void spainHasTheSepeAndTheRegionsOwnServices() {
    CountryPack spain = pack("es");

    assertThat(spain.publicEmploymentServices(Optional.of("Castilla-La Mancha"))).extracting(PackScheme::id)
        .containsExactly("sepe", "empleo-castilla-la-mancha");
    assertThat(spain.publicEmploymentServices(Optional.of("Andalucía"))).extracting(PackScheme::id)
        .containsExactly("sepe", "servicio-andaluz-de-empleo");
    assertThat(spain.publicEmploymentServices(Optional.empty())).extracting(PackScheme::id).containsExactly("sepe");
    assertThat(spain.designation("depopulation-risk-municipality").orElseThrow().territoryType())
        .isEqualTo(TerritoryType.RURAL);
  }

  @Test
  void italyHasItsCentriPerLImpiegoTheAdiAndItsInnerAreas() {
    CountryPack italy = pack("it");

    assertThat(italy.schemes()).extracting(PackScheme::id)
        .contains("centri-per-impiego", "assegno-di-inclusione", "gol", "garanzia-giovani");
    assertThat(italy.designation("inner-area").orElseThrow().territoryType()).isEqualTo(TerritoryType.RURAL);
    assertThat(italy.schemesToReferTo(Optional.empty(), Set.of(SchemeKind.WORK_INTEGRATION)))
        .extracting(PackScheme::id).containsExactly("cooperative-sociali-tipo-b");
  }

  @Test
  void belgiumsPublicEmploymentServiceDependsOnTheRegion() {
    CountryPack belgium = pack("be");

    assertThat(names(belgium.publicEmploymentServices(Optional.of("Vlaams Gewest")))).containsExactly(
        "VDAB - Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding");
    assertThat(names(belgium.publicEmploymentServices(Optional.of("Région wallonne")))).containsExactly("Le Forem");
    assertThat(names(belgium.publicEmploymentServices(
        Optional.of("Région de Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest")))).containsExactly("Actiris");
  }

  @Test
  void aPartnersPackIsCheckedLikeAnyDocumentAndAddedWithoutForkingTheEngine() {
    String portugal = """
        { "id": "pt", "country": "PT", "languages": ["pt"], "regions": ["Alentejo"],
          "schemes": [
            { "id": "iefp", "name": "Instituto do Emprego e Formação Profissional (IEFP)",
              "partnerKind": "PUBLIC_EMPLOYMENT_SERVICE", "offers": ["PUBLIC_EMPLOYMENT_SERVICE"] } ],
          "territoryDesignations": [ { "id": "interior", "name": "Territórios do Interior", "territoryType": "RURAL" } ] }
        """;
    CountryPack pack = CountryPack.fromJson(portugal);
    assertThat(CountryPacks.standard().with(pack).find("pt")).contains(pack);
    assertThat(CountryPacks.standard().with(pack).knownIds()).containsExactly("be", "es", "fr", "it", "pt");

    InvalidCountryPack invalid = catchThrowableOfType(InvalidCountryPack.class, () -> CountryPack.fromJson(portugal
        .replace("\"PUBLIC_EMPLOYMENT_SERVICE\", \"offers\"", "\"JOB_CENTRE\", \"offers\"")
        .replace("\"Alentejo\"", "\"Algarve\"")
        .replace("\"offers\": [\"PUBLIC_EMPLOYMENT_SERVICE\"] }", "\"offers\": [\"PUBLIC_EMPLOYMENT_SERVICE\"],"
            + " \"regions\": [\"Alentejo\"] }")
        .replace("\"id\": \"pt\"", "\"id\": \"PT\"")));
    assertThat(invalid.problems()).extracting(DocumentProblem::path, DocumentProblem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("$.id", ProblemCode.MALFORMED),
        org.assertj.core.groups.Tuple.tuple("$.schemes[0].partnerKind", ProblemCode.UNKNOWN_VALUE),
        org.assertj.core.groups.Tuple.tuple("$.schemes[0].regions[0]", ProblemCode.UNKNOWN_REFERENCE));
    assertThat(invalid.problems().get(2).message()).contains("\"Alentejo\" is not one of the pack's regions [Algarve]");
  }
}
