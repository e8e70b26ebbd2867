package eu.projectresolution.mobilisation.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.Orientation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FigureLabelsTest {
  private static final Locale ESPERANTO = Locale.forLanguageTag("eo");

  @Test
  void everyShippedLanguageHoldsEveryKeyOfTheEnglishBase() throws IOException {
    Properties base = bundle("figures.properties");
    for (Locale language : FigureLabels.SHIPPED) {
      if (language.getLanguage().equals("en")) {
        continue;
      }
      Properties translated = bundle("figures_" + language.getLanguage() + ".properties");
      assertThat(translated.stringPropertyNames()).as("the keys of %s", language)
          .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
      translated.forEach((key, text) -> assertThat((String) text).as("%s in %s", key, language).isNotBlank());
    }
  }

  @Test
  void everyFigureOfTheStandardRuleSetsHasALabelInEveryShippedLanguage() {
    IndicatorReport report = sipaReport();
    for (Locale language : FigureLabels.SHIPPED) {
      FigureLabels labels = FigureLabels.of(language);
      for (Figure figure : report.figures()) {
        String code = figure.gender().isPresent()
            ? figure.code().value().substring(0, figure.code().value().lastIndexOf('.'))
            : figure.code().value();
        assertThat(labels.labelOf(code)).as("the label of %s in %s", code, language).isPresent();
      }
    }
  }

  @Test
  void translatesAReportKeepingItsCodesNumbersAndRules() {
    IndicatorReport report = sipaReport();
    IndicatorReport french = FigureLabels.of(Locale.FRENCH).translate(report);

    assertThat(french.figures()).hasSameSizeAs(report.figures());
    for (int i = 0; i < report.figures().size(); i++) {
      Figure original = report.figures().get(i);
      Figure translated = french.figures().get(i);
      Figure.Builder back = Figure.builder().from(translated).label(original.label());
      original.notComputableReason().ifPresent(back::notComputableReason);
      assertThat(back.build()).isEqualTo(original);
    }
    assertThat(french.figure("sipa.positive_exit_rate").orElseThrow().label()).isEqualTo("Sorties positives par personne accompagnée");
    assertThat(french.figure("stage.welcomed.entered").orElseThrow().label())
        .isEqualTo("Personnes entrées à l'étape « accueil » pendant la période");
    assertThat(french.figures()).filteredOn(f -> f.gender().equals(java.util.Optional.of(Gender.WOMAN)))
        .isNotEmpty().allSatisfy(f -> assertThat(f.label()).endsWith(" (femmes)"));
  }

  @Test
  void saysWhyAFigureCannotBeComputedInTheLanguageKeepingTheValuesOfTheSentence() {
    FigureLabels spanish = FigureLabels.of(Locale.forLanguageTag("es"));

    assertThat(spanish.reason("no target is declared for PEOPLE_WELCOMED"))
        .isEqualTo("no se ha declarado ningún objetivo para PEOPLE_WELCOMED");
    assertThat(spanish.reason("no figure sipa.positive_exits is computed (its rule set is not registered)"))
        .isEqualTo("no se calcula ninguna cifra sipa.positive_exits (su conjunto de reglas no está registrado)");
    assertThat(FigureLabels.of(Locale.FRENCH).reason("the pathway model 'short' has no stage for step ORIENTATION"))
        .isEqualTo("le modèle de parcours « short » n'a pas d'étape pour le pas ORIENTATION");
    assertThat(spanish.reason("a reason of a partner's own rule set")).isEqualTo("a reason of a partner's own rule set");
    assertThat(FigureLabels.of(Locale.FRENCH).translate(sipaReport()).figures())
        .filteredOn(f -> f.notComputableReason().isPresent()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.notComputableReason().orElseThrow()).doesNotContain(" is declared", " during the period"));
  }

  @Test
  void namesTheCsvColumnsInTheLanguageAndByTheirIdentifiersInEnglish() {
    for (Locale language : FigureLabels.SHIPPED) {
      List<String> headers = IndicatorCsv.COLUMNS.stream().map(FigureLabels.of(language)::column).toList();
      assertThat(headers).as("the headers in %s", language).doesNotHaveDuplicates();
    }
    assertThat(IndicatorCsv.COLUMNS.stream().map(FigureLabels.of(Locale.ENGLISH)::column).toList())
        .isEqualTo(IndicatorCsv.COLUMNS);
    String italian = new String(IndicatorCsv.toBytes(sipaReport(), IndicatorCsv.Format.SEMICOLON, Locale.ITALIAN),
        StandardCharsets.UTF_8);
    assertThat(italian.lines().findFirst().orElseThrow())
        .endsWith("programma;inizio_periodo;fine_periodo;codice;descrizione;genere;unità;valore;numeratore;denominatore;"
            + "valuta;regola;versione_regola;motivo_non_calcolabile");
  }

  @Test
  void englishAndLanguagesNoBundleHoldsKeepTheEnginesOwnWords() {
    IndicatorReport report = sipaReport();

    assertThat(FigureLabels.of(Locale.ENGLISH).translate(report)).isEqualTo(report);
    assertThat(FigureLabels.of(Locale.GERMAN).translate(report)).isEqualTo(report);
  }

  @Test
  void aPartnerAddsALanguageWithAResourceFileOfItsOwn() {
    IndicatorReport esperanto = FigureLabels.of(ESPERANTO).translate(sipaReport());

    assertThat(esperanto.figure("sipa.positive_exit_rate").orElseThrow().label())
        .isEqualTo("Pozitivaj eliroj po akompanata persono");
    assertThat(esperanto.figure("sipa.positive_exits").orElseThrow().label())
        .as("a key the partner's bundle lacks, in English").isEqualTo("Accompanied people with a positive exit");
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = FigureLabels.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** A small SIPA programme's report, with an exit, so that every kind of figure is there. */
  private static IndicatorReport sipaReport() {
    MobilisationEngine engine = MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    engine.registerProgramme(tenant, Fixtures.sipa());
    LocalDate day = LocalDate.of(2017, 3, 1);
    BeneficiaryId amina = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(amina, day));
    engine.welcome(tenant, Welcome.builder().beneficiaryId(amina).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(day)
        .situation(Situation.none()).build());
    engine.orient(tenant, Orient.builder().beneficiaryId(amina).occurredOn(day).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build());
    engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(amina).occurredOn(day).build());
    engine.recordExit(tenant, RecordExit.builder().beneficiaryId(amina).occurredOn(day.plusDays(40)).reason(ExitReason.EMPLOYMENT)
        .situation(Situation.builder().employed(true).registeredWithPublicEmploymentService(true).build()).build());
    return engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow();
  }
}
