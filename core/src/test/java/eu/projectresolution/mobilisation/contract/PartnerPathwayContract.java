package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.CorrectEvent;
import eu.projectresolution.mobilisation.engine.Correction;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordDropOut;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordPartnerStep;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.VoidEvent;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.FigureLabels;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.outcome.EsfPlusParticipant;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.PartnerStep;
import eu.projectresolution.mobilisation.pathway.PartnerStepTaken;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.StageLabel;
import eu.projectresolution.mobilisation.pathway.Transition;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A partner's own pathway model on a store: partner steps recorded, refused, corrected and read back
 * from the store, the report's figures of each partner stage with its human label, and the ESF+
 * participant definition a host registers deciding whom EECO01 counts, with the facts computed again
 * when it changes. Every adapter runs it, so a store must keep the partner's events and answer their
 * figures as the in-memory one does.
 *
 * <p>The partner model is SIPA's with a job club and driving lessons, each a stage of its own, and
 * mentoring, a step that keeps the person in the accompaniment:
 *
 * <pre>
 *   accompanied → job_club → referred, exited, lost contact, dropped out (and job_club → job_club)
 *   accompanied → driving_lessons → job_club, exited, lost contact, dropped out
 *   accompanied → (mentoring) → accompanied
 * </pre>
 */
public abstract class PartnerPathwayContract {
  public static final Stage JOB_CLUB = Stage.of("job_club");
  public static final Stage DRIVING_LESSONS = Stage.of("driving_lessons");
  public static final PartnerStep JOB_CLUB_STEP = PartnerStep.of("job_club");
  public static final PartnerStep DRIVING_LESSONS_STEP = PartnerStep.of("driving_lessons");
  public static final PartnerStep MENTORING = PartnerStep.of("mentoring");
  private static final LocalDate START = LocalDate.of(2019, 1, 1);
  private static final LocalDate END = LocalDate.of(2019, 8, 31);
  private static final SiteId SITE = Fixtures.SITE_MONTBELIARD;

  protected MobilisationStorage storage;
  protected TenantId tenant;
  protected MobilisationEngine engine;

  protected abstract MobilisationStorage storage();

  /** The partner's model: SIPA's with a job club, driving lessons and mentoring (see the class comment). */
  public static PathwayModel partnerModel() {
    PathwayModel.Builder model = PathwayModel.builder().from(PathwayModel.sipa())
        .name("SIPA with a job club").version(1)
        .addStages(JOB_CLUB, DRIVING_LESSONS)
        .putPartnerSteps(JOB_CLUB_STEP, JOB_CLUB)
        .putPartnerSteps(DRIVING_LESSONS_STEP, DRIVING_LESSONS)
        .putPartnerSteps(MENTORING, Stage.ACCOMPANIED)
        .addTransitions(
            Transition.of(Stage.ACCOMPANIED, JOB_CLUB), Transition.of(JOB_CLUB, JOB_CLUB),
            Transition.of(JOB_CLUB, Stage.REFERRED), Transition.of(JOB_CLUB, Stage.EXITED),
            Transition.of(Stage.ACCOMPANIED, DRIVING_LESSONS), Transition.of(DRIVING_LESSONS, JOB_CLUB),
            Transition.of(DRIVING_LESSONS, Stage.EXITED), Transition.of(Stage.ACCOMPANIED, Stage.ACCOMPANIED))
        .addStageLabels(
            StageLabel.of(JOB_CLUB, Language.ENGLISH, "job club"),
            StageLabel.of(JOB_CLUB, Language.FRENCH, "club emploi"),
            StageLabel.of(JOB_CLUB, Language.SPANISH, "club de empleo"),
            StageLabel.of(JOB_CLUB, Language.ITALIAN, "club del lavoro"));
    for (Stage stage : List.of(JOB_CLUB, DRIVING_LESSONS)) {
      model.addTransitions(Transition.of(stage, Stage.LOST_CONTACT), Transition.of(stage, Stage.DROPPED_OUT));
    }
    return model.build();
  }

  @BeforeEach
  void aPartnerProgrammeIsRegistered() {
    storage = storage();
    tenant = Fixtures.newTenant();
    engine = engine(OutcomeRules.standard());
    accepted(engine.registerProgramme(tenant, Fixtures.sipa()));
  }

  private MobilisationEngine engine(OutcomeRules rules) {
    return MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).pathwayModel(partnerModel())
        .outcomeRules(rules).build();
  }

  // ---------------------------------------------------------------- partner steps

  @Test
  void aPartnerStepMovesThePathwayToItsStageAndIsReadBackFromTheStore() {
    BeneficiaryId amina = accompanied(LocalDate.of(2019, 2, 1));

    accepted(engine.recordPartnerStep(tenant, RecordPartnerStep.builder().beneficiaryId(amina).step(JOB_CLUB_STEP)
        .occurredOn(LocalDate.of(2019, 3, 5)).site(SITE).note("Tuesday group").build()));
    accepted(engine.refer(tenant, Refer.builder().beneficiaryId(amina).occurredOn(LocalDate.of(2019, 4, 2))
        .referralId(ReferralId.random()).schemeId(Fixtures.PES_REGISTRATION).build()));

    MobilisationEngine another = engine(OutcomeRules.standard());
    Pathway pathway = another.pathway(tenant, amina).orElseThrow();
    assertThat(pathway.stage()).isEqualTo(Stage.REFERRED);
    assertThat(pathway.partnerSteps()).containsExactly(
        PartnerStepTaken.of(LocalDate.of(2019, 3, 5), JOB_CLUB_STEP, Optional.of(SITE), Optional.of("Tuesday group")));
    assertThat(pathway.firstReached(JOB_CLUB)).contains(LocalDate.of(2019, 3, 5));
    List<PathwayEvent> events = storage.pathways().events(tenant, amina);
    assertThat(events).filteredOn(PathwayEvents.PartnerStepRecorded.class::isInstance).singleElement()
        .satisfies(e -> assertThat(e.header().stage()).isEqualTo(JOB_CLUB));
    assertThat(another.beneficiariesAt(tenant, Fixtures.SIPA, Stage.REFERRED)).containsExactly(amina);
  }

  @Test
  void aStepTheModelDoesNotDeclareAMoveItForbidsOrAnUnknownSiteIsRefusedAndWritesNothing() {
    BeneficiaryId bruno = welcomed(LocalDate.of(2019, 2, 1));
    long version = engine.pathway(tenant, bruno).orElseThrow().version();
    LocalDate day = LocalDate.of(2019, 2, 10);

    Refusal forbidden = refused(engine.recordPartnerStep(tenant, step(bruno, JOB_CLUB_STEP, day)));
    assertThat(forbidden.code()).isEqualTo(RefusalCode.TRANSITION_NOT_ALLOWED);
    assertThat(forbidden.message()).contains("is at stage 'welcomed'", "allows moving to 'job_club' only from "
        + "'accompanied', 'job_club' or 'driving_lessons'");

    Refusal undeclared = refused(engine.recordPartnerStep(tenant, step(bruno, PartnerStep.of("yoga"), day)));
    assertThat(undeclared.code()).isEqualTo(RefusalCode.STEP_NOT_IN_MODEL);
    assertThat(undeclared.field()).isEqualTo("step");
    assertThat(undeclared.message()).contains("declares no partner step 'yoga'",
        "record one of its partner steps ('driving_lessons', 'job_club' or 'mentoring')",
        "or declare 'yoga' in pathwayModel.partnerSteps");

    MobilisationEngine sipa = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    Refusal notInSipa = refused(sipa.recordPartnerStep(tenant, step(bruno, JOB_CLUB_STEP, day)));
    assertThat(notInSipa.code()).isEqualTo(RefusalCode.STEP_NOT_IN_MODEL);
    assertThat(notInSipa.message()).contains("'SIPA' declares no partner step 'job_club' (it declares none)");

    BeneficiaryId chloe = accompanied(LocalDate.of(2019, 2, 1));
    Refusal unknownSite = refused(engine.recordPartnerStep(tenant, RecordPartnerStep.builder().beneficiaryId(chloe)
        .step(JOB_CLUB_STEP).occurredOn(day).site(SiteId.of("site-belfort")).build()));
    assertThat(unknownSite.code()).isEqualTo(RefusalCode.UNKNOWN_SITE);
    assertThat(unknownSite.field()).isEqualTo("site");

    assertThat(engine.pathway(tenant, bruno).orElseThrow().version()).isEqualTo(version);
    assertThat(engine.pathway(tenant, chloe).orElseThrow().stage()).isEqualTo(Stage.ACCOMPANIED);
  }

  @Test
  void aPartnerStepIsCorrectedToAnotherSiteAndVoidedWhileItIsTheLatestEvent() {
    BeneficiaryId dora = accompanied(LocalDate.of(2019, 2, 1));
    Pathway before = engine.pathway(tenant, dora).orElseThrow();
    accepted(engine.recordPartnerStep(tenant, step(dora, DRIVING_LESSONS_STEP, LocalDate.of(2019, 3, 1))));
    long stepVersion = before.version() + 1;

    accepted(engine.correctEvent(tenant, CorrectEvent.builder().beneficiaryId(dora).occurredOn(LocalDate.of(2019, 3, 2))
        .correctedVersion(stepVersion).correction(new Correction.OfSite(Fixtures.SITE_AUDINCOURT))
        .reason("The lessons are given in Audincourt").actor(StaffRole.SITE_MANAGER).build()));
    assertThat(engine.pathway(tenant, dora).orElseThrow().partnerSteps()).singleElement()
        .satisfies(taken -> assertThat(taken.site()).contains(Fixtures.SITE_AUDINCOURT));

    accepted(engine.voidEvent(tenant, VoidEvent.builder().beneficiaryId(dora).occurredOn(LocalDate.of(2019, 3, 3))
        .voidedVersion(stepVersion).reason("Recorded for the wrong person").actor(StaffRole.SITE_MANAGER).build()));
    Pathway after = engine.pathway(tenant, dora).orElseThrow();
    assertThat(after.stage()).isEqualTo(Stage.ACCOMPANIED);
    assertThat(after.partnerSteps()).isEmpty();
  }

  // ---------------------------------------------------------------- the report over the partner model

  /**
   * Over January to August 2019: A enters the job club in March and is referred in April; B takes
   * driving lessons in March and enters the job club in May, where she still is; C, accompanied since
   * February, is mentored in March (no new stage); D enters the job club in February and drops out in
   * June.
   *
   * <pre>
   *   entered job_club 3 (A, B, D)        at job_club at the end 1 (B)
   *   entered driving_lessons 1 (B)       at driving_lessons at the end 0
   *   at accompanied 1 (C), referred 1 (A), dropped out 1 (D)
   *   from March: entered accompanied 0 (C's mentoring is no new entry), entered job_club 2 (A, B)
   * </pre>
   */
  @Test
  void theReportCountsThePeopleOfEachPartnerStageUnderItsLabel() {
    LocalDate feb = LocalDate.of(2019, 2, 1);
    BeneficiaryId a = accompanied(feb);
    BeneficiaryId b = accompanied(feb);
    BeneficiaryId c = accompanied(feb);
    BeneficiaryId d = accompanied(feb);
    accepted(engine.recordPartnerStep(tenant, step(a, JOB_CLUB_STEP, LocalDate.of(2019, 3, 1))));
    accepted(engine.refer(tenant, Refer.builder().beneficiaryId(a).occurredOn(LocalDate.of(2019, 4, 1))
        .referralId(ReferralId.random()).schemeId(Fixtures.PES_REGISTRATION).build()));
    accepted(engine.recordPartnerStep(tenant, step(b, DRIVING_LESSONS_STEP, LocalDate.of(2019, 3, 1))));
    accepted(engine.recordPartnerStep(tenant, step(b, JOB_CLUB_STEP, LocalDate.of(2019, 5, 1))));
    accepted(engine.recordPartnerStep(tenant, step(c, MENTORING, LocalDate.of(2019, 3, 1))));
    accepted(engine.recordPartnerStep(tenant, step(d, JOB_CLUB_STEP, LocalDate.of(2019, 2, 15))));
    accepted(engine.recordDropOut(tenant, RecordDropOut.builder().beneficiaryId(d).occurredOn(LocalDate.of(2019, 6, 1)).build()));

    IndicatorReport report = engine.indicatorReport(tenant, scope(START)).orElseThrow();
    assertThat(report.value("stage.job_club.entered")).isEqualByComparingTo("3");
    assertThat(report.value("stage.job_club.at_end")).isEqualByComparingTo("1");
    assertThat(report.value("stage.driving_lessons.entered")).isEqualByComparingTo("1");
    assertThat(report.value("stage.driving_lessons.at_end")).isEqualByComparingTo("0");
    assertThat(report.value("stage.accompanied.at_end")).isEqualByComparingTo("1");
    assertThat(report.value("stage.referred.at_end")).isEqualByComparingTo("1");
    assertThat(report.value("stage.dropped_out.at_end")).isEqualByComparingTo("1");
    IndicatorReport fromMarch = engine.indicatorReport(tenant, scope(LocalDate.of(2019, 3, 1)))
        .orElseThrow();
    assertThat(fromMarch.value("stage.accompanied.entered")).isEqualByComparingTo("0");
    assertThat(fromMarch.value("stage.job_club.entered")).isEqualByComparingTo("2");

    assertThat(report.figure("stage.job_club.entered").orElseThrow().label())
        .isEqualTo("People who entered stage 'job club' during the period");
    assertThat(report.figure("stage.driving_lessons.at_end").orElseThrow().label())
        .as("a stage the model does not label, by its code").isEqualTo("People at stage 'driving_lessons' on the period's last day");
    IndicatorReport french = FigureLabels.of(Locale.FRENCH, engine.pathwayModel()).translate(report);
    assertThat(french.figure("stage.job_club.entered").orElseThrow().label())
        .isEqualTo("Personnes entrées à l'étape « club emploi » pendant la période");
    assertThat(french.figure("stage.welcomed.entered").orElseThrow().label())
        .isEqualTo("Personnes entrées à l'étape « accueil » pendant la période");
    IndicatorReport spanish = FigureLabels.of(Locale.forLanguageTag("es"), engine.pathwayModel()).translate(report);
    assertThat(spanish.figure("stage.job_club.at_end").orElseThrow().label()).contains("«club de empleo»");
    assertThat(spanish.figure("stage.job_club.at_end").orElseThrow().value()).isEqualTo(report.figure("stage.job_club.at_end").orElseThrow().value());
  }

  // ---------------------------------------------------------------- the ESF+ participant definition

  /**
   * Six people over January to August 2019, counted in EECO01 by three definitions of a participant:
   *
   * <pre>
   *   E1 welcomed in February, information only, exits employed in April   welcomed
   *   E2 welcomed in February, accompanied in March, attends 1 appointment welcomed, accompanied
   *   E3 welcomed in February, accompanied in March, attends 2             welcomed, accompanied, 2 appointments
   *   E4 welcomed in December 2018, accompanied in January, attends 2     accompanied, 2 appointments
   *   E5 captured only                                                    none
   *   E6 welcomed in March                                                welcomed
   *
   *   EECO01: welcomed (the default) 4, accompaniment started 3, 2 appointments attended 2
   *   EECR04 (employed upon leaving): E1 by the default; no one by the accompaniment, which E1 never started
   * </pre>
   */
  @Test
  void theEsfPlusParticipantDefinitionDecidesWhomEeco01CountsAndTheFactsFollowIt() {
    LocalDate feb = LocalDate.of(2019, 2, 1);
    LocalDate mar = LocalDate.of(2019, 3, 1);
    BeneficiaryId e1 = welcomed(feb);
    accepted(engine.orient(tenant, Orient.builder().beneficiaryId(e1).occurredOn(feb).orientation(Orientation.INFORMATION_ONLY).build()));
    accepted(engine.recordExit(tenant, RecordExit.builder().beneficiaryId(e1).occurredOn(LocalDate.of(2019, 4, 1))
        .reason(ExitReason.EMPLOYMENT).situation(Situation.builder().employed(true).build()).build()));
    BeneficiaryId e2 = welcomed(feb);
    accompany(e2, mar);
    attend(e2, LocalDate.of(2019, 3, 10));
    BeneficiaryId e3 = welcomed(feb);
    accompany(e3, mar);
    attend(e3, LocalDate.of(2019, 3, 10));
    attend(e3, LocalDate.of(2019, 3, 20));
    BeneficiaryId e4 = welcomed(LocalDate.of(2018, 12, 3));
    accompany(e4, LocalDate.of(2019, 1, 7));
    attend(e4, LocalDate.of(2019, 1, 14));
    attend(e4, LocalDate.of(2019, 1, 21));
    captured(LocalDate.of(2019, 2, 1));
    welcomed(mar);
    ReportScope scope = scope(START);

    IndicatorReport byWelcome = engine.indicatorReport(tenant, scope).orElseThrow();
    MobilisationEngine byAccompaniment = engine(OutcomeRules.standard(EsfPlusParticipant.accompanimentStarted()));
    IndicatorReport accompaniment = byAccompaniment.indicatorReport(tenant, scope).orElseThrow();
    IndicatorReport appointments = engine(OutcomeRules.standard(EsfPlusParticipant.attendedAppointments(2)))
        .indicatorReport(tenant, scope).orElseThrow();

    assertThat(byWelcome.value("EECO01")).isEqualByComparingTo("4");
    assertThat(accompaniment.value("EECO01")).isEqualByComparingTo("3");
    assertThat(appointments.value("EECO01")).isEqualByComparingTo("2");
    assertThat(byWelcome.value("EECR04")).isEqualByComparingTo("1");
    assertThat(accompaniment.value("EECR04")).isEqualByComparingTo("0");

    assertThat(byWelcome.figure("EECO01").orElseThrow().rule()).isEqualTo(RuleRef.of("esf-plus.EECO01", 1));
    assertThat(byWelcome.ruleSets()).contains(RuleRef.of("esf-plus", 1));
    assertThat(accompaniment.figure("EECO01").orElseThrow().rule())
        .isEqualTo(RuleRef.of("esf-plus.EECO01:accompaniment_started", 1));
    assertThat(accompaniment.ruleSets()).contains(RuleRef.of("esf-plus:accompaniment_started", 1))
        .doesNotContain(RuleRef.of("esf-plus", 1));
    assertThat(appointments.figure("EECO01").orElseThrow().rule().name()).isEqualTo("esf-plus.EECO01:appointments_attended_2");
    assertThat(byAccompaniment.indicatorFacts().basis()).isNotEqualTo(engine.indicatorFacts().basis());
    assertThat(engine.indicatorReport(tenant, scope).orElseThrow().value("EECO01"))
        .as("the facts computed again for the default definition").isEqualByComparingTo("4");
  }

  // ---------------------------------------------------------------- people

  private BeneficiaryId captured(LocalDate on) {
    BeneficiaryId id = BeneficiaryId.random();
    accepted(engine.capture(tenant, Fixtures.capture(id, on)));
    return id;
  }

  private BeneficiaryId welcomed(LocalDate on) {
    BeneficiaryId id = captured(on);
    accepted(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(SITE).occurredOn(on).build()));
    return id;
  }

  private void accompany(BeneficiaryId id, LocalDate on) {
    accepted(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(on)
        .orientation(Orientation.ADAPTED_ACCOMPANIMENT).build()));
    accepted(engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(id).occurredOn(on).build()));
  }

  private BeneficiaryId accompanied(LocalDate on) {
    BeneficiaryId id = welcomed(on);
    accompany(id, on);
    return id;
  }

  private void attend(BeneficiaryId id, LocalDate on) {
    accepted(engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(id).occurredOn(on)
        .appointment(Appointment.of(AppointmentId.random(), on, AppointmentStatus.ATTENDED)).build()));
  }

  private static ReportScope scope(LocalDate start) {
    return ReportScope.builder().programmeId(Fixtures.SIPA).start(start).end(END).build();
  }

  private static RecordPartnerStep step(BeneficiaryId id, PartnerStep step, LocalDate on) {
    return RecordPartnerStep.builder().beneficiaryId(id).step(step).occurredOn(on).build();
  }

  private static void accepted(CommandResult result) {
    assertThat(result.refusal()).as("the refusal of a step that sets the situation up").isEmpty();
  }

  private static Refusal refused(CommandResult result) {
    return result.refusal().orElseThrow(() -> new AssertionError("accepted: " + result));
  }
}
