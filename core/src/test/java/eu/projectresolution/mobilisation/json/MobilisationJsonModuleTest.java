package eu.projectresolution.mobilisation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.countrypack.CountryPack;
import eu.projectresolution.mobilisation.countrypack.CountryPacks;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferRuleFile;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.example.host.HostCase;
import org.junit.jupiter.api.Test;

/**
 * A host registers {@link MobilisationJsonModule} on a mapper of its own and reads and writes the
 * engine's values exactly as the engine's mapper does, while its own types keep its mapper's form.
 */
class MobilisationJsonModuleTest {
  private static final ObjectMapper ENGINE = MobilisationJson.objectMapper();
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  /** A host's mapper: Jackson's defaults, and the module. */
  private static ObjectMapper hostMapper() {
    // README:begin json-module
    ObjectMapper mapper = new ObjectMapper().registerModule(new MobilisationJsonModule());
    // README:end json-module
    return mapper;
  }

  /** Every value type of the round-trip samples, and what a host shows: reports, practice sheets, assessments, ids. */
  private static Map<Object, Class<?>> samples() {
    Map<Object, Class<?>> samples = new IdentityHashMap<>(JsonRoundTripProperties.samples());
    MobilisationEngine engine =
        MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    engine.registerProgramme(tenant, Fixtures.sipa());
    engine.capture(tenant, Fixtures.capture(BeneficiaryId.random(), D));
    samples.put(engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow(), IndicatorReport.class);
    samples.put(SipaPracticeSheet.load(), PracticeSheet.class);
    samples.put(BeneficiaryId.random(), BeneficiaryId.class);
    samples.put(CommandId.random(), CommandId.class);
    samples.put(tenant, TenantId.class);
    samples.put(Fixtures.SIPA, ProgrammeId.class);
    samples.put(SipaTransfer.ruleFile(), TransferRuleFile.class);
    samples.put(SipaTransfer.nordFrancheComteRural(), TransferContext.class);
    samples.put(SipaTransfer.rules().assess(SipaTransfer.practice(), SipaTransfer.nordFrancheComteRural()),
        TransferabilityAssessment.class);
    TransferContext withPack = TransferContext.builder().from(SipaTransfer.nordFrancheComteRural())
        .countryPack("fr").territoryDesignation("france-ruralites-revitalisation").build();
    samples.put(withPack, TransferContext.class);
    samples.put(SipaTransfer.rules().assess(SipaTransfer.practice(), withPack), TransferabilityAssessment.class);
    samples.put(CountryPacks.standard().find("es").orElseThrow(), CountryPack.class);
    return samples;
  }

  @Test
  void aPlainMapperWithTheModuleWritesAndReadsEveryValueAsTheEngineDoes() throws Exception {
    ObjectMapper host = hostMapper();
    Map<Object, Class<?>> samples = samples();
    assertThat(samples).hasSizeGreaterThan(100);
    for (Map.Entry<Object, Class<?>> sample : samples.entrySet()) {
      Object value = sample.getKey();
      Class<?> type = sample.getValue();
      String engineJson = ENGINE.writeValueAsString(value);

      assertThat(host.writeValueAsString(value)).as("%s written", type.getSimpleName()).isEqualTo(engineJson);
      Object read = host.readValue(engineJson, type);
      assertThat(read).as("%s read from %s", type.getSimpleName(), engineJson).isEqualTo(value);
      assertThat(host.writeValueAsString(read)).isEqualTo(engineJson);
    }
  }

  @Test
  void aPlainMapperWithoutTheModuleCannotWriteTheEnginesValues() {
    Welcome welcome = welcome();

    assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(welcome))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("not supported by default");
  }

  @Test
  void theHostsOwnTypesKeepTheFormItsMapperGivesThem() throws Exception {
    ObjectMapper host = hostMapper();
    ObjectMapper hostWithoutModule = new ObjectMapper().registerModule(new JavaTimeModule());
    Welcome welcome = welcome();
    HostCase hostCase = new HostCase("C-2017-0042", D, Optional.empty(), welcome);

    String json = host.writeValueAsString(hostCase);

    JsonNode written = host.readTree(json);
    assertThat(written.get("openedOn")).as("the host's mapper writes dates as arrays").isEqualTo(host.readTree("[2017,3,14]"));
    assertThat(written.get("note").isNull()).as("and empty optionals as null").isTrue();
    assertThat(written.get("command")).as("the engine's value as the engine writes it")
        .isEqualTo(ENGINE.readTree(ENGINE.writeValueAsString(welcome)));
    assertThat(host.readValue(json, HostCase.class)).isEqualTo(hostCase);
    assertThat(host.writeValueAsString(Map.of("openedOn", D)))
        .isEqualTo(hostWithoutModule.writeValueAsString(Map.of("openedOn", D)));
  }

  /** A typo in an engine field never loses data, even where the host ignores unknown properties. */
  @Test
  void refusesAnUnknownPropertyOfAnEngineTypeWhereTheHostIgnoresThemInItsOwn() throws Exception {
    ObjectMapper lenient = hostMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String welcome = ENGINE.writeValueAsString(welcome());
    String typo = welcome.replace("\"occurredOn\"", "\"occuredOn\"");

    assertThatThrownBy(() -> lenient.readValue(typo, Welcome.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("occuredOn");
    assertThatThrownBy(() -> ENGINE.readValue(typo, Welcome.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
    String hostCase = "{\"caseNumber\":\"C-1\",\"openedOn\":\"2017-03-14\",\"colour\":\"blue\",\"command\":" + welcome + "}";
    assertThat(lenient.readValue(hostCase, HostCase.class).caseNumber()).isEqualTo("C-1");
  }

  @Test
  void refusesANullForAPrimitiveAsTheEngineDoes() {
    String json = "{\"satisfied\":null}";

    assertThatThrownBy(() -> ENGINE.readValue(json, SatisfactionResponse.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> hostMapper().readValue(json, SatisfactionResponse.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("satisfied");
  }

  @Test
  void registeringItBesidesTheModulesItBringsChangesNothing() throws Exception {
    ObjectMapper both = JsonMapper.builder().addModule(new JavaTimeModule()).addModule(new MobilisationJsonModule())
        .addModule(new JavaTimeModule()).build();
    Welcome welcome = welcome();

    assertThat(both.writeValueAsString(welcome)).isEqualTo(ENGINE.writeValueAsString(welcome));
  }

  private static Welcome welcome() {
    return Welcome.builder().beneficiaryId(BeneficiaryId.random()).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build();
  }
}
