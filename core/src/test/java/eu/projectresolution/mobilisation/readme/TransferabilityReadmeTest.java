package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.projectresolution.mobilisation.countrypack.PackScheme;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.document.ProblemCode;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.Staffing;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import eu.projectresolution.mobilisation.transfer.ElementVerdict;
import eu.projectresolution.mobilisation.transfer.InvalidTransferFile;
import eu.projectresolution.mobilisation.transfer.LocalGround;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferRuleFile;
import eu.projectresolution.mobilisation.transfer.TransferRules;
import eu.projectresolution.mobilisation.transfer.TransferWords;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import eu.projectresolution.mobilisation.transfer.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The transferability examples of {@code docs/transferability.md}, compiled and checked. */
class TransferabilityReadmeTest {
  // README:begin transfer-rule-file-json
  static final String LIBRARY_JOB_CLUB =
      """
      {
        "ruleSet": "Job club in public libraries",
        "practice": {
          "code": "library-job-club",
          "name": "Job club in public libraries",
          "elements": [
            { "id": "weekly-club", "name": "A weekly job club in the library", "essential": true,
              "requirements": [
                { "id": "library", "type": "partners", "anyOf": ["MUNICIPALITY"] },
                { "id": "animator", "type": "staff", "role": "CAREER_COUNSELLOR", "minimumFullTimeEquivalent": 0.5 } ] } ] },
        "adaptations": [
          { "id": "association-room", "element": "weekly-club", "compensates": ["library"],
            "when": [ { "id": "hosts", "type": "partners", "anyOf": ["ASSOCIATION"] } ],
            "description": "Meet in an association's room instead of the library" } ]
      }
      """;
  // README:end transfer-rule-file-json

  @Test
  void assessesSipaInAVillageOfCastillaLaManchaInSpanish() {
    // README:begin transfer-country-pack
    TransferContext village =
        TransferContext.builder()
            .name("Un municipio de la Castilla-La Mancha rural")
            .country(CountryCode.of("ES"))
            .countryPack("es") // the Spanish country pack: SEPE, the regional services, Garantía Juvenil...
            .region("Castilla-La Mancha")
            .territoryDesignation("depopulation-risk-municipality") // a RURAL territory in the pack
            .territoryType(TerritoryType.RURAL)
            .population(2_000)
            .areaSquareKilometres(new BigDecimal("90"))
            .travelMinutesToPublicEmploymentOffice(45)
            .travelMinutesToSite(10)
            .addPartners(PartnerKind.PUBLIC_EMPLOYMENT_SERVICE, PartnerKind.MUNICIPALITY, PartnerKind.ASSOCIATION,
                PartnerKind.EMPLOYER, PartnerKind.SOCIAL_SERVICES)
            .addStaff(Staffing.of(StaffRole.PROJECT_LEAD, 1, "0.2"), Staffing.of(StaffRole.RECEPTION_OFFICER, 1, "0.3"),
                Staffing.of(StaffRole.RESIDENT_LIAISON_COUNSELLOR, 1, "0.5"),
                Staffing.of(StaffRole.ADAPTED_ACCOMPANIMENT_COUNSELLOR, 1, "0.5"))
            .budget(Money.of("45000", "EUR"))
            .peopleToReach(300)
            .peopleToAccompany(30)
            .addLanguages(Language.SPANISH)
            .addMainstreamSchemes(SchemeKind.PUBLIC_EMPLOYMENT_SERVICE, SchemeKind.ACCOMPANIMENT, SchemeKind.TRAINING)
            .build();
    TransferabilityAssessment assessment = SipaTransfer.rules().assess(SipaTransfer.practice(), village);

    Verdict verdict = assessment.verdict(); // ADAPT: 1.5 FTE are enough for 300 people to reach
    LocalGround ground = assessment.localGround().orElseThrow();
    List<PackScheme> referTo = ground.schemesToReferTo(); // SEPE, the Castilla-La Mancha service, ...
    String enEspañol = TransferWords.of(Locale.forLanguageTag("es")).explain(assessment, village);
    // ... Veredicto: se transfiere con adaptaciones (transferible); puntuación 0,625 ...
    // README:end transfer-country-pack

    assertThat(verdict).isEqualTo(Verdict.ADAPT);
    assertThat(ground.territoryDesignation().orElseThrow().name()).isEqualTo("Municipio en riesgo de despoblación");
    assertThat(referTo).extracting(PackScheme::id).startsWith("sepe", "empleo-castilla-la-mancha");
    assertThat(enEspañol).contains("Veredicto: se transfiere con adaptaciones (transferible); puntuación 0,625");
  }

  @Test
  void assessesSipaInRuralNordFrancheComte() {
    // README:begin transfer-assess
    TransferabilityAssessment rural =
        SipaTransfer.rules().assess(SipaTransfer.practice(), SipaTransfer.nordFrancheComteRural());

    boolean transferable = rural.transferable(); // true: every essential element carries over
    Verdict verdict = rural.verdict(); // ADAPT: it carries over with named adaptations
    BigDecimal score = rural.score(); // 0.708, i.e. 17 of 24 points

    ElementVerdict sites = rural.element(SipaTransfer.FIXED_RECEPTION_SITES).orElseThrow();
    String adaptation = sites.adaptations().get(0).description();
    // "Itinerant reception days in town halls, or a mobile office, instead of fixed sites"
    String report = rural.explain(); // one line per element, with its verdict and reason
    // README:end transfer-assess

    assertThat(transferable).isTrue();
    assertThat(verdict).isEqualTo(Verdict.ADAPT);
    assertThat(score).isEqualByComparingTo("0.708");
    assertThat(rural.scorePoints()).isEqualTo(17);
    assertThat(rural.maximumPoints()).isEqualTo(24);
    assertThat(adaptation).isEqualTo("Itinerant reception days in town halls, or a mobile office, instead of fixed sites");
    assertThat(report).contains("Fixed reception sites with a first-reception space: ADAPT");
  }

  @Test
  void readsAPartnersRuleFile() {
    // README:begin transfer-rule-file
    TransferRuleFile file = TransferRuleFile.fromJson(LIBRARY_JOB_CLUB); // or TransferRuleFile.read(inputStream)
    TransferRules rules = file.rules();

    TransferContext town =
        TransferContext.builder()
            .name("Mechelen (illustrative)")
            .country(CountryCode.of("BE"))
            .territoryType(TerritoryType.OTHER_URBAN)
            .population(87_000)
            .areaSquareKilometres(new BigDecimal("65"))
            .travelMinutesToPublicEmploymentOffice(15)
            .travelMinutesToSite(10)
            .addPartners(PartnerKind.PUBLIC_EMPLOYMENT_SERVICE, PartnerKind.ASSOCIATION)
            .addStaff(Staffing.of(StaffRole.CAREER_COUNSELLOR, 1, "1"))
            .budget(Money.of("60000", "EUR"))
            .peopleToReach(600)
            .addLanguages(Language.of("nl"))
            .addMainstreamSchemes(SchemeKind.PUBLIC_EMPLOYMENT_SERVICE, SchemeKind.TRAINING)
            .putSources("population", "illustrative")
            .build();
    TransferabilityAssessment assessment = rules.assess(file.practice(), town);
    // weekly-club: ADAPT, "Meet in an association's room instead of the library"
    // README:end transfer-rule-file

    assertThat(assessment.transferable()).isTrue();
    assertThat(assessment.elements()).singleElement().satisfies(e -> {
      assertThat(e.verdict()).isEqualTo(Verdict.ADAPT);
      assertThat(e.adaptations().get(0).description()).isEqualTo("Meet in an association's room instead of the library");
    });
  }

  @Test
  void reportsEveryProblemOfARuleFile() {
    String json = LIBRARY_JOB_CLUB.replace("\"MUNICIPALITY\"", "\"LIBRARY\"").replace("\"essential\"", "\"essentiel\"");
    // README:begin transfer-rule-file-problems
    List<DocumentProblem> problems = List.of();
    try {
      TransferRuleFile.fromJson(json);
    } catch (InvalidTransferFile e) {
      problems = e.problems(); // every problem at once, each with its JSON path:
      // $.practice.elements[0].essentiel: unknown field "essentiel": remove it or correct its spelling; ...
      // $.practice.elements[0].essential: is missing: add "essential"
      // $.practice.elements[0].requirements[0].anyOf[0]: "LIBRARY" is not a known value: use one of ...
    }
    // README:end transfer-rule-file-problems

    assertThat(problems)
        .extracting(DocumentProblem::path)
        .containsExactly(
            "$.practice.elements[0].essentiel",
            "$.practice.elements[0].essential",
            "$.practice.elements[0].requirements[0].anyOf[0]");
    assertThat(problems)
        .extracting(DocumentProblem::code)
        .containsExactly(ProblemCode.UNKNOWN_FIELD, ProblemCode.MISSING, ProblemCode.UNKNOWN_VALUE);
    assertThat(problems.get(1).message()).isEqualTo("is missing: add \"essential\"");
    assertThat(problems.get(2).message())
        .startsWith("\"LIBRARY\" is not a known value: use one of PUBLIC_EMPLOYMENT_SERVICE, ");
  }

  @Test
  void validatesARuleFileAgainstTheShippedSchema() throws IOException {
    String json = LIBRARY_JOB_CLUB;
    // README:begin transfer-schema
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema schema;
    try (InputStream in = SipaTransfer.class.getResourceAsStream("transfer-rules.schema.json")) {
      schema = registry.getSchema(in);
    }
    List<Error> errors = schema.validate(json, InputFormat.JSON); // empty: the file follows the schema
    // README:end transfer-schema

    assertThat(errors).isEmpty();
    assertThat(schema.validate(json.replace("\"MUNICIPALITY\"", "\"LIBRARY\""), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void flemishRecruitersNeedAnInterpreter() {
    TransferContext antwerp =
        TransferContext.builder()
            .from(SipaTransfer.nordFrancheComteQpv())
            .name("A priority neighbourhood of Antwerp (illustrative)")
            .country(CountryCode.of("BE"))
            .languages(List.of(Language.of("fr")))
            .build();

    TransferabilityAssessment assessment =
        SipaTransfer.rules().with(FlemishRecruiters.RULE).assess(SipaTransfer.practice(), antwerp);

    ElementVerdict recrutCafe = assessment.element(SipaTransfer.RECRUT_CAFE).orElseThrow();
    assertThat(recrutCafe.verdict()).isEqualTo(Verdict.ADAPT);
    assertThat(recrutCafe.adaptations()).containsExactly(FlemishRecruiters.INTERPRETER);
    assertThat(SipaTransfer.rules().assess(SipaTransfer.practice(), antwerp).element(SipaTransfer.RECRUT_CAFE).orElseThrow().verdict())
        .isEqualTo(Verdict.TRANSFERABLE);
  }
}
