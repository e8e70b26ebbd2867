package eu.projectresolution.mobilisation.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordEntryStatus;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordFollowUp;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports on a small programme: refusals, empty cohorts, JSON and CSV, follow-ups after the programme's end. */
class IndicatorReportTest {
  private static final LocalDate D = LocalDate.of(2019, 3, 1);

  private MobilisationEngine engine;
  private TenantId tenant;
  private BeneficiaryId amina;

  @BeforeEach
  void setUp() {
    engine = MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(Fixtures.CLOCK).build();
    tenant = Fixtures.newTenant();
    ok(engine.registerProgramme(tenant, Fixtures.sipa()));
    amina = BeneficiaryId.random();
    ok(engine.capture(tenant, Fixtures.capture(amina, D)));
    ok(engine.welcome(tenant, Welcome.builder().beneficiaryId(amina).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build()));
    ok(engine.orient(tenant, Orient.builder().beneficiaryId(amina).occurredOn(D).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build()));
    ok(engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(amina).occurredOn(D).build()));
  }

  private static CommandResult ok(CommandResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
    return result;
  }

  private Refusal refusal(ReportScope scope) {
    ReportResult result = engine.indicatorReport(tenant, scope);
    assertThat(result.report()).isEmpty();
    return result.refusal().orElseThrow();
  }

  @Test
  void refusesAPeriodEndingBeforeItStarts() {
    Refusal refusal = refusal(ReportScope.builder().programmeId(Fixtures.SIPA).start(D).end(D.minusDays(1)).build());
    assertThat(refusal.code()).isEqualTo(RefusalCode.PERIOD_ENDS_BEFORE_START);
    assertThat(refusal.field()).isEqualTo("end");
    assertThat(refusal.message()).contains("2019-02-28", "2019-03-01");
  }

  @Test
  void refusesAnUnknownProgrammeOrSite() {
    Refusal programme = refusal(ReportScope.of(ProgrammeId.of("no-such-programme")));
    assertThat(programme.code()).isEqualTo(RefusalCode.UNKNOWN_PROGRAMME);
    assertThat(programme.field()).isEqualTo("programmeId");
    Refusal site = refusal(ReportScope.builder().programmeId(Fixtures.SIPA).site(SiteId.of("no-such-site")).build());
    assertThat(site.code()).isEqualTo(RefusalCode.UNKNOWN_SITE);
    assertThat(site.field()).isEqualTo("site");
  }

  @Test
  void refusesABudgetInAnotherCurrencyThanTheProgrammes() {
    Refusal refusal = refusal(ReportScope.builder().programmeId(Fixtures.SIPA).budget(Money.of("1000.00", "GBP")).build());
    assertThat(refusal.code()).isEqualTo(RefusalCode.CURRENCY_MISMATCH);
    assertThat(refusal.field()).isEqualTo("budget");
    assertThat(refusal.message()).contains("GBP", "EUR");
    assertThatThrownBy(() -> engine.indicatorReport(tenant, ReportScope.builder().programmeId(Fixtures.SIPA)
        .budget(Money.of("1000.00", "GBP")).build()).orElseThrow())
        .isInstanceOf(ReportRefused.class).hasMessageContaining("CURRENCY_MISMATCH (budget)")
        .satisfies(e -> assertThat(((ReportRefused) e).refusal()).isEqualTo(refusal));
  }

  @Test
  void refusesASecondEntryStatusForOnePerson() {
    ok(engine.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(amina).occurredOn(D)
        .entryStatus(EntryStatus.of(LabourMarketStatus.LONG_TERM_UNEMPLOYED)).build()));

    CommandResult second = engine.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(amina).occurredOn(D)
        .entryStatus(EntryStatus.of(LabourMarketStatus.EMPLOYED)).build());

    assertThat(second.refusal()).hasValueSatisfying(r -> {
      assertThat(r.code()).isEqualTo(RefusalCode.ENTRY_STATUS_ALREADY_RECORDED);
      assertThat(r.field()).isEqualTo("entryStatus");
      assertThat(r.message()).contains(amina.toString(), "LONG_TERM_UNEMPLOYED");
    });
    assertThat(engine.pathway(tenant, amina).orElseThrow().entryStatus())
        .contains(EntryStatus.of(LabourMarketStatus.LONG_TERM_UNEMPLOYED));
  }

  @Test
  void refusesAFollowUpDatedBeforeTheExitButAcceptsOneAfterTheProgrammesEnd() {
    LocalDate exitOn = LocalDate.of(2019, 8, 20);
    ok(engine.recordExit(tenant, RecordExit.builder().beneficiaryId(amina).occurredOn(exitOn).reason(ExitReason.EMPLOYMENT)
        .situation(Situation.builder().employed(true).build()).build()));

    CommandResult early = engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(amina)
        .followUp(FollowUp.builder().moment(FollowUpMoment.WITHIN_FOUR_WEEKS).observedOn(exitOn.minusDays(1)).build()).build());
    assertThat(early.refusal()).hasValueSatisfying(r -> {
      assertThat(r.code()).isEqualTo(RefusalCode.FOLLOW_UP_BEFORE_EXIT);
      assertThat(r.field()).isEqualTo("followUp.observedOn");
    });

    // SIPA ended on 31 August 2019; the clock says 1 September.
    FollowUp afterTheEnd = FollowUp.builder().moment(FollowUpMoment.WITHIN_FOUR_WEEKS).observedOn(LocalDate.of(2019, 9, 1))
        .employment(Employment.of(ContractType.OPEN_ENDED)).build();
    Pathway pathway = ok(engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(amina).followUp(afterTheEnd).build()))
        .pathway().orElseThrow();
    assertThat(pathway.latestExit().orElseThrow().followUps()).containsExactly(afterTheEnd);
  }

  @Test
  void saysWhyAFigureOfAnEmptyCohortIsNotComputable() {
    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.builder().programmeId(Fixtures.SIPA)
        .start(LocalDate.of(2017, 1, 1)).end(LocalDate.of(2017, 12, 31)).build()).orElseThrow();

    Figure rate = report.figure("sipa.positive_exit_rate").orElseThrow();
    assertThat(rate.value()).isEmpty();
    assertThat(rate.notComputableReason()).hasValueSatisfying(reason -> assertThat(reason).contains("empty cohort"));
    assertThat(report.figure("cost.per_person_welcomed").orElseThrow().notComputableReason())
        .hasValueSatisfying(reason -> assertThat(reason).contains("no one is counted in welcomed"));
    assertThat(report.value("welcomed")).isEqualByComparingTo(BigDecimal.ZERO);
    assertThatThrownBy(() -> report.value("sipa.positive_exit_rate"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty cohort");
    assertThat(report.figures()).allSatisfy(f -> assertThat(f.computable()).isNotEqualTo(f.notComputableReason().isPresent()));
  }

  @Test
  void serialisesToJsonAndBack() throws Exception {
    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
    ObjectMapper json = MobilisationJson.objectMapper();

    String text = json.writeValueAsString(report);

    assertThat(json.readValue(text, IndicatorReport.class)).isEqualTo(report);
    assertThat(text).contains("\"code\":\"sipa.positive_exit_rate\"", "\"rule\":{\"name\":\"sipa.positive_exit\",\"version\":1}",
        "\"notComputableReason\"", "\"currency\":\"EUR\"");
    assertThat(json.readValue(json.writeValueAsString(ReportResult.of(report)), ReportResult.class)).isEqualTo(ReportResult.of(report));
  }

  @Test
  void exportsToCsvWithAByteOrderMarkAndEitherSeparator() throws Exception {
    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();

    for (IndicatorCsv.Format format : IndicatorCsv.Format.values()) {
      byte[] bytes = IndicatorCsv.toBytes(report, format);

      assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
      String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
      assertThat(text).startsWith(String.join(String.valueOf(format.separator()), IndicatorCsv.COLUMNS) + "\r\n");
      CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(format.separator());
      List<Map<String, String>> rows;
      try (MappingIterator<Map<String, String>> it =
          new CsvMapper().readerFor(Map.class).with(schema).readValues(text)) {
        rows = it.readAll();
      }
      assertThat(rows).hasSize(report.figures().size());
      Map<String, String> welcomedCost = rows.stream().filter(r -> r.get("code").equals("cost.per_person_welcomed")).findFirst().orElseThrow();
      // One person welcomed: the whole budget, with the format's decimal mark.
      assertThat(welcomedCost.get("value")).isEqualTo("1366568" + format.decimalMark() + "14");
      assertThat(welcomedCost).containsEntry("currency", "EUR").containsEntry("unit", "MONEY").containsEntry("denominator", "1")
          .containsEntry("rule", "mobilisation.figures").containsEntry("rule_version", "1").containsEntry("programme", "sipa-montbeliard");
      Map<String, String> women = rows.stream().filter(r -> r.get("code").equals("EECO01.women")).findFirst().orElseThrow();
      assertThat(women).containsEntry("gender", "WOMAN").containsEntry("value", "1");
      Map<String, String> rate = rows.stream().filter(r -> r.get("code").equals("sipa.positive_exit_rate")).findFirst().orElseThrow();
      assertThat(rate.get("value")).isEqualTo(format.decimalMark() == ',' ? "0,0" : "0.0");
      assertThat(rows.stream().filter(r -> r.get("code").equals("growth.people_welcomed")).findFirst().orElseThrow().get("label"))
          .contains("(2015)");
    }
  }
}
