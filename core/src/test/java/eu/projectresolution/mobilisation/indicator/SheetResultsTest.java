package eu.projectresolution.mobilisation.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.practice.Impact;
import eu.projectresolution.mobilisation.practice.LocalizedText;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetJson;
import eu.projectresolution.mobilisation.practice.ResultOrigin;
import eu.projectresolution.mobilisation.practice.ResultStatement;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.programme.Baseline;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sentences written from hand-built reports, compared character by character: U+202F is the narrow
 * no-break space that groups French thousands, U+00A0 the no-break space before "%", "€" and ":".
 */
class SheetResultsTest {
  private static final Programme SIPA = Fixtures.sipa();   // baseline: 13,710 people welcomed in 2015

  private static SheetResults sipa(HandBuiltReport report) {
    return SheetResults.of(report.build()).withShortName("SIPA").withBaselinesOf(SIPA);
  }

  private static List<String> in(Language language, List<ResultStatement> statements) {
    return statements.stream().map(s -> s.text().in(language)).toList();
  }

  private static List<String> french(SheetResults results) {
    return in(Language.FRENCH, results.statements());
  }

  private static List<String> english(SheetResults results) {
    return in(Language.ENGLISH, results.statements());
  }

  @Test
  void writesEveryFigureOfTheSipaSheetInFrench() {
    assertThat(french(sipa(HandBuiltReport.sipa()))).containsExactly(
        "4\u202F105 personnes captées sur leurs lieux de vie, en dehors des sites SIPA",
        "120 événements d'aller-vers organisés",
        "17\u202F000 personnes accueillies sur les sites SIPA, soit 24\u00A0% de plus qu'en 2015",
        "2\u202F124 orientations vers des dispositifs de droit commun, soit 70,8\u00A0% de l'objectif de 3\u202F000",
        "1\u202F987 personnes orientées vers les dispositifs de droit commun",
        "537 personnes ayant bénéficié d'un accompagnement adapté",
        "249 sorties positives sur 537 personnes accompagnées (46,4\u00A0%)",
        "97\u00A0% de réponses satisfaites à l'enquête de satisfaction (291 sur 300)",
        "75\u00A0% des personnes sorties après un accompagnement étaient inscrites au service public de l'emploi à "
            + "leur entrée, 92\u00A0% à leur sortie ou après (200 personnes)",
        "50\u00A0% des personnes sorties après un accompagnement n'avaient jamais été accompagnées avant SIPA, "
            + "90\u00A0% étaient accompagnées par un autre dispositif à leur sortie ou après (200 personnes)",
        "16\u00A0% des personnes sorties après un accompagnement étaient membres d'une association locale à leur "
            + "entrée, 30\u00A0% à leur sortie ou après (200 personnes)",
        "43 actions collaboratives conduites avec les partenaires",
        "853 événements sur les sites SIPA",
        "Coût par personne captée\u00A0: 220,06\u00A0€",
        "Coût par personne accueillie\u00A0: 80,39\u00A0€",
        "Coût par personne accompagnée\u00A0: 2\u202F544,82\u00A0€",
        "Coût par sortie positive\u00A0: 5\u202F488,23\u00A0€");
  }

  @Test
  void writesEveryFigureOfTheSipaSheetInEnglish() {
    assertThat(english(sipa(HandBuiltReport.sipa()))).containsExactly(
        "4,105 people captured in their living places, outside the SIPA sites",
        "120 outreach events held",
        "17,000 people welcomed at the SIPA sites, 24% more than in 2015",
        "2,124 referrals to mainstream schemes, 70.8% of the target of 3,000",
        "1,987 people referred to mainstream schemes",
        "537 people given adapted accompaniment",
        "249 positive exits out of 537 people accompanied (46.4%)",
        "97% satisfied answers to the satisfaction survey (291 out of 300)",
        "75% of the people who exited after an accompaniment were registered with the public employment service at "
            + "entry, 92% at or after exit (200 people)",
        "50% of the people who exited after an accompaniment had never been accompanied before SIPA, "
            + "90% were accompanied by another scheme at or after exit (200 people)",
        "16% of the people who exited after an accompaniment were members of a local association at entry, "
            + "30% at or after exit (200 people)",
        "43 collaborative actions conducted with partners",
        "853 events at the SIPA sites",
        "Cost per person captured: €220.06",
        "Cost per person welcomed: €80.39",
        "Cost per person accompanied: €2,544.82",
        "Cost per positive exit: €5,488.23");
  }

  @Test
  void marksEveryStatementComputedInFrenchAndEnglishWithTheMeasureItReports() {
    List<ResultStatement> statements = sipa(HandBuiltReport.sipa()).statements();
    assertThat(statements).allSatisfy(s -> {
      assertThat(s.origin()).isEqualTo(ResultOrigin.COMPUTED);
      assertThat(s.text().languages()).containsExactly(Language.FRENCH, Language.ENGLISH);
    });
    assertThat(statements).extracting(ResultStatement::measures).containsExactly(
        List.of(Measure.PEOPLE_CAPTURED_OUTSIDE_SITES), List.of(Measure.OUTREACH_EVENTS),
        List.of(Measure.PEOPLE_WELCOMED), List.of(Measure.REFERRALS), List.of(Measure.PEOPLE_REFERRED),
        List.of(Measure.PEOPLE_ACCOMPANIED), List.of(Measure.POSITIVE_EXITS), List.of(), List.of(), List.of(),
        List.of(), List.of(Measure.COLLABORATIVE_ACTIONS), List.of(Measure.SITE_EVENTS), List.of(), List.of(),
        List.of(), List.of());
  }

  @Test
  void writesNoSentenceForAFigureThatIsNotComputable() {
    HandBuiltReport report = HandBuiltReport.sipa()
        .notComputable(FigureCodes.SATISFACTION_RATE, Unit.PERCENT, "no one answered the satisfaction survey")
        .notComputable(FigureCodes.SIPA_POSITIVE_EXIT_RATE, Unit.PERCENT, "empty cohort")
        .notComputable(FigureCodes.COST_PER_PERSON_CAPTURED, Unit.MONEY, "no budget")
        .without(FigureCodes.SITE_EVENTS);
    List<String> english = english(sipa(report));
    assertThat(english).hasSize(13).noneMatch(s -> s.contains("satisf") || s.contains("positive exits")
        || s.contains("per person captured") || s.contains("events at"));
  }

  @Test
  void writesABeforeAfterPairOnlyWhenBothHalvesAreComputable() {
    HandBuiltReport report = HandBuiltReport.sipa()
        .notComputable(FigureCodes.ASSOCIATION_MEMBERSHIP_AFTER_EXIT, Unit.PERCENT, "no one exited")
        .without(FigureCodes.PES_REGISTRATION_AT_ENTRY);
    assertThat(english(sipa(report)))
        .noneMatch(s -> s.contains("local association") || s.contains("public employment service"))
        .anyMatch(s -> s.contains("another scheme"));
  }

  @Test
  void dropsOnlyTheClauseOfATargetOrChangeThatIsNotComputable() {
    HandBuiltReport report = HandBuiltReport.sipa()
        .notComputable(FigureCodes.growth(Measure.PEOPLE_WELCOMED), Unit.PERCENT_CHANGE, "the baseline is 0")
        .notComputable(FigureCodes.target(Measure.REFERRALS), Unit.PERCENT_OF_TARGET, "the target is 0");
    assertThat(french(sipa(report))).contains(
        "17\u202F000 personnes accueillies sur les sites SIPA",
        "2\u202F124 orientations vers des dispositifs de droit commun");
  }

  @Test
  void saysFewerOrAsManyWhenTheCountDidNotGrow() {
    SheetResults fewer = sipa(HandBuiltReport.sipa().count(FigureCodes.WELCOMED, Unit.PEOPLE, 12_000, null)
        .growth(Measure.PEOPLE_WELCOMED, 12_000, 13_710));
    assertThat(french(fewer)).contains("12\u202F000 personnes accueillies sur les sites SIPA, soit 12,5\u00A0% de moins qu'en 2015");
    assertThat(english(fewer)).contains("12,000 people welcomed at the SIPA sites, 12.5% fewer than in 2015");

    SheetResults same = sipa(HandBuiltReport.sipa().count(FigureCodes.WELCOMED, Unit.PEOPLE, 13_710, null)
        .growth(Measure.PEOPLE_WELCOMED, 13_710, 13_710));
    assertThat(french(same)).contains("13\u202F710 personnes accueillies sur les sites SIPA, soit autant qu'en 2015");
    assertThat(english(same)).contains("13,710 people welcomed at the SIPA sites, as many as in 2015");
  }

  @Test
  void namesTheDeclaredBaselineByItsValueWhenItsReferenceIsNotAYearOrUnknown() {
    Programme notAYear = Programme.builder().from(SIPA)
        .baselines(List.of(Baseline.of(Measure.PEOPLE_WELCOMED, "moyenne 2013-2015", 13_710)))
        .build();
    SheetResults results = SheetResults.of(HandBuiltReport.sipa().build()).withShortName("SIPA").withBaselinesOf(notAYear);
    String french = "17\u202F000 personnes accueillies sur les sites SIPA, soit 24\u00A0% de plus que la référence déclarée (13\u202F710)";
    String english = "17,000 people welcomed at the SIPA sites, 24% more than the declared baseline (13,710)";
    assertThat(french(results)).contains(french);
    assertThat(english(results)).contains(english);

    SheetResults withoutProgramme = SheetResults.of(HandBuiltReport.sipa().build()).withShortName("SIPA");
    assertThat(french(withoutProgramme)).contains(french);
    assertThat(english(withoutProgramme)).contains(english);
  }

  @Test
  void doesNotNameABaselineWhoseValueIsNotTheOneTheChangeWasComputedAgainst() {
    Programme revised = Programme.builder().from(SIPA)
        .baselines(List.of(Baseline.of(Measure.PEOPLE_WELCOMED, "2015", 14_000)))
        .build();
    SheetResults results = SheetResults.of(HandBuiltReport.sipa().build()).withBaselinesOf(revised);
    assertThat(english(results)).contains("17,000 people welcomed at the sites, 24% more than the declared baseline (13,710)");
  }

  @Test
  void joinsTheChangeAndTheShareOfTheTargetOfOneMeasure() {
    SheetResults results = sipa(HandBuiltReport.sipa()
        .target(Measure.PEOPLE_WELCOMED, 17_000, 20_000)
        .target(Measure.POSITIVE_EXITS, 249, 300));
    assertThat(french(results)).contains(
        "17\u202F000 personnes accueillies sur les sites SIPA, soit 24\u00A0% de plus qu'en 2015 et 85\u00A0% de l'objectif de 20\u202F000",
        "249 sorties positives sur 537 personnes accompagnées (46,4\u00A0%), soit 83\u00A0% de l'objectif de 300");
    assertThat(english(results)).contains(
        "17,000 people welcomed at the SIPA sites, 24% more than in 2015 and 85% of the target of 20,000",
        "249 positive exits out of 537 people accompanied (46.4%), 83% of the target of 300");
  }

  @Test
  void speaksOfTheSitesAndOfTheProgrammeWhenNoShortNameIsGiven() {
    SheetResults results = SheetResults.of(HandBuiltReport.sipa().build()).withBaselinesOf(SIPA);
    assertThat(french(results)).contains(
        "4\u202F105 personnes captées sur leurs lieux de vie, en dehors des sites",
        "17\u202F000 personnes accueillies sur les sites, soit 24\u00A0% de plus qu'en 2015",
        "853 événements sur les sites")
        .anyMatch(s -> s.contains("n'avaient jamais été accompagnées avant le programme, "));
    assertThat(english(results)).contains(
        "4,105 people captured in their living places, outside the sites",
        "17,000 people welcomed at the sites, 24% more than in 2015",
        "853 events at the sites")
        .anyMatch(s -> s.contains("had never been accompanied before the programme, "));
  }

  @Test
  void agreesNounsWithTheirCountInEachLanguage() {
    HandBuiltReport none = HandBuiltReport.empty()
        .count(FigureCodes.WELCOMED, Unit.PEOPLE, 0, null)
        .count(FigureCodes.SITE_EVENTS, Unit.RECORDS, 0, null);
    assertThat(french(SheetResults.of(none.build())))
        .containsExactly("0 personne accueillie sur les sites", "0 événement sur les sites");
    assertThat(english(SheetResults.of(none.build())))
        .containsExactly("0 people welcomed at the sites", "0 events at the sites");

    HandBuiltReport one = HandBuiltReport.empty()
        .count(FigureCodes.CAPTURED_OUTSIDE_SITES, Unit.PEOPLE, 1, 1L)
        .count(FigureCodes.REFERRALS, Unit.RECORDS, 1, null)
        .count(FigureCodes.SIPA_POSITIVE_EXITS, Unit.PEOPLE, 1, 1L)
        .share(FigureCodes.SIPA_POSITIVE_EXIT_RATE, 1, 1)
        .count(FigureCodes.COLLABORATIVE_ACTIONS, Unit.RECORDS, 1, null)
        .share(FigureCodes.ASSOCIATION_MEMBERSHIP_AT_ENTRY, 0, 1)
        .share(FigureCodes.ASSOCIATION_MEMBERSHIP_AFTER_EXIT, 1, 1);
    assertThat(french(SheetResults.of(one.build()))).containsExactly(
        "1 personne captée sur son lieu de vie, en dehors des sites",
        "1 orientation vers un dispositif de droit commun",
        "1 sortie positive sur 1 personne accompagnée (100\u00A0%)",
        "0\u00A0% des personnes sorties après un accompagnement étaient membres d'une association locale à leur "
            + "entrée, 100\u00A0% à leur sortie ou après (1 personne)",
        "1 action collaborative conduite avec les partenaires");
    assertThat(english(SheetResults.of(one.build()))).containsExactly(
        "1 person captured in their living place, outside the sites",
        "1 referral to a mainstream scheme",
        "1 positive exit out of 1 person accompanied (100%)",
        "0% of the people who exited after an accompaniment were members of a local association at entry, "
            + "100% at or after exit (1 person)",
        "1 collaborative action conducted with partners");
  }

  @Test
  void writesCostsInTheBudgetsCurrency() {
    HandBuiltReport francs = HandBuiltReport.empty().budget("250000.00", "CHF")
        .count(FigureCodes.WELCOMED, Unit.PEOPLE, 3_000, null)
        .cost(FigureCodes.COST_PER_PERSON_WELCOMED, 3_000);
    SheetResults results = SheetResults.of(francs.build());
    assertThat(french(results)).contains("Coût par personne accueillie\u00A0: 83,33\u00A0CHF");
    assertThat(english(results)).contains("Cost per person welcomed: CHF\u00A083.33");
  }

  @Test
  void fillKeepsTheDeclaredResultsAndReplacesTheComputedOnes() {
    PracticeSheet sipa = SipaPracticeSheet.load();
    List<ResultStatement> declared = sipa.impact().results();
    ResultStatement stale = ResultStatement.computed(LocalizedText.frEn("1 personne", "1 person"), Measure.PEOPLE_WELCOMED);
    PracticeSheet withStale = PracticeSheet.builder().from(sipa)
        .impact(Impact.builder().from(sipa.impact()).results(List.of(stale, declared.get(0), declared.get(1))).build())
        .build();

    SheetResults results = sipa(HandBuiltReport.sipa());
    PracticeSheet filled = results.fill(withStale);

    assertThat(filled.impact().results())
        .startsWith(declared.get(0), declared.get(1))
        .doesNotContain(stale)
        .hasSize(2 + results.statements().size())
        .endsWith(results.statements().toArray(ResultStatement[]::new));
    assertThat(results.fill(filled)).isEqualTo(filled);
    assertThat(PracticeSheet.builder().from(filled).impact(sipa.impact()).build())
        .as("nothing but the results changed").isEqualTo(sipa);
  }

  @Test
  void theFilledSipaSheetPassesTheChecksAndRoundTripsJson() {
    PracticeSheet filled = sipa(HandBuiltReport.sipa()).fill(SipaPracticeSheet.load());
    PracticeSheetJson json = PracticeSheetJson.create();

    assertThat(json.problems(filled)).isEmpty();
    String written = json.write(filled);
    assertThat(json.check(written).problems()).isEmpty();
    PracticeSheet read = json.read(written);
    assertThat(read).isEqualTo(filled);
    assertThat(json.write(read)).isEqualTo(written);
    assertThat(written).contains("17\u202F000 personnes accueillies sur les sites SIPA, soit 24\u00A0% de plus qu'en 2015");
  }

  @Test
  void refusesAReportNarrowedToASiteAChannelOrATargetGroup() {
    IndicatorReport site = HandBuiltReport.sipa().report().site(Fixtures.SITE_AUDINCOURT).build();
    IndicatorReport channel = HandBuiltReport.sipa().report().channel(CaptureChannel.DOOR_TO_DOOR).build();
    IndicatorReport women = HandBuiltReport.sipa().report().targetGroup(TargetGroup.WOMEN).build();
    assertThatThrownBy(() -> SheetResults.of(site)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("narrowed to site site-audincourt")
        .hasMessageContaining("ReportScope.of(programmeId)");
    assertThatThrownBy(() -> SheetResults.of(channel)).hasMessageContaining("narrowed to capture channel DOOR_TO_DOOR");
    assertThatThrownBy(() -> SheetResults.of(women)).hasMessageContaining("narrowed to target group WOMEN");
  }

  @Test
  void refusesTheBaselinesOfAnotherProgrammeAndABlankShortName() {
    SheetResults results = SheetResults.of(HandBuiltReport.sipa().build());
    Programme other = Programme.builder().from(SIPA).id(ProgrammeId.of("other")).build();
    assertThatThrownBy(() -> results.withBaselinesOf(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the report is on programme sipa-montbeliard, not on other: give the programme the report was computed for");
    assertThatThrownBy(() -> results.withShortName(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shortName");
  }

  @Test
  void fillsTheSheetFromAReportTheEngineComputed() {
    MobilisationEngine engine = MobilisationEngine.builder().storage(InMemoryStorage.create()).clock(Fixtures.CLOCK).build();
    TenantId tenant = Fixtures.newTenant();
    Programme programme = Programme.builder().from(SIPA)
        .baselines(List.of(Baseline.of(Measure.PEOPLE_WELCOMED, "2015", 2)))
        .build();
    ok(engine.registerProgramme(tenant, programme));
    for (int day = 1; day <= 3; day++) {
      BeneficiaryId person = BeneficiaryId.random();
      LocalDate on = LocalDate.of(2019, 3, day);
      ok(engine.capture(tenant, Fixtures.capture(person, on)));
      ok(engine.welcome(tenant, Welcome.builder().beneficiaryId(person).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(on).build()));
    }
    IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(programme.id())).orElseThrow();

    PracticeSheet filled = SheetResults.of(report).withShortName("SIPA").withBaselinesOf(programme).fill(SipaPracticeSheet.load());

    List<ResultStatement> computed =
        filled.impact().results().stream().filter(r -> r.origin() == ResultOrigin.COMPUTED).toList();
    assertThat(in(Language.FRENCH, computed)).containsExactly(
        "3 personnes captées sur leurs lieux de vie, en dehors des sites SIPA",
        "0 événement d'aller-vers organisé",
        "3 personnes accueillies sur les sites SIPA, soit 50\u00A0% de plus qu'en 2015",
        "0 orientation vers un dispositif de droit commun, soit 0\u00A0% de l'objectif de 3\u202F000",
        "0 personne orientée vers les dispositifs de droit commun",
        "0 personne ayant bénéficié d'un accompagnement adapté",
        "0 action collaborative conduite avec les partenaires",
        "0 événement sur les sites SIPA",
        "Coût par personne captée\u00A0: 455\u202F522,71\u00A0€",
        "Coût par personne accueillie\u00A0: 455\u202F522,71\u00A0€");
    assertThat(in(Language.ENGLISH, computed)).containsExactly(
        "3 people captured in their living places, outside the SIPA sites",
        "0 outreach events held",
        "3 people welcomed at the SIPA sites, 50% more than in 2015",
        "0 referrals to mainstream schemes, 0% of the target of 3,000",
        "0 people referred to mainstream schemes",
        "0 people given adapted accompaniment",
        "0 collaborative actions conducted with partners",
        "0 events at the SIPA sites",
        "Cost per person captured: €455,522.71",
        "Cost per person welcomed: €455,522.71");
    assertThat(PracticeSheetJson.create().problems(filled)).isEmpty();
  }

  private static void ok(CommandResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
  }
}
