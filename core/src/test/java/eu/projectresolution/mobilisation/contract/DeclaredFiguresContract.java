package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordDropOut;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordFollowUp;
import eu.projectresolution.mobilisation.engine.RecordSituation;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.FigureLabels;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.StreamReports;
import eu.projectresolution.mobilisation.indicator.Unit;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.BeforeAfterMeasure;
import eu.projectresolution.mobilisation.programme.FollowUpWindow;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.SituationAnswer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * For every store: a programme that declares its own follow-up moments (3, 6 and 12 months after the
 * exit) and a before/after measure of its own (holds a driving licence) besides the public employment
 * service's, records six people through the engine and gets exactly those figures, worked out by hand
 * below, for the report period January to August 2019:
 *
 * <pre>
 *  A  entry: not registered, no licence;  exit 1 Feb: registered, licence.
 *     3 months: employed; 6 months: employed; 12 months: employed
 *  B  entry: registered, no licence;      exit 1 Mar: registered, no licence.
 *     3 months: in training; 12 months: looking for a job
 *  C  entry: not registered, licence;     exit 1 Apr: not registered, licence.
 *     3 months: looking for a job (2 July), then employed (20 July, the latest); 6 months: looking for a job
 *  D  welcomed without a situation; exit 2 May; never followed up
 *  E  accompanied, still there            F  accompanied, dropped out in March
 * </pre>
 *
 * Before/after (A, B, C: accompanied, exited in the period, situation at entry recorded): registered
 * 1/3 at entry, 2/3 after; licence 1/3 at entry, 2/3 after. Follow-ups (A, B, C, D: left through an exit
 * in the period): at 3 months 3 of 4 followed up, of whom 2 employed (A, C), 1 in training (B), none
 * looking for a job; at 6 months 2 of 4 (A employed, C looking); at 12 months 2 of 4 (A employed, B
 * looking).
 */
public abstract class DeclaredFiguresContract {
  /** Ten months after the programme ended: the twelve-month follow-ups are in. */
  private static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2020, 6, 30, 12, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
  private static final SituationAnswer LICENCE = SituationAnswer.of("holds_driving_licence");
  private static final ReportScope SCOPE = ReportScope.builder().programmeId(Fixtures.SIPA)
      .start(LocalDate.of(2019, 1, 1)).end(LocalDate.of(2019, 8, 31)).build();

  private MobilisationStorage storage;
  private MobilisationEngine engine;
  private TenantId tenant;
  private BeneficiaryId d;

  protected abstract MobilisationStorage storage();

  /** SIPA's records, followed up as a rural partner declares: at 3, 6 and 12 months, on the driving licence too. */
  static Programme declaring() {
    return Programme.builder().from(Fixtures.sipa())
        .addFollowUps(FollowUpWindow.THREE_MONTHS, FollowUpWindow.SIX_MONTHS, FollowUpWindow.TWELVE_MONTHS)
        .addSituationAnswers(LICENCE)
        .addBeforeAfterMeasures(BeforeAfterMeasure.PES_REGISTRATION, BeforeAfterMeasure.of("driving_licence",
            LICENCE, LICENCE, Map.of(Language.ENGLISH, "Holds a driving licence", Language.SPANISH, "Tiene permiso de conducir")))
        .build();
  }

  @BeforeEach
  void recordSixPeople() {
    storage = storage();
    engine = MobilisationEngine.builder().storage(storage).clock(CLOCK).build();
    tenant = Fixtures.newTenant();
    ok(engine.registerProgramme(tenant, declaring()));

    BeneficiaryId a = accompanied(day(1, 7), situation(false, false));
    exit(a, day(2, 1), situation(true, true));
    followUp(a, FollowUpMoment.THREE_MONTHS, day(5, 10), employed());
    followUp(a, FollowUpMoment.SIX_MONTHS, day(8, 5), employed());
    followUp(a, FollowUpMoment.TWELVE_MONTHS, LocalDate.of(2020, 2, 10), employed());

    BeneficiaryId b = accompanied(day(1, 14), situation(true, false));
    exit(b, day(3, 1), situation(true, false));
    followUp(b, FollowUpMoment.THREE_MONTHS, day(6, 3), FollowUp.builder().inEducationOrTraining(true));
    followUp(b, FollowUpMoment.TWELVE_MONTHS, LocalDate.of(2020, 3, 5), FollowUp.builder().jobSearching(true));

    BeneficiaryId c = accompanied(day(1, 21), situation(false, true));
    exit(c, day(4, 1), situation(false, true));
    followUp(c, FollowUpMoment.THREE_MONTHS, day(7, 2), FollowUp.builder().jobSearching(true));
    followUp(c, FollowUpMoment.THREE_MONTHS, day(7, 20), employed());
    followUp(c, FollowUpMoment.SIX_MONTHS, LocalDate.of(2019, 10, 15), FollowUp.builder().jobSearching(true));

    d = accompanied(day(2, 4), null);
    exit(d, day(5, 2), situation(false, false));

    accompanied(day(3, 4), situation(true, true));
    BeneficiaryId f = accompanied(day(2, 11), situation(false, true));
    ok(engine.recordDropOut(tenant, RecordDropOut.builder().beneficiaryId(f).occurredOn(day(3, 20)).build()));
  }

  @Test
  void comparesTheDeclaredMeasuresAtEntryAndAfterExit() {
    IndicatorReport report = report();
    assertShare(report, "before_after.pes_registration.at_entry", "33.3", 1, 3);
    assertShare(report, "before_after.pes_registration.after_exit", "66.7", 2, 3);
    assertShare(report, "before_after.driving_licence.at_entry", "33.3", 1, 3);
    assertShare(report, "before_after.driving_licence.after_exit", "66.7", 2, 3);
    assertThat(report.figures()).extracting(f -> f.code().value()).filteredOn(code -> code.startsWith("before_after."))
        .as("only the declared measures").containsExactly("before_after.pes_registration.at_entry",
            "before_after.pes_registration.after_exit", "before_after.driving_licence.at_entry",
            "before_after.driving_licence.after_exit");
    assertThat(figure(report, "before_after.driving_licence.at_entry").label())
        .isEqualTo("Holds a driving licence at entry (people accompanied who exited during the period, with their "
            + "situation at entry recorded)");
  }

  @Test
  void followsUpAtEachDeclaredMomentThePeopleWhoLeftThroughAnExit() {
    IndicatorReport report = report();
    // Moment: of the 4 leavers, those followed up ("75.0" = 3/4); of them, employed, in training, looking.
    assertFollowUps(report, "three_months", "75.0", 3, "66.7", 2, "33.3", 1, "0.0", 0);
    assertFollowUps(report, "six_months", "50.0", 2, "50.0", 1, "0.0", 0, "50.0", 1);
    assertFollowUps(report, "twelve_months", "50.0", 2, "50.0", 1, "0.0", 0, "50.0", 1);
    assertThat(report.figures()).extracting(f -> f.code().value()).filteredOn(code -> code.startsWith("follow_up."))
        .as("four figures per declared moment, in the order declared").hasSize(12)
        .startsWith("follow_up.three_months.reached").endsWith("follow_up.twelve_months.job_searching");
    assertThat(figure(report, "follow_up.twelve_months.employed").label()).isEqualTo(
        "Employed (a job or a business created) 12 months after exit, of the people followed up then who left through"
            + " an exit during the period");
  }

  @Test
  void reportsInTheReadersLanguageWithTheNamesTheProgrammeGave() {
    IndicatorReport spanish = FigureLabels.of(Locale.forLanguageTag("es")).translate(report());
    assertThat(figure(spanish, "before_after.driving_licence.after_exit").label()).startsWith("Tiene permiso de conducir a la salida o después");
    assertThat(figure(spanish, "follow_up.three_months.reached").label())
        .isEqualTo("Con seguimiento 3 meses después de la salida, de las personas que salieron durante el período (salida registrada)");
    // The partner named its measure in English and Spanish only: the Italian report falls back to English.
    IndicatorReport italian = FigureLabels.of(Locale.ITALIAN).translate(report());
    assertThat(figure(italian, "before_after.driving_licence.at_entry").label()).startsWith("Holds a driving licence all'ingresso");
    assertThat(figure(italian, "follow_up.six_months.job_searching").label()).startsWith("In cerca di lavoro 6 mesi dopo l'uscita");
  }

  @Test
  void theReportFromTheFactsEqualsTheReportFromTheEventStreams() {
    assertThat(report().figures()).containsExactlyElementsOf(
        StreamReports.compute(storage, OutcomeRules.standard(), PathwayModel.sipa(), CLOCK, tenant, SCOPE).orElseThrow().figures());
  }

  @Test
  void refusesAFollowUpAtAMomentTheProgrammeDoesNotDeclareOrOutsideItsDeclaredWindow() {
    CommandResult atFourWeeks = engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(d)
        .followUp(FollowUp.builder().moment(FollowUpMoment.WITHIN_FOUR_WEEKS).observedOn(day(5, 10)).build()).build());
    assertThat(atFourWeeks.refusal()).hasValueSatisfying(r -> {
      assertThat(r.code()).isEqualTo(RefusalCode.FOLLOW_UP_MOMENT_NOT_DECLARED);
      assertThat(r.field()).isEqualTo("followUp.moment");
      assertThat(r.message()).contains("WITHIN_FOUR_WEEKS", "THREE_MONTHS, SIX_MONTHS, TWELVE_MONTHS");
    });
    // Twelve months after an exit on 2 May 2019: from 2 May to 2 June 2020.
    CommandResult early = engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(d)
        .followUp(FollowUp.builder().moment(FollowUpMoment.TWELVE_MONTHS).observedOn(LocalDate.of(2020, 4, 30)).build()).build());
    assertThat(early.refusal()).hasValueSatisfying(r -> {
      assertThat(r.code()).isEqualTo(RefusalCode.FOLLOW_UP_OUTSIDE_WINDOW);
      assertThat(r.message()).contains("from 2020-05-02 to 2020-06-02");
    });
    ok(engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(d)
        .followUp(FollowUp.builder().moment(FollowUpMoment.TWELVE_MONTHS).observedOn(LocalDate.of(2020, 6, 2))
            .jobSearching(true).build()).build()));
    assertShare(report(), "follow_up.twelve_months.reached", "75.0", 3, 4);
  }

  @Test
  void refusesASituationAnsweringAQuestionTheProgrammeDoesNotAskAndKeepsNothingOfIt() {
    Situation misspelt = Situation.builder().putAnswers("holds_driving_license", true).build();
    String before = StoreSnapshot.of(storage, tenant);

    CommandResult observed = engine.recordSituation(tenant, RecordSituation.builder().beneficiaryId(d).occurredOn(day(5, 3))
        .situation(misspelt).build());

    assertThat(observed.refusal()).hasValueSatisfying(r -> {
      assertThat(r.code()).isEqualTo(RefusalCode.SITUATION_ANSWER_NOT_DECLARED);
      assertThat(r.field()).isEqualTo("situation.answers");
      assertThat(r.message()).contains("'holds_driving_license'", "[holds_driving_licence]");
    });
    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);
  }

  @Test
  void whenTheProgrammeChangesItsDeclarationsItsPeoplesFactsAreComputedAgain() {
    String before = engine.indicatorFacts().declaredBy(declaring()).basis();
    Programme withAtExit = Programme.builder().from(declaring())
        .followUps(java.util.List.of(FollowUpWindow.AT_EXIT, FollowUpWindow.THREE_MONTHS, FollowUpWindow.SIX_MONTHS,
            FollowUpWindow.TWELVE_MONTHS))
        .build();
    String after = engine.indicatorFacts().declaredBy(withAtExit).basis();
    assertThat(after).isNotEqualTo(before);
    ok(engine.updateProgramme(tenant, withAtExit));
    assertThat(storage.indicatorSources().factsNotUnder(tenant, Fixtures.SIPA, after, Optional.empty(), 100))
        .as("the six people's facts, computed under the former declarations").hasSize(6);

    IndicatorReport report = report();

    assertThat(storage.indicatorSources().factsNotUnder(tenant, Fixtures.SIPA, after, Optional.empty(), 100)).isEmpty();
    assertShare(report, "follow_up.at_exit.reached", "0.0", 0, 4);
    assertThat(figure(report, "follow_up.at_exit.employed").notComputableReason())
        .contains("no one who left through an exit during the period was followed up at this moment");
    assertShare(report, "follow_up.three_months.reached", "75.0", 3, 4);
  }

  // ---------------------------------------------------------------- helpers

  private IndicatorReport report() {
    return engine.indicatorReport(tenant, SCOPE).orElseThrow();
  }

  private static Figure figure(IndicatorReport report, String code) {
    return report.figure(code).orElseThrow(() -> new AssertionError("no figure " + code));
  }

  private static void assertShare(IndicatorReport report, String code, String percent, long n, long of) {
    Figure figure = figure(report, code);
    assertThat(figure.unit()).as(code + " unit").isEqualTo(Unit.PERCENT);
    assertThat(figure.value()).as(code + " value").contains(new BigDecimal(percent));
    assertThat(figure.numerator()).as(code + " numerator").contains(BigDecimal.valueOf(n));
    assertThat(figure.denominator()).as(code + " denominator").contains(BigDecimal.valueOf(of));
  }

  /** The four figures of a moment: of the 4 leavers, those followed up; of them, the three situations. */
  private static void assertFollowUps(IndicatorReport report, String moment, String reached, long followedUp,
      String employed, long nEmployed, String training, long nTraining, String searching, long nSearching) {
    assertShare(report, "follow_up." + moment + ".reached", reached, followedUp, 4);
    assertShare(report, "follow_up." + moment + ".employed", employed, nEmployed, followedUp);
    assertShare(report, "follow_up." + moment + ".in_education_or_training", training, nTraining, followedUp);
    assertShare(report, "follow_up." + moment + ".job_searching", searching, nSearching, followedUp);
  }

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2019, month, dayOfMonth);
  }

  private static CommandResult ok(CommandResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
    return result;
  }

  private static Situation situation(boolean registered, boolean licence) {
    return Situation.builder().registeredWithPublicEmploymentService(registered)
        .putAnswers(LICENCE.code(), licence).build();
  }

  private static FollowUp.Builder employed() {
    return FollowUp.builder().employment(Employment.of(ContractType.OPEN_ENDED));
  }

  /** Captured, welcomed (with {@code atEntry}, if given), oriented and accompanied on {@code on}. */
  private BeneficiaryId accompanied(LocalDate on, Situation atEntry) {
    BeneficiaryId id = BeneficiaryId.random();
    ok(engine.capture(tenant, Fixtures.capture(id, on)));
    ok(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(on)
        .situation(Optional.ofNullable(atEntry)).build()));
    ok(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(on)
        .orientation(Orientation.ADAPTED_ACCOMPANIMENT).build()));
    ok(engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(id).occurredOn(on).build()));
    return id;
  }

  private void exit(BeneficiaryId id, LocalDate on, Situation situation) {
    ok(engine.recordExit(tenant, RecordExit.builder().beneficiaryId(id).occurredOn(on)
        .reason(ExitReason.END_OF_ACCOMPANIMENT).situation(situation).build()));
  }

  private void followUp(BeneficiaryId id, FollowUpMoment moment, LocalDate on, FollowUp.Builder followUp) {
    ok(engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(id)
        .followUp(followUp.moment(moment).observedOn(on).build()).build()));
  }
}
