package eu.projectresolution.mobilisation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.countrypack.CountryPacks;
import eu.projectresolution.mobilisation.examples.transfer.ExampleContexts;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.transfer.ElementVerdict;
import eu.projectresolution.mobilisation.transfer.MinimumStaff;
import eu.projectresolution.mobilisation.transfer.PracticeDecomposition;
import eu.projectresolution.mobilisation.transfer.PracticeElement;
import eu.projectresolution.mobilisation.transfer.RequirementId;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.StaffPerPeople;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferWords;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import eu.projectresolution.mobilisation.transfer.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code transfer assess} as a partner runs it on its own territory, in its own language. */
class TransferCommandTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @TempDir Path dir;

  private record Ran(int exitCode, String out, String err) {}

  private static Ran run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Ran(code, out.toString(), err.toString());
  }

  private static TransferContext castillaLaMancha() {
    return TransferContext.fromJson(ExampleContexts.json(ExampleContexts.CASTILLA_LA_MANCHA_RURAL).orElseThrow());
  }

  private static TransferabilityAssessment assess(TransferContext context) {
    return SipaTransfer.rules().assess(SipaTransfer.practice(), context);
  }

  @Test
  void aVillageOfRuralCastillaLaManchaWithOneAndAHalfFteGetsAReasonedVerdictOnEveryElementInSpanish() {
    TransferContext village = castillaLaMancha();
    TransferabilityAssessment assessment = assess(village);
    TransferWords spanish = TransferWords.of(SPANISH);

    assertThat(village.totalFullTimeEquivalent()).isEqualByComparingTo("1.5");
    assertThat(assessment.verdict()).as(assessment.explain()).isEqualTo(Verdict.ADAPT);
    assertThat(assessment.elements()).hasSize(8).allSatisfy(element -> {
      assertThat(spanish.verdict(element.verdict())).isNotBlank();
      assertThat(spanish.adaptations(assessment.practice(), element)).isNotBlank();
      assertThat(spanish.reason(assessment.practice(), element, village)).isNotBlank();
      if (element.verdict() == Verdict.ADAPT) {
        assertThat(element.adaptations()).as(element.name()).isNotEmpty();
      }
    });
    assertThat(assessment.element(SipaTransfer.RECRUT_CAFE).orElseThrow().adaptations())
        .extracting(a -> a.id().value()).contains("recrut-cafe-in-village-venues");

    Ran ran = run("transfer", "assess", "--context", ExampleContexts.CASTILLA_LA_MANCHA_RURAL, "--language", "es");

    assertThat(ran.exitCode()).as(ran.err()).isZero();
    assertThat(ran.out()).contains(
        "SIPA - Sites d'Information, de Projets et d'Accompagnement → Un municipio de 2.000 habitantes de la"
            + " Castilla-La Mancha rural",
        "Veredicto: se transfiere con adaptaciones (transferible); puntuación 0,625 (15 de 24 puntos; reglas: Reglas"
            + " de transferibilidad de SIPA)",
        "Territorio: Municipio en riesgo de despoblación (rural)",
        "Servicio público de empleo: Servicio Público de Empleo Estatal (SEPE);",
        "Elemento", "Veredicto", "Adaptación", "Motivo");
  }

  @Test
  void theVerdictDoesNotHangOnAbsoluteStaffAnyMore() {
    TransferContext village = castillaLaMancha();
    TransferabilityAssessment scaled = assess(village);

    assertThat(scaled.elements()).flatExtracting(ElementVerdict::unmetRequirements)
        .as("no staff requirement stands in the way").noneMatch(StaffPerPeople.class::isInstance);

    // The same village against SIPA's old absolute requirement (1 FTE of reception officer) could not have it.
    PracticeDecomposition absolute = PracticeDecomposition.builder().from(SipaTransfer.practice())
        .elements(SipaTransfer.practice().elements().stream().map(TransferCommandTest::absoluteReception).toList())
        .build();
    TransferabilityAssessment old = SipaTransfer.rules().assess(absolute, village);
    assertThat(old.verdict()).isEqualTo(Verdict.NOT_TRANSFERABLE);
    assertThat(scaled.verdict()).isNotEqualTo(Verdict.NOT_TRANSFERABLE);
  }

  private static PracticeElement absoluteReception(PracticeElement element) {
    if (!element.id().equals(SipaTransfer.FIXED_RECEPTION_SITES)) {
      return element;
    }
    return PracticeElement.builder().from(element)
        .requirements(element.requirements().stream()
            .map(r -> r.id().value().equals("reception-staff")
                ? MinimumStaff.of(RequirementId.of("reception-staff"), StaffRole.RECEPTION_OFFICER, BigDecimal.ONE)
                : r)
            .toList())
        .build();
  }

  @Test
  void noEnglishIsLeftInTheSpanishAssessment() throws IOException {
    TransferContext village = castillaLaMancha();
    String spanish = TransferWords.of(SPANISH).explain(assess(village), village);

    List<String> english = new ArrayList<>();
    Properties base = englishWords();
    for (String key : base.stringPropertyNames()) {
      for (String fragment : base.getProperty(key).split("\\{\\d}")) {
        String words = fragment.replaceAll("^[\\s,;:.()]+|[\\s,;:.()]+$", "");
        // A fragment of two words or more ("per person reached") cannot be Spanish by chance.
        if (words.contains(" ")) {
          english.add(words);
        }
      }
    }
    SipaTransfer.practice().elements().forEach(e -> english.add(e.name()));
    SipaTransfer.ruleFile().adaptations().forEach(a -> english.add(a.description()));

    assertThat(english).hasSizeGreaterThan(60);
    assertThat(english).allSatisfy(text -> assertThat(spanish).as("English text: %s", text).doesNotContain(text));
  }

  private static Properties englishWords() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TransferWords.class.getResourceAsStream("transfer_words.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void anItalianNeighbourhoodOfTurinNeedsOnlyTranslatedToolsAndReadsInItalian() {
    Ran ran = run("transfer", "assess", "--context", ExampleContexts.TORINO_PERIFERIA_NORD, "--language", "it");

    assertThat(ran.exitCode()).as(ran.err()).isZero();
    assertThat(ran.out()).contains("Verdetto: si trasferisce con adattamenti (trasferibile)",
        "Territorio: Polo o polo intercomunale (urbano)", "Centri per l'Impiego (CPI); Agenzia Piemonte Lavoro");
    TransferContext turin =
        TransferContext.fromJson(ExampleContexts.json(ExampleContexts.TORINO_PERIFERIA_NORD).orElseThrow());
    assertThat(assess(turin).elementsWith(Verdict.ADAPT)).extracting(e -> e.element().value())
        .containsExactly("recrut-cafe", "adapted-accompaniment");
  }

  @Test
  void aPartnersOwnContextFileIsCheckedAndEveryProblemNamedWithItsPath() throws IOException {
    String json = ExampleContexts.json(ExampleContexts.CASTILLA_LA_MANCHA_RURAL).orElseThrow()
        .replace("\"RECEPTION_OFFICER\"", "\"RECEPTIONIST\"")
        .replace("\"region\": \"Castilla-La Mancha\"", "\"region\": \"Castille\"");
    Path file = Files.writeString(dir.resolve("mi-pueblo.json"), json);

    Ran ran = run("transfer", "assess", "--context", file.toString());

    assertThat(ran.exitCode()).isEqualTo(Main.FAILED);
    assertThat(ran.err()).startsWith("error: " + file + " is not a valid transfer context (2 problems):")
        .contains("  $.region: \"Castille\" is not a region of country pack es: use one of [Andalucía,",
            "  $.staff[1].role: \"RECEPTIONIST\" is not a known value");
  }

  @Test
  void aPartnerAddsACountryPackWithAFileAndNoJava() throws IOException {
    Path pack = Files.writeString(dir.resolve("pt.json"), """
        { "id": "pt", "country": "PT", "languages": ["pt"],
          "schemes": [ { "id": "iefp", "name": "Instituto do Emprego e Formação Profissional (IEFP)",
              "partnerKind": "PUBLIC_EMPLOYMENT_SERVICE", "offers": ["PUBLIC_EMPLOYMENT_SERVICE", "TRAINING"] } ],
          "territoryDesignations": [ { "id": "interior", "name": "Territórios do Interior", "territoryType": "RURAL" } ] }
        """);
    Path context = Files.writeString(dir.resolve("aldeia.json"),
        ExampleContexts.json(ExampleContexts.CASTILLA_LA_MANCHA_RURAL).orElseThrow()
            .replace("\"country\": \"ES\"", "\"country\": \"PT\"")
            .replace("\"countryPack\": \"es\"", "\"countryPack\": \"pt\"")
            .replace("  \"region\": \"Castilla-La Mancha\",\n", "")
            .replace("depopulation-risk-municipality", "interior"));

    Ran without = run("transfer", "assess", "--context", context.toString());
    Ran with = run("transfer", "assess", "--context", context.toString(), "--pack", pack.toString());

    assertThat(without.exitCode()).isEqualTo(Main.FAILED);
    assertThat(without.err()).contains("$.countryPack: \"pt\" is not a known country pack");
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(with.out()).contains("Territory: Territórios do Interior (rural)",
        "Public employment service: Instituto do Emprego e Formação Profissional (IEFP)");
    assertThat(CountryPacks.standard().find("pt")).as("the standard packs are left as they were").isEmpty();
  }

  @Test
  void refusesALanguageItIsNotWrittenInAndAMissingContext() {
    Ran german = run("transfer", "assess", "--context", ExampleContexts.TORINO_PERIFERIA_NORD, "--language", "de");
    Ran missing = run("transfer", "assess", "--context", "nowhere.json");

    assertThat(german.exitCode()).isEqualTo(Main.USAGE);
    assertThat(german.err()).contains("--language de is not a language the program speaks: use one of [en, fr, es, it]");
    assertThat(missing.exitCode()).isEqualTo(Main.FAILED);
    assertThat(missing.err()).contains("Cannot read nowhere.json: no such file, nor a shipped example context"
        + " (castilla-la-mancha-rural, torino-periferia-nord)");
  }
}
