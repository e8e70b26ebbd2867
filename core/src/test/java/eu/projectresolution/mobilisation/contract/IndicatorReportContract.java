package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EducationLevel;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordContact;
import eu.projectresolution.mobilisation.engine.RecordDropOut;
import eu.projectresolution.mobilisation.engine.RecordEntryStatus;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordFollowUp;
import eu.projectresolution.mobilisation.engine.RecordLostContact;
import eu.projectresolution.mobilisation.engine.RecordReferralOutcome;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.FigureCode;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.TargetGroup;
import eu.projectresolution.mobilisation.indicator.Unit;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ContractType;
import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.ExitCircumstance;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.Baseline;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.Target;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Thirty people driven through the engine's commands over SIPA's last eight months (1 January to 31
 * August 2019), and the indicator report matched figure by figure against values worked out by hand
 * in the comments below. Every adapter runs it, so a store that answers {@code IndicatorSources}
 * its own way must give the same figures.
 *
 * <p>The people (W woman, M man, N non-binary, U gender undeclared; age at entry in 2019):
 *
 * <pre>
 *  P01 W captured door-to-door, never welcomed        P02 M captured at Recrut'Café 1, contact lost
 *  P03 U captured through a poster, never welcomed
 *  P04 W 17 walk-in, information only, exits in training          P05 M 24 information only, job within 4 weeks
 *  P06 W 21 accompanied, PES referral started, exits registered, job searching; CDI six months later
 *  P07 M 39 accompanied, exits into an open-ended contract (CDI), still employed six months later
 *  P08 W 24 accompanied, exits into qualifying training, qualification within 4 weeks
 *  P09 M 49 (employed at entry) accompanied, exits on a 3-month CDD; employed, not improved, 6 months later
 *  P10 W 59 (employed at entry) accompanied, creates a business; improved six months later
 *  P11 N 20 accompanied, exits on a subsidised contract
 *  P12 W 22 accompanied, exits for maternity leave (withdrawn)
 *  P13 M 31 accompanied, exits registered, to another work-integration structure
 *  P14 W 18 accompanied, drops out          P15 M 27 accompanied, 6-month temp work at exit, job searching 3 weeks later
 *  P16 U accompanied, exits with nothing    P17 W 34 accompanied, exits registered, for long illness (withdrawn)
 *  P18 M 44 accompanied, referred, not exited                      P19 W 25 accompanied in July, not exited
 *  P20 N 19 accompanied, contact lost       P21 M 29 direct referral, exits into temp work of unknown length
 *  P22 W 23 direct referral declined        P23 W 41, P24 M 54 (information only), P25 W 56, P26 U 16,
 *  P27 M 20, P28 W 29, P29 M 61: welcomed only
 *  P30 M captured, welcomed and accompanied in November 2018 (before the period), exits in February 2019
 *      on an 8-month CDD, employed and improved six months later
 * </pre>
 */
public abstract class IndicatorReportContract {
  /** Ten months after SIPA ended: late six-month follow-ups are in. */
  protected static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2020, 6, 30, 12, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
  protected static final LocalDate START = LocalDate.of(2019, 1, 1);
  protected static final LocalDate END = LocalDate.of(2019, 8, 31);
  private static final SiteId MONTBELIARD = Fixtures.SITE_MONTBELIARD;
  private static final SiteId AUDINCOURT = Fixtures.SITE_AUDINCOURT;
  private static final SiteId VALENTIGNEY = Fixtures.SITE_VALENTIGNEY;
  private static final Gender W = Gender.WOMAN;
  private static final Gender M = Gender.MAN;
  private static final Gender N = Gender.NON_BINARY;
  private static final Gender U = Gender.UNDECLARED;
  private static final LegalBasis CONSENT = LegalBasis.EXPLICIT_CONSENT;

  protected MobilisationEngine engine;
  protected TenantId tenant;
  private OutreachEventId cafe1;
  private OutreachEventId cafe2;

  protected abstract MobilisationStorage storage();

  /** The SIPA fixture with targets, a baseline and a budget sized for thirty people. */
  public static Programme programme() {
    return Programme.builder()
        .from(Fixtures.sipa())
        .targets(List.of(Target.of(Measure.REFERRALS, 10), Target.of(Measure.POSITIVE_EXITS, 8)))
        .baselines(List.of(Baseline.of(Measure.PEOPLE_WELCOMED, "2018", 20)))
        .budget(Money.of("52000.00", "EUR"))
        .build();
  }

  @BeforeEach
  void recordThirtyPeople() {
    engine = MobilisationEngine.builder().storage(storage()).clock(CLOCK).build();
    tenant = Fixtures.newTenant();
    ok(engine.registerProgramme(tenant, programme()));
    ok(engine.recordOutreachEvent(tenant, Fixtures.recrutCafe(LocalDate.of(2018, 10, 1))));
    OutreachEvent first = Fixtures.recrutCafe(day(1, 10));
    OutreachEvent second = Fixtures.recrutCafe(day(3, 12));
    ok(engine.recordOutreachEvent(tenant, first));
    ok(engine.recordOutreachEvent(tenant, second));
    cafe1 = first.id();
    cafe2 = second.id();
    for (LocalDate on : List.of(LocalDate.of(2018, 12, 1), day(2, 20), day(5, 15))) {
      ok(engine.recordCollaborativeAction(tenant, CollaborativeAction.builder().id(CollaborativeActionId.random())
          .programmeId(Fixtures.SIPA).title("Reverse job fair").date(on).addPartners(Fixtures.PES).build()));
    }
    for (Map.Entry<LocalDate, SiteId> event : Map.of(LocalDate.of(2018, 12, 5), MONTBELIARD, day(2, 5), MONTBELIARD,
        day(3, 20), AUDINCOURT, day(5, 14), MONTBELIARD).entrySet()) {
      ok(engine.recordSiteEvent(tenant, SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA)
          .siteId(event.getValue()).title("Temp agency presents its offer").date(event.getKey()).build()));
    }

    // Captured only.
    capture(W, 1998, TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD, false, CaptureChannel.DOOR_TO_DOOR, day(1, 7));
    BeneficiaryId p02 = captureAt(M, 1985, cafe1, day(1, 10));
    ok(engine.recordLostContact(tenant, RecordLostContact.builder().beneficiaryId(p02).occurredOn(day(3, 1)).build()));
    capture(U, null, null, false, CaptureChannel.POSTER_OR_FLYER, day(1, 15));

    // Information only, then exit.
    BeneficiaryId p04 = capture(W, 2002, TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD, false, CaptureChannel.WALK_IN, day(1, 21));
    welcome(p04, day(1, 21), MONTBELIARD, null);
    entry(p04, day(1, 21), status(LabourMarketStatus.INACTIVE, EducationLevel.ISCED_0_2, no(), yes(), declined(), no()));
    orient(p04, day(1, 21), Orientation.INFORMATION_ONLY);
    exit(p04, day(1, 22), ExitReason.OTHER, Situation.builder().inTraining(true).build(), null);
    BeneficiaryId p05 = capture(M, 1995, null, false, CaptureChannel.WALK_IN, day(1, 21));
    welcome(p05, day(1, 21), MONTBELIARD, null);
    entry(p05, day(1, 21), EntryStatus.builder().labourMarketStatus(LabourMarketStatus.UNEMPLOYED).educationLevel(EducationLevel.ISCED_3_4).build());
    orient(p05, day(1, 21), Orientation.INFORMATION_ONLY);
    exit(p05, day(1, 23), ExitReason.OTHER, Situation.builder().jobSearching(true).build(), null);
    followUp(p05, FollowUp.builder().moment(FollowUpMoment.WITHIN_FOUR_WEEKS).observedOn(day(2, 10))
        .employment(Employment.of(ContractType.TEMPORARY_AGENCY, 2)).build());

    // Accompanied, then exit.
    BeneficiaryId p06 = capture(W, 1998, TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD, false, CaptureChannel.DOOR_TO_DOOR, day(1, 7));
    welcome(p06, day(1, 14), MONTBELIARD, situation(false, false, false));
    entry(p06, day(1, 14), status(LabourMarketStatus.LONG_TERM_UNEMPLOYED, EducationLevel.ISCED_0_2, no(), no(), no(), yes()));
    accompany(p06, day(1, 14), day(1, 15));
    appointments(p06, day(1, 22), "ATT", day(1, 29), "ATT", day(2, 5), "NS", day(2, 12), "ATT");
    ReferralId p06Pes = refer(p06, day(2, 12), Fixtures.PES_REGISTRATION);
    referralOutcome(p06, p06Pes, day(2, 20), ReferralStatus.STARTED);
    satisfaction(p06, day(2, 20), true);
    exit(p06, day(3, 1), ExitReason.MAINSTREAM_SCHEME,
        Situation.builder().registeredWithPublicEmploymentService(true).accompaniedByAnotherScheme(true).jobSearching(true).build(), null);
    followUp(p06, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(3, 1)).jobSearching(true).build());
    ok(engine.recordContact(tenant, RecordContact.builder().beneficiaryId(p06).contact(atCafe(cafe2, day(3, 12))).build()));
    followUp(p06, FollowUp.builder().moment(FollowUpMoment.SIX_MONTHS).observedOn(LocalDate.of(2019, 9, 2))
        .employment(Employment.of(ContractType.OPEN_ENDED)).build());

    BeneficiaryId p07 = captureAt(M, 1980, cafe1, day(1, 10));
    welcome(p07, day(1, 17), AUDINCOURT, situation(true, true, true));
    entry(p07, day(1, 17), status(LabourMarketStatus.UNEMPLOYED, EducationLevel.ISCED_3_4,
        SensitiveAnswer.yes(LegalBasis.LEGAL_OBLIGATION), no(), no(), no()));
    accompany(p07, day(1, 17), day(1, 17));
    appointments(p07, day(1, 24), "ATT", day(1, 31), "ATT", day(2, 7), "ATT");
    satisfaction(p07, day(2, 15), true);
    exit(p07, day(2, 15), ExitReason.EMPLOYMENT,
        Situation.builder().employed(true).registeredWithPublicEmploymentService(true).memberOfLocalAssociation(true).build(), null);
    followUp(p07, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(2, 15)).employment(Employment.of(ContractType.OPEN_ENDED)).build());
    followUp(p07, FollowUp.builder().moment(FollowUpMoment.SIX_MONTHS).observedOn(day(8, 20)).employment(Employment.of(ContractType.OPEN_ENDED)).build());

    BeneficiaryId p08 = capture(W, 1995, null, false, CaptureChannel.MEDIATOR_REFERRAL, day(1, 25));
    welcome(p08, day(1, 28), MONTBELIARD, situation(true, false, false));
    entry(p08, day(1, 28), status(LabourMarketStatus.UNEMPLOYED, EducationLevel.ISCED_5_8, no(), yes(), yes(), no()));
    accompany(p08, day(1, 28), day(1, 28));
    appointments(p08, day(2, 4), "ATT", day(2, 11), "NS", day(2, 18), "ATT");
    satisfaction(p08, day(3, 10), false);
    exit(p08, day(3, 15), ExitReason.TRAINING, Situation.builder().inTraining(true).registeredWithPublicEmploymentService(true)
        .accompaniedByAnotherScheme(true).memberOfLocalAssociation(true).build(), null);
    followUp(p08, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(3, 15)).inEducationOrTraining(true).qualifyingTraining(true).build());
    followUp(p08, FollowUp.builder().moment(FollowUpMoment.WITHIN_FOUR_WEEKS).observedOn(day(4, 10)).inEducationOrTraining(true)
        .qualificationGained(true).build());

    BeneficiaryId p09 = capture(M, 1970, null, false, CaptureChannel.WALK_IN, day(2, 1));
    welcome(p09, day(2, 1), VALENTIGNEY, null);
    entry(p09, day(2, 1), EntryStatus.builder().labourMarketStatus(LabourMarketStatus.EMPLOYED).educationLevel(EducationLevel.ISCED_3_4).build());
    accompany(p09, day(2, 4), day(2, 4));
    appointments(p09, day(2, 11), "ATT", day(2, 18), "ATT");
    exit(p09, day(3, 20), ExitReason.EMPLOYMENT, Situation.builder().employed(true).build(), null);
    followUp(p09, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(3, 20)).employment(Employment.of(ContractType.FIXED_TERM, 3)).build());
    followUp(p09, FollowUp.builder().moment(FollowUpMoment.SIX_MONTHS).observedOn(LocalDate.of(2019, 9, 25))
        .employment(Employment.of(ContractType.FIXED_TERM, 6)).build());

    BeneficiaryId p10 = capture(W, 1960, null, false, CaptureChannel.SITE_EVENT, day(2, 5));
    welcome(p10, day(2, 5), MONTBELIARD, situation(true, true, true));
    entry(p10, day(2, 5), status(LabourMarketStatus.EMPLOYED, EducationLevel.ISCED_0_2, yes(), no(), no(), no()));
    accompany(p10, day(2, 6), day(2, 6));
    appointments(p10, day(2, 13), "ATT");
    exit(p10, day(3, 5), ExitReason.EMPLOYMENT,
        Situation.builder().employed(true).registeredWithPublicEmploymentService(true).memberOfLocalAssociation(true).build(), null);
    followUp(p10, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(3, 5)).businessCreated(true).build());
    followUp(p10, FollowUp.builder().moment(FollowUpMoment.SIX_MONTHS).observedOn(LocalDate.of(2019, 9, 10)).businessCreated(true)
        .improvedLabourMarketSituation(true).build());

    BeneficiaryId p11 = capture(N, 1999, null, false, CaptureChannel.DOOR_TO_DOOR, day(2, 10));
    welcome(p11, day(2, 11), AUDINCOURT, situation(false, false, false));
    entry(p11, day(2, 11), status(LabourMarketStatus.INACTIVE, EducationLevel.ISCED_3_4, no(), declined(), declined(), no()));
    accompany(p11, day(2, 12), day(2, 12));
    appointments(p11, day(2, 19), "ATT", day(2, 26), "NS");
    exit(p11, day(4, 1), ExitReason.END_OF_ACCOMPANIMENT, Situation.builder().jobSearching(true).build(), null);
    followUp(p11, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(4, 1))
        .employment(Employment.of(ContractType.SUBSIDISED_CONTRACT, 12)).build());

    BeneficiaryId p12 = capture(W, 1997, TerritoryType.RURAL, false, CaptureChannel.PARTNER_REFERRAL, day(2, 15));
    welcome(p12, day(2, 18), VALENTIGNEY, situation(false, false, false));
    entry(p12, day(2, 18), status(LabourMarketStatus.LONG_TERM_UNEMPLOYED, EducationLevel.ISCED_0_2, no(), no(), no(), no()));
    accompany(p12, day(2, 18), day(2, 18));
    appointments(p12, day(2, 25), "ATT", day(3, 4), "ATT", day(3, 11), "ATT");
    exit(p12, day(4, 15), ExitReason.PERSONAL_REASONS, Situation.none(), ExitCircumstance.MATERNITY_OR_PARENTAL_LEAVE);

    BeneficiaryId p13 = captureAt(M, 1988, cafe2, day(3, 12), true);
    welcome(p13, day(3, 13), MONTBELIARD, situation(false, false, false));
    entry(p13, day(3, 13), status(LabourMarketStatus.UNEMPLOYED, EducationLevel.ISCED_0_2, no(), yes(),
        SensitiveAnswer.yes(LegalBasis.LEGAL_OBLIGATION), SensitiveAnswer.yes(LegalBasis.LEGAL_OBLIGATION)));
    accompany(p13, day(3, 14), day(3, 14));
    appointments(p13, day(3, 21), "ATT", day(3, 28), "ATT", day(4, 4), "ATT");
    ReferralId p13Training = refer(p13, day(4, 4), Fixtures.QUALIFYING_TRAINING);
    referralOutcome(p13, p13Training, day(4, 10), ReferralStatus.ACCEPTED);
    exit(p13, day(5, 2), ExitReason.OTHER, Situation.builder().jobSearching(true).registeredWithPublicEmploymentService(true).build(), null);
    followUp(p13, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(5, 2)).employment(Employment.of(ContractType.WORK_INTEGRATION)).build());

    BeneficiaryId p14 = capture(W, 2001, TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD, false, CaptureChannel.MEDIATOR_REFERRAL, day(3, 1));
    welcome(p14, day(3, 4), MONTBELIARD, null);
    entry(p14, day(3, 4), status(LabourMarketStatus.INACTIVE, EducationLevel.ISCED_0_2, no(), no(), no(), no()));
    accompany(p14, day(3, 5), day(3, 5));
    appointments(p14, day(3, 12), "NS", day(3, 19), "NS");
    ok(engine.recordDropOut(tenant, RecordDropOut.builder().beneficiaryId(p14).occurredOn(day(4, 1)).build()));

    BeneficiaryId p15 = capture(M, 1992, null, false, CaptureChannel.WALK_IN, day(3, 5));
    welcome(p15, day(3, 5), AUDINCOURT, situation(true, true, false));
    entry(p15, day(3, 5), status(LabourMarketStatus.LONG_TERM_UNEMPLOYED, EducationLevel.ISCED_3_4, declined(), no(), no(), no()));
    accompany(p15, day(3, 6), day(3, 6));
    appointments(p15, day(3, 13), "ATT", day(3, 20), "ATT");
    exit(p15, day(4, 20), ExitReason.MAINSTREAM_SCHEME,
        Situation.builder().accompaniedByAnotherScheme(true).registeredWithPublicEmploymentService(true).build(), null);
    followUp(p15, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(4, 20)).employment(Employment.of(ContractType.TEMPORARY_AGENCY, 6)).build());
    followUp(p15, FollowUp.builder().moment(FollowUpMoment.WITHIN_FOUR_WEEKS).observedOn(day(5, 10)).jobSearching(true).build());
    followUp(p15, FollowUp.builder().moment(FollowUpMoment.SIX_MONTHS).observedOn(LocalDate.of(2019, 10, 25))
        .employment(Employment.of(ContractType.OPEN_ENDED)).build());

    BeneficiaryId p16 = capture(U, null, null, false, CaptureChannel.POSTER_OR_FLYER, day(3, 10));
    welcome(p16, day(3, 11), VALENTIGNEY, situation(false, false, false));
    entry(p16, day(3, 11), EntryStatus.of(LabourMarketStatus.UNEMPLOYED));
    accompany(p16, day(3, 12), day(3, 12));
    appointments(p16, day(3, 19), "ATT");
    exit(p16, day(5, 15), ExitReason.END_OF_ACCOMPANIMENT, Situation.none(), null);
    followUp(p16, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(5, 15)).build());

    BeneficiaryId p17 = capture(W, 1985, null, false, CaptureChannel.DOOR_TO_DOOR, day(3, 15));
    welcome(p17, day(3, 18), MONTBELIARD, Situation.builder().everAccompaniedBefore(true).memberOfLocalAssociation(true).build());
    entry(p17, day(3, 18), status(LabourMarketStatus.UNEMPLOYED, EducationLevel.ISCED_3_4, no(), yes(), no(), no()));
    accompany(p17, day(3, 19), day(3, 19));
    appointments(p17, day(3, 26), "ATT", day(4, 2), "ATT", day(4, 9), "ATT");
    exit(p17, day(5, 20), ExitReason.PERSONAL_REASONS, Situation.builder().registeredWithPublicEmploymentService(true).build(),
        ExitCircumstance.LONG_ILLNESS);

    // Accompanied, not exited by the end of the period.
    BeneficiaryId p18 = capture(M, 1975, null, false, CaptureChannel.WALK_IN, day(6, 3));
    welcome(p18, day(6, 3), MONTBELIARD, situation(true, true, false));
    entry(p18, day(6, 3), EntryStatus.builder().labourMarketStatus(LabourMarketStatus.UNEMPLOYED).educationLevel(EducationLevel.ISCED_3_4).build());
    accompany(p18, day(6, 4), day(6, 4));
    appointments(p18, day(6, 11), "ATT", day(6, 18), "ATT");
    refer(p18, day(6, 18), Fixtures.TEMP_JOBS);
    BeneficiaryId p19 = captureAt(W, 1994, cafe2, day(3, 12), false);
    welcome(p19, day(3, 14), AUDINCOURT, null);
    entry(p19, day(3, 14), status(LabourMarketStatus.LONG_TERM_UNEMPLOYED, EducationLevel.ISCED_0_2, no(), no(), yes(), no()));
    accompany(p19, day(7, 1), day(7, 1));
    appointments(p19, day(7, 8), "ATT", day(7, 15), "NS", day(7, 22), "ATT", day(7, 29), "ATT");
    satisfaction(p19, day(7, 29), true);
    BeneficiaryId p20 = capture(N, 2000, null, false, CaptureChannel.SITE_EVENT, day(4, 2));
    welcome(p20, day(4, 2), MONTBELIARD, null);
    entry(p20, day(4, 2), status(LabourMarketStatus.INACTIVE, EducationLevel.ISCED_3_4, yes(), no(), no(), no()));
    accompany(p20, day(4, 3), day(4, 3));
    appointments(p20, day(4, 10), "ATT");
    ok(engine.recordLostContact(tenant, RecordLostContact.builder().beneficiaryId(p20).occurredOn(day(5, 1)).build()));

    // Direct referrals.
    BeneficiaryId p21 = capture(M, 1990, null, false, CaptureChannel.PARTNER_REFERRAL, day(4, 5));
    welcome(p21, day(4, 8), VALENTIGNEY, situation(false, true, false));
    entry(p21, day(4, 8), status(LabourMarketStatus.UNEMPLOYED, EducationLevel.ISCED_5_8, no(), no(), no(), no()));
    orient(p21, day(4, 8), Orientation.DIRECT_REFERRAL);
    ReferralId p21Jobs = refer(p21, day(4, 8), Fixtures.TEMP_JOBS);
    referralOutcome(p21, p21Jobs, day(4, 15), ReferralStatus.STARTED);
    exit(p21, day(4, 30), ExitReason.EMPLOYMENT, Situation.builder().employed(true).build(), null);
    followUp(p21, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(4, 30)).employment(Employment.of(ContractType.TEMPORARY_AGENCY)).build());
    followUp(p21, FollowUp.builder().moment(FollowUpMoment.WITHIN_FOUR_WEEKS).observedOn(day(5, 20))
        .employment(Employment.of(ContractType.TEMPORARY_AGENCY, 1)).build());
    BeneficiaryId p22 = capture(W, 1996, null, false, CaptureChannel.WALK_IN, day(4, 10));
    welcome(p22, day(4, 10), MONTBELIARD, null);
    entry(p22, day(4, 10), status(LabourMarketStatus.UNEMPLOYED, EducationLevel.ISCED_3_4, no(), no(), no(), no()));
    orient(p22, day(4, 10), Orientation.DIRECT_REFERRAL);
    ReferralId p22Youth = refer(p22, day(4, 10), Fixtures.YOUTH_GUARANTEE);
    referralOutcome(p22, p22Youth, day(4, 20), ReferralStatus.DECLINED);

    // Welcomed only (P24 also oriented).
    BeneficiaryId p23 = capture(W, 1978, null, false, CaptureChannel.WALK_IN, day(5, 6));
    welcome(p23, day(5, 6), MONTBELIARD, null);
    entry(p23, day(5, 6), status(LabourMarketStatus.EMPLOYED, EducationLevel.ISCED_5_8, no(), no(), no(), no()));
    BeneficiaryId p24 = capture(M, 1965, null, false, CaptureChannel.WALK_IN, day(5, 7));
    welcome(p24, day(5, 7), AUDINCOURT, null);
    entry(p24, day(5, 7), status(LabourMarketStatus.INACTIVE, EducationLevel.ISCED_0_2,
        SensitiveAnswer.yes(LegalBasis.LEGAL_OBLIGATION), no(), no(), yes()));
    orient(p24, day(5, 7), Orientation.INFORMATION_ONLY);
    BeneficiaryId p25 = capture(W, 1963, TerritoryType.RURAL, false, CaptureChannel.DOOR_TO_DOOR, day(5, 10));
    welcome(p25, day(5, 13), VALENTIGNEY, null);
    entry(p25, day(5, 13), status(LabourMarketStatus.LONG_TERM_UNEMPLOYED, EducationLevel.ISCED_0_2, no(), no(), no(), no()));
    satisfaction(p25, day(5, 13), true);
    BeneficiaryId p26 = capture(U, 2003, null, false, CaptureChannel.SITE_EVENT, day(5, 14));
    welcome(p26, day(5, 14), MONTBELIARD, null);
    BeneficiaryId p27 = capture(M, 1999, TerritoryType.RURAL, false, CaptureChannel.MEDIATOR_REFERRAL, day(5, 20));
    welcome(p27, day(5, 21), MONTBELIARD, null);
    entry(p27, day(5, 21), status(LabourMarketStatus.UNEMPLOYED, EducationLevel.ISCED_0_2, no(), yes(),
        SensitiveAnswer.yes(LegalBasis.LEGAL_OBLIGATION), no()));
    BeneficiaryId p28 = capture(W, 1990, null, true, CaptureChannel.WALK_IN, day(6, 10));
    welcome(p28, day(6, 10), MONTBELIARD, null);
    entry(p28, day(6, 10), status(LabourMarketStatus.INACTIVE, EducationLevel.ISCED_5_8, declined(), declined(), declined(), declined()));
    BeneficiaryId p29 = capture(M, 1958, null, false, CaptureChannel.WALK_IN, day(6, 12));
    welcome(p29, day(6, 12), AUDINCOURT, null);
    entry(p29, day(6, 12), EntryStatus.builder().labourMarketStatus(LabourMarketStatus.UNEMPLOYED).educationLevel(EducationLevel.ISCED_3_4).build());

    // Entered before the period, left during it.
    BeneficiaryId p30 = capture(M, 1990, null, false, CaptureChannel.WALK_IN, LocalDate.of(2018, 11, 5));
    welcome(p30, LocalDate.of(2018, 11, 5), AUDINCOURT, situation(true, true, false));
    entry(p30, LocalDate.of(2018, 11, 5), EntryStatus.builder().labourMarketStatus(LabourMarketStatus.EMPLOYED).educationLevel(EducationLevel.ISCED_3_4).build());
    accompany(p30, LocalDate.of(2018, 11, 6), LocalDate.of(2018, 11, 6));
    appointments(p30, LocalDate.of(2018, 11, 20), "ATT");
    exit(p30, day(2, 1), ExitReason.EMPLOYMENT, Situation.builder().employed(true).registeredWithPublicEmploymentService(true)
        .memberOfLocalAssociation(true).build(), null);
    followUp(p30, FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(day(2, 1)).employment(Employment.of(ContractType.FIXED_TERM, 8)).build());
    followUp(p30, FollowUp.builder().moment(FollowUpMoment.SIX_MONTHS).observedOn(day(8, 5)).employment(Employment.of(ContractType.FIXED_TERM, 8))
        .improvedLabourMarketSituation(true).build());
  }

  private IndicatorReport report() {
    return engine.indicatorReport(tenant, ReportScope.builder().programmeId(Fixtures.SIPA).start(START).end(END).build())
        .orElseThrow();
  }

  @Test
  void countsTheFunnelAndTheStages() {
    IndicatorReport report = report();
    // Captured during the period: P01-P29 (P30 was captured in 2018). Welcomed: P04-P29. Oriented: all
    // of them but P23, P25-P29. Accompanied: P06-P20. Exited after accompaniment: P06-P13, P15-P17.
    assertCount(report, "funnel.captured", 29);
    assertCount(report, "funnel.welcomed", 26, 29);
    assertCount(report, "funnel.oriented", 20, 26);
    assertCount(report, "funnel.accompanied", 15, 20);
    assertCount(report, "funnel.exited", 11, 15);
    assertShare(report, "funnel.welcomed.conversion", "89.7", 26, 29);
    assertShare(report, "funnel.oriented.conversion", "76.9", 20, 26);
    assertShare(report, "funnel.accompanied.conversion", "75.0", 15, 20);
    assertShare(report, "funnel.exited.conversion", "73.3", 11, 15);
    // Entered during the period; referred: P06, P13, P18, P21, P22; exited: P04-P13, P15-P17, P21, P30.
    Map<String, Long> entered = Map.of("captured", 29L, "welcomed", 26L, "oriented", 20L, "accompanied", 15L,
        "referred", 5L, "exited", 15L, "lost_contact", 2L, "dropped_out", 1L);
    entered.forEach((stage, n) -> assertCount(report, "stage." + stage + ".entered", n));
    // On 31 August: P01, P03 captured; P23, P25-P29 welcomed; P24 oriented; P19 accompanied; P18, P22
    // referred; fifteen exited; P02, P20 lost; P14 dropped out: thirty in all.
    Map<String, Long> atEnd = Map.of("captured", 2L, "welcomed", 6L, "oriented", 1L, "accompanied", 1L,
        "referred", 2L, "exited", 15L, "lost_contact", 2L, "dropped_out", 1L);
    atEnd.forEach((stage, n) -> assertCount(report, "stage." + stage + ".at_end", n));
  }

  @Test
  void countsCaptureOutreachWelcomesReferralsAndActivities() {
    IndicatorReport report = report();
    // Door-to-door P01 P06 P11 P17 P25; Recrut'Cafés P02 P07 P13 P19; mediators P08 P14 P27; partners
    // P12 P21; posters P03 P16: 16 outside the sites. Walk-ins: 10, site events P10 P20 P26: 3.
    assertCount(report, "captured.outside_sites", 16, 29);
    Map<CaptureChannel, Long> byChannel = Map.of(CaptureChannel.DOOR_TO_DOOR, 5L, CaptureChannel.OUTREACH_EVENT, 4L,
        CaptureChannel.MEDIATOR_REFERRAL, 3L, CaptureChannel.PARTNER_REFERRAL, 2L, CaptureChannel.POSTER_OR_FLYER, 2L,
        CaptureChannel.COLLABORATIVE_ACTION, 0L, CaptureChannel.WALK_IN, 10L, CaptureChannel.SITE_EVENT, 3L);
    byChannel.forEach((channel, n) ->
        assertCount(report, "captured.channel." + channel.name().toLowerCase(java.util.Locale.ROOT), n, 29));
    // Two Recrut'Cafés in the period (one in 2018 is not): P02 P07 at the first, P13 P19 and P06 (a
    // later contact) at the second.
    assertCount(report, "outreach.events", 2);
    assertCount(report, "outreach.attendance", 5);
    assertValue(report, "outreach.attendance.average", "2.50", 5, 2);
    assertCount(report, "welcomed", 26);
    assertValue(report, "growth.people_welcomed", "30.0", 26, 20);
    // Referrals: P06 (started), P13 (accepted), P18 (proposed), P21 (started), P22 (declined).
    assertCount(report, "referrals", 5);
    assertCount(report, "referrals.started", 2, 5);
    assertCount(report, "people_referred", 5);
    assertValue(report, "target.referrals", "50.0", 5, 10);
    assertCount(report, "collaborative_actions", 2);
    assertCount(report, "site_events", 3);
    assertThat(report.figure("target.people_welcomed").orElseThrow().notComputableReason())
        .contains("no target is declared for PEOPLE_WELCOMED");
  }

  @Test
  void measuresAccompanimentSatisfactionAndBeforeAfterRates() {
    IndicatorReport report = report();
    assertCount(report, "accompanied", 15);
    // Attended: P06 3, P07 3, P08 2, P09 2, P10 1, P11 1, P12 3, P13 3, P14 0, P15 2, P16 1, P17 3,
    // P18 2, P19 3, P20 1 = 30 for 15 people; no-shows: P06, P08, P11, P14 twice, P19 = 6 of 36.
    assertValue(report, "appointments.attended_per_accompaniment", "2.00", 30, 15);
    assertShare(report, "appointments.no_show_rate", "16.7", 6, 36);
    // P06, P07, P19, P25 satisfied; P08 not.
    assertShare(report, "satisfaction.rate", "80.0", 4, 5);
    // Accompanied people who exited in the period with a situation at entry: P06-P08, P10-P13, P15-P17,
    // P30 (P09 had none). Registered at entry: P07 P08 P10 P15 P30; after: all but P11 P12 P16.
    assertShare(report, "before_after.pes_registration.at_entry", "45.5", 5, 11);
    assertShare(report, "before_after.pes_registration.after_exit", "72.7", 8, 11);
    // Never accompanied before: P06 P08 P11 P12 P13 P16; accompanied by another scheme after: P06 P08 P15.
    assertShare(report, "before_after.never_accompanied_before.at_entry", "54.5", 6, 11);
    assertShare(report, "before_after.accompanied_by_another_scheme.after_exit", "27.3", 3, 11);
    // Association members at entry: P07 P10 P17; after: P07 P08 P10 P30.
    assertShare(report, "before_after.association_membership.at_entry", "27.3", 3, 11);
    assertShare(report, "before_after.association_membership.after_exit", "36.4", 4, 11);
  }

  @Test
  void classifiesPositiveExitsAndCostsPerPerson() {
    IndicatorReport report = report();
    // Accompaniment started in the period: P06-P20. Positive: P06 P07 P08 P09 P10 P11 (subsidised job at
    // exit) P13 P15 P17 (registered, though withdrawn for the IAE); other: P12 P14 (dropped out) P16
    // P20 (lost); not yet exited: P18 P19.
    assertCount(report, "sipa.positive_exits", 9, 15);
    assertCount(report, "sipa.other_exits", 4, 15);
    assertCount(report, "sipa.not_yet_exited", 2, 15);
    assertShare(report, "sipa.positive_exit_rate", "60.0", 9, 15);
    assertThat(report.figure("sipa.positive_exit_rate").orElseThrow().rule().name()).isEqualTo("sipa.positive_exit");
    assertValue(report, "target.positive_exits", "112.5", 9, 8);
    Figure perWelcomed = report.figure("cost.per_person_welcomed").orElseThrow();
    assertThat(perWelcomed.currency()).contains(java.util.Currency.getInstance("EUR"));
    assertValue(report, "cost.per_person_captured", "1793.10", new BigDecimal("52000.00"), 29);
    assertValue(report, "cost.per_person_welcomed", "2000.00", new BigDecimal("52000.00"), 26);
    assertValue(report, "cost.per_person_accompanied", "3466.67", new BigDecimal("52000.00"), 15);
    assertValue(report, "cost.per_positive_exit", "5777.78", new BigDecimal("52000.00"), 9);
  }

  @Test
  void classifiesEveryFrenchIaeExitCategory() {
    IndicatorReport report = report();
    // Left during the period after entering: P04-P17, P20, P21, P30 (17). Durable: P07 (CDI), P10
    // (business), P15 (6-month temp work), P30 (8-month CDD). Transition: P09 (3-month CDD), P11
    // (subsidised), P21 (temp work of unrecorded length). Other positive: P08 (qualifying training), P13
    // (another work-integration structure). Other: P04 P05 P16 (nothing at exit, or no at-exit
    // follow-up), P06 (job searching), P14 (dropped out), P20 (lost). Withdrawn: P12 (maternity), P17
    // (long illness).
    assertCount(report, "fr.iae.exits", 15);
    assertCount(report, "fr.iae.durable_employment", 4, 15);
    assertCount(report, "fr.iae.transition_employment", 3, 15);
    assertCount(report, "fr.iae.other_positive_exits", 2, 15);
    assertCount(report, "fr.iae.other_exits", 6, 15);
    assertCount(report, "fr.iae.withdrawn_exits", 2, 17);
    assertShare(report, "fr.iae.dynamic_exit_rate", "60.0", 9, 15);
    assertShare(report, "fr.iae.durable_employment_rate", "26.7", 4, 15);
    assertShare(report, "fr.iae.transition_employment_rate", "20.0", 3, 15);
    assertShare(report, "fr.iae.other_positive_exit_rate", "13.3", 2, 15);
  }

  @Test
  void countsEveryEsfPlusOutputIndicatorByGender() {
    IndicatorReport report = report();
    // Participants who entered during the period: P04-P29, 12 women, 10 men, 2 non-binary, 2 undeclared.
    // Each row: total, women, men, non-binary, undeclared; then the denominators are the participants of
    // each gender.
    esf(report, "EECO01", 26, 12, 10, 2, 2);
    // Unemployed incl. long-term: W P06 P08 P12 P17 P19 P22 P25, M P05 P07 P13 P15 P18 P21 P27 P29, U P16.
    esf(report, "EECO02", 16, 7, 8, 0, 1);
    // Long-term unemployed: W P06 P12 P19 P25, M P15.
    esf(report, "EECO03", 5, 4, 1, 0, 0);
    // Inactive: W P04 P14 P28, M P24, N P11 P20.
    esf(report, "EECO04", 6, 3, 1, 2, 0);
    // Employed: W P10 P23, M P09.
    esf(report, "EECO05", 3, 2, 1, 0, 0);
    // Under 18 at entry: W P04 (17), U P26 (16).
    esf(report, "EECO06", 2, 1, 0, 0, 1);
    // 18-29: W P06 P08 P12 P14 P19 P22 P28, M P05 P15 P21 P27, N P11 P20.
    esf(report, "EECO07", 13, 7, 4, 2, 0);
    // 55 and over: W P10 (59) P25 (56), M P29 (61); P24 is 54.
    esf(report, "EECO08", 3, 2, 1, 0, 0);
    // ISCED 0-2: W P04 P06 P10 P12 P14 P19 P25, M P13 P24 P27.
    esf(report, "EECO09", 10, 7, 3, 0, 0);
    // ISCED 3-4: W P17 P22, M P05 P07 P09 P15 P18 P29, N P11 P20.
    esf(report, "EECO10", 10, 2, 6, 2, 0);
    // ISCED 5-8: W P08 P23 P28, M P21.
    esf(report, "EECO11", 4, 3, 1, 0, 0);
    // Disability, yes: W P10, M P07 P24, N P20; declined: W P28, M P15.
    esf(report, "EECO12", 4, 1, 2, 1, 0);
    esf(report, "EECO12.declined", 2, 1, 1, 0, 0);
    // Third-country nationals: W P28, M P13.
    esf(report, "EECO13", 2, 1, 1, 0, 0);
    // Foreign background, yes: W P04 P08 P17, M P13 P27; declined: W P28, N P11.
    esf(report, "EECO14", 5, 3, 2, 0, 0);
    esf(report, "EECO14.declined", 2, 1, 0, 1, 0);
    // Minorities, yes: W P08 P19, M P13 P27; declined: W P04 P28, N P11.
    esf(report, "EECO15", 4, 2, 2, 0, 0);
    esf(report, "EECO15.declined", 3, 2, 0, 1, 0);
    // Homeless or housing exclusion, yes: W P06, M P13 P24; declined: W P28.
    esf(report, "EECO16", 3, 1, 2, 0, 0);
    esf(report, "EECO16.declined", 1, 1, 0, 0, 0);
    // Rural areas: W P12 P25, M P27.
    esf(report, "EECO17", 3, 2, 1, 0, 0);
    assertThat(report.figure("EECO02.women").orElseThrow().denominator()).contains(BigDecimal.valueOf(12));
    assertThat(report.figure("EECO02.women").orElseThrow().rule().name()).isEqualTo("esf-plus.EECO02");
  }

  @Test
  void countsEveryEsfPlusResultIndicatorByGender() {
    IndicatorReport report = report();
    // Participants who left during the period: W P04 P06 P08 P10 P12 P14 P17, M P05 P07 P09 P13 P15 P21
    // P30, N P11 P20, U P16: 17. The latest situation within four weeks of leaving counts.
    // Job searching: W P06, M P15 (lost his temp job three weeks after leaving).
    esfResult(report, "EECR01", 17, 2, 1, 1, 0, 0);
    // In education or training: W P04 (at exit), P08 (within four weeks).
    esfResult(report, "EECR02", 17, 2, 2, 0, 0, 0);
    // Qualification gained: W P08.
    esfResult(report, "EECR03", 17, 1, 1, 0, 0, 0);
    // Employed: W P10 (business), M P05 P07 P09 P13 P21 P30, N P11.
    esfResult(report, "EECR04", 17, 8, 1, 6, 1, 0);
    // Employed six months after leaving: W P06 P10, M P07 P09 P15 P30 (four observed after SIPA ended).
    esfResult(report, "EECR05", 17, 6, 2, 4, 0, 0);
    // Improved situation, among leavers employed at entry (W P10, M P09 P30): W P10, M P30.
    assertPeople(report, "EECR06", 2, 3);
    assertPeople(report, "EECR06.women", 1, 1);
    assertPeople(report, "EECR06.men", 1, 2);
    assertPeople(report, "EECR06.non_binary", 0, 0);
    assertPeople(report, "EECR06.gender_undeclared", 0, 0);
  }

  @Test
  void narrowsTheReportToASiteAChannelOrATargetGroup() {
    ReportScope.Builder scope = ReportScope.builder().programmeId(Fixtures.SIPA).start(START).end(END);
    IndicatorReport women = engine.indicatorReport(tenant, scope.targetGroup(TargetGroup.WOMEN).build()).orElseThrow();
    assertCount(women, "welcomed", 12);
    assertCount(women, "EECO01", 12, 12);
    assertCount(women, "EECO01.men", 0, 0);
    // Valentigney: P09 P12 P16 P21 P25 were welcomed there.
    IndicatorReport valentigney =
        engine.indicatorReport(tenant, ReportScope.builder().from(scope.build()).targetGroup(Optional.empty())
            .site(VALENTIGNEY).build()).orElseThrow();
    assertCount(valentigney, "welcomed", 5);
    assertCount(valentigney, "site_events", 0);
    IndicatorReport doorToDoor =
        engine.indicatorReport(tenant, ReportScope.builder().from(scope.build()).targetGroup(Optional.empty())
            .channel(CaptureChannel.DOOR_TO_DOOR).build()).orElseThrow();
    assertCount(doorToDoor, "funnel.captured", 5);
    assertCount(doorToDoor, "funnel.welcomed", 4, 5);
  }

  // ---------------------------------------------------------------- assertions

  private static Figure figure(IndicatorReport report, String code) {
    return report.figure(code).orElseThrow(() -> new AssertionError("no figure " + code));
  }

  private static void assertCount(IndicatorReport report, String code, long n, long of) {
    assertCount(report, code, n, Optional.of(BigDecimal.valueOf(of)));
  }

  /** A count without a denominator. */
  private static void assertCount(IndicatorReport report, String code, long n) {
    assertCount(report, code, n, Optional.empty());
  }

  private static void assertCount(IndicatorReport report, String code, long n, Optional<BigDecimal> of) {
    Figure figure = figure(report, code);
    assertThat(figure.value()).as(code + " value").contains(BigDecimal.valueOf(n));
    assertThat(figure.numerator()).as(code + " numerator").contains(BigDecimal.valueOf(n));
    assertThat(figure.denominator()).as(code + " denominator").isEqualTo(of);
  }

  private static void assertPeople(IndicatorReport report, String code, long n, long of) {
    assertCount(report, code, n, of);
    assertThat(figure(report, code).unit()).as(code + " unit").isEqualTo(Unit.PEOPLE);
  }

  private static void assertShare(IndicatorReport report, String code, String percent, long n, long of) {
    Figure figure = figure(report, code);
    assertThat(figure.unit()).as(code + " unit").isEqualTo(Unit.PERCENT);
    assertValue(report, code, percent, BigDecimal.valueOf(n), of);
  }

  private static void assertValue(IndicatorReport report, String code, String value, long n, long of) {
    assertValue(report, code, value, BigDecimal.valueOf(n), of);
  }

  private static void assertValue(IndicatorReport report, String code, String value, BigDecimal n, long of) {
    Figure figure = figure(report, code);
    assertThat(figure.value()).as(code + " value").contains(new BigDecimal(value));
    assertThat(figure.numerator()).as(code + " numerator").contains(n);
    assertThat(figure.denominator()).as(code + " denominator").contains(BigDecimal.valueOf(of));
  }

  /** An ESF+ output: total, then women, men, non-binary, undeclared, among the entrants of each gender. */
  private static void esf(IndicatorReport report, String code, long total, long women, long men, long nonBinary, long undeclared) {
    assertPeople(report, code, total, 26);
    assertPeople(report, FigureCode.of(code).forGender(W).value(), women, 12);
    assertPeople(report, FigureCode.of(code).forGender(M).value(), men, 10);
    assertPeople(report, FigureCode.of(code).forGender(N).value(), nonBinary, 2);
    assertPeople(report, FigureCode.of(code).forGender(U).value(), undeclared, 2);
  }

  /** An ESF+ result: among the 17 leavers (women 7, men 7, non-binary 2, undeclared 1). */
  private static void esfResult(
      IndicatorReport report, String code, long leavers, long total, long women, long men, long nonBinary, long undeclared) {
    assertPeople(report, code, total, leavers);
    assertPeople(report, FigureCode.of(code).forGender(W).value(), women, 7);
    assertPeople(report, FigureCode.of(code).forGender(M).value(), men, 7);
    assertPeople(report, FigureCode.of(code).forGender(N).value(), nonBinary, 2);
    assertPeople(report, FigureCode.of(code).forGender(U).value(), undeclared, 1);
  }

  // ---------------------------------------------------------------- commands

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2019, month, dayOfMonth);
  }

  private static CommandResult ok(CommandResult result) {
    assertThat(result.refusal()).as("refusal").isEmpty();
    return result;
  }

  private static Contact atCafe(OutreachEventId cafe, LocalDate on) {
    return Contact.builder().on(on).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(cafe)
        .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).consentToRecontact(true).build();
  }

  private static Profile profile(Gender gender, Integer birthYear, TerritoryType residence, boolean thirdCountryNational) {
    Profile.Builder profile = Profile.builder().gender(gender).thirdCountryNational(thirdCountryNational);
    if (birthYear != null) {
      profile.birthYear(birthYear);
    }
    if (residence != null) {
      profile.residence(residence);
    }
    return profile.build();
  }

  private BeneficiaryId capture(
      Gender gender, Integer birthYear, TerritoryType residence, boolean thirdCountryNational, CaptureChannel channel, LocalDate on) {
    BeneficiaryId id = BeneficiaryId.random();
    Contact.Builder contact = Contact.builder().on(on).channel(channel).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR);
    if (channel == CaptureChannel.WALK_IN || channel == CaptureChannel.SITE_EVENT) {
      contact.site(MONTBELIARD).staffRole(StaffRole.RECEPTION_OFFICER);
    }
    ok(engine.capture(tenant, Capture.builder().beneficiaryId(id).programmeId(Fixtures.SIPA)
        .profile(profile(gender, birthYear, residence, thirdCountryNational)).contact(contact.build()).build()));
    return id;
  }

  private BeneficiaryId captureAt(Gender gender, int birthYear, OutreachEventId cafe, LocalDate on) {
    return captureAt(gender, birthYear, cafe, on, false);
  }

  private BeneficiaryId captureAt(Gender gender, int birthYear, OutreachEventId cafe, LocalDate on, boolean thirdCountryNational) {
    BeneficiaryId id = BeneficiaryId.random();
    ok(engine.capture(tenant, Capture.builder().beneficiaryId(id).programmeId(Fixtures.SIPA)
        .profile(profile(gender, birthYear, null, thirdCountryNational)).contact(atCafe(cafe, on)).build()));
    return id;
  }

  private static Situation situation(boolean registered, boolean everAccompanied, boolean association) {
    return Situation.builder().registeredWithPublicEmploymentService(registered).everAccompaniedBefore(everAccompanied)
        .memberOfLocalAssociation(association).build();
  }

  private void welcome(BeneficiaryId id, LocalDate on, SiteId site, Situation atEntry) {
    ok(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(site).occurredOn(on)
        .situation(Optional.ofNullable(atEntry)).build()));
  }

  private static SensitiveAnswer yes() {
    return SensitiveAnswer.yes(CONSENT);
  }

  private static SensitiveAnswer no() {
    return SensitiveAnswer.no(CONSENT);
  }

  private static SensitiveAnswer declined() {
    return SensitiveAnswer.declined();
  }

  private static EntryStatus status(LabourMarketStatus status, EducationLevel education, SensitiveAnswer disability,
      SensitiveAnswer foreignBackground, SensitiveAnswer minority, SensitiveAnswer homeless) {
    return EntryStatus.builder().labourMarketStatus(status).educationLevel(education).disability(disability)
        .foreignBackground(foreignBackground).minority(minority).homelessOrHousingExcluded(homeless).build();
  }

  private void entry(BeneficiaryId id, LocalDate on, EntryStatus status) {
    ok(engine.recordEntryStatus(tenant, RecordEntryStatus.builder().beneficiaryId(id).occurredOn(on).entryStatus(status).build()));
  }

  private void orient(BeneficiaryId id, LocalDate on, Orientation orientation) {
    ok(engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(on).orientation(orientation).build()));
  }

  private void accompany(BeneficiaryId id, LocalDate oriented, LocalDate started) {
    orient(id, oriented, Orientation.ADAPTED_ACCOMPANIMENT);
    ok(engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(id).occurredOn(started).build()));
  }

  /** Pairs of a day and "ATT" (attended) or "NS" (no-show). */
  private void appointments(BeneficiaryId id, Object... dayAndStatus) {
    for (int i = 0; i < dayAndStatus.length; i += 2) {
      LocalDate on = (LocalDate) dayAndStatus[i];
      AppointmentStatus status = "ATT".equals(dayAndStatus[i + 1]) ? AppointmentStatus.ATTENDED : AppointmentStatus.NO_SHOW;
      ok(engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(id).occurredOn(on)
          .appointment(Appointment.of(AppointmentId.random(), on, status)).build()));
    }
  }

  private ReferralId refer(BeneficiaryId id, LocalDate on, SchemeId scheme) {
    ReferralId referral = ReferralId.random();
    ok(engine.refer(tenant, Refer.builder().beneficiaryId(id).occurredOn(on).referralId(referral).schemeId(scheme).build()));
    return referral;
  }

  private void referralOutcome(BeneficiaryId id, ReferralId referral, LocalDate on, ReferralStatus status) {
    ok(engine.recordReferralOutcome(tenant, RecordReferralOutcome.builder().beneficiaryId(id).occurredOn(on)
        .referralId(referral).status(status).build()));
  }

  private void satisfaction(BeneficiaryId id, LocalDate on, boolean satisfied) {
    ok(engine.recordSatisfaction(tenant, RecordSatisfaction.builder().beneficiaryId(id).occurredOn(on)
        .response(SatisfactionResponse.of(satisfied)).build()));
  }

  private void exit(BeneficiaryId id, LocalDate on, ExitReason reason, Situation situation, ExitCircumstance circumstance) {
    ok(engine.recordExit(tenant, RecordExit.builder().commandId(CommandId.random()).beneficiaryId(id).occurredOn(on)
        .reason(reason).situation(situation).circumstance(Optional.ofNullable(circumstance)).build()));
  }

  private void followUp(BeneficiaryId id, FollowUp followUp) {
    ok(engine.recordFollowUp(tenant, RecordFollowUp.builder().beneficiaryId(id).followUp(followUp).build()));
  }
}
