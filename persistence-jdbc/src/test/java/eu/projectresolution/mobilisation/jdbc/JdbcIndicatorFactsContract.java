package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.capture.OutreachEventKind;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.IndicatorFactsContract;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordContact;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordLostContact;
import eu.projectresolution.mobilisation.engine.RecordReferralOutcome;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.IndicatorCounts;
import eu.projectresolution.mobilisation.indicator.IndicatorReports;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.TallyCount;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Core's suite, and the counts of a small programme worked out by hand, for what the facts kept in
 * table {@code fact_cells} and the SQL of {@link JdbcFacts} could get wrong: an
 * appointment recorded again with its outcome, a contact made twice at one outreach event, a referral
 * started after the period's end, a re-entry at another site after the period (the site is that of
 * the latest welcome by the period's end), a person never welcomed (the site of their capture).
 */
abstract class JdbcIndicatorFactsContract extends IndicatorFactsContract {
  /** 2017, the middle year of SIPA. */
  static final Period YEAR_2017 = Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));

  @Test
  void countsAYearOfAHandWorkedProgramme() {
    MobilisationStorage storage = storage();
    TenantId tenant = HandWorkedProgramme.record(storage);

    IndicatorCounts counts = HandWorkedProgramme.counts(storage, tenant, YEAR_2017, Optional.empty(), Optional.empty());

    // Amina and Dylan were captured in 2017 (Bilal in 2016, Chloé in 2018); Amina went all the way.
    assertThat(counts.captured()).isEqualTo(2);
    assertThat(counts.capturedThrough())
        .isEqualTo(Map.of(CaptureChannel.OUTREACH_EVENT, 1L, CaptureChannel.DOOR_TO_DOOR, 1L));
    assertThat(counts.funnel()).containsExactly(1L, 1L, 1L, 1L);
    assertThat(counts.enteredStage()).containsExactlyEntriesOf(stages(2, 2, 1, 1, 1, 1, 1, 0));
    assertThat(counts.atStageAtEnd()).containsExactlyEntriesOf(stages(0, 1, 0, 0, 0, 1, 1, 0));
    // One café in 2017, where Amina was met twice: one attendance.
    assertThat(counts.outreachEventsHeld()).isEqualTo(1);
    assertThat(counts.outreachAttendances()).isEqualTo(1);
    assertThat(counts.welcomed()).isEqualTo(2);
    assertThat(counts.referrals()).isEqualTo(1);
    assertThat(counts.referralsStarted()).isEqualTo(1);
    assertThat(counts.peopleReferred()).isEqualTo(1);
    assertThat(counts.accompanied()).isEqualTo(1);
    // The first appointment was planned, then recorded again as attended; the second was missed.
    assertThat(counts.appointmentsAttendedByAccompanied()).isEqualTo(1);
    assertThat(counts.appointmentsHeldOrMissed()).isEqualTo(2);
    assertThat(counts.appointmentsMissed()).isEqualTo(1);
    assertThat(counts.satisfactionResponses()).isEqualTo(2);
    assertThat(counts.satisfiedResponses()).isEqualTo(1);
    assertThat(counts.collaborativeActions()).isEqualTo(1);
    assertThat(counts.siteEvents()).isEqualTo(2);
  }

  @Test
  void countsAReferralStartedAfterThePeriodAsNotStarted() {
    MobilisationStorage storage = storage();
    TenantId tenant = HandWorkedProgramme.record(storage);

    IndicatorCounts counts = HandWorkedProgramme.counts(storage, tenant,
        Period.of(YEAR_2017.start(), LocalDate.of(2017, 4, 10)), Optional.empty(), Optional.empty());

    assertThat(counts.referrals()).isEqualTo(1);
    assertThat(counts.referralsStarted()).isZero();
    assertThat(counts.atStageAtEnd()).containsExactlyEntriesOf(stages(0, 1, 0, 0, 1, 0, 0, 0));
  }

  @Test
  void narrowsToThePeopleWhoseLatestWelcomeByThePeriodsEndWasAtTheSite() {
    MobilisationStorage storage = storage();
    TenantId tenant = HandWorkedProgramme.record(storage);
    Period whole = Period.of(Fixtures.START, Fixtures.END);

    // In 2017 only Bilal was last welcomed at Audincourt; by SIPA's end Amina was too, after her re-entry.
    IndicatorCounts in2017 = HandWorkedProgramme.counts(storage, tenant, YEAR_2017, Optional.of(Fixtures.SITE_AUDINCOURT),
        Optional.empty());
    assertThat(in2017.welcomed()).isEqualTo(1);
    assertThat(in2017.satisfactionResponses()).isEqualTo(1);
    assertThat(in2017.satisfiedResponses()).isZero();
    assertThat(in2017.siteEvents()).isEqualTo(1);
    assertThat(in2017.collaborativeActions()).as("programme-wide").isEqualTo(1);
    assertThat(in2017.outreachEventsHeld()).as("programme-wide").isEqualTo(1);
    assertThat(in2017.outreachAttendances()).as("Amina's, not in the scope").isZero();

    IndicatorCounts wholeAtAudincourt =
        HandWorkedProgramme.counts(storage, tenant, whole, Optional.of(Fixtures.SITE_AUDINCOURT), Optional.empty());
    assertThat(wholeAtAudincourt.welcomed()).isEqualTo(2);
    assertThat(wholeAtAudincourt.referrals()).isEqualTo(1);

    // Dylan, never welcomed, belongs to the site of his capture; Chloé to hers.
    IndicatorCounts wholeAtMontbeliard =
        HandWorkedProgramme.counts(storage, tenant, whole, Optional.of(Fixtures.SITE_MONTBELIARD), Optional.empty());
    assertThat(wholeAtMontbeliard.captured()).isEqualTo(1);
    assertThat(wholeAtMontbeliard.atStageAtEnd().get(Stage.LOST_CONTACT)).isEqualTo(1);
    assertThat(HandWorkedProgramme.counts(storage, tenant, whole, Optional.of(Fixtures.SITE_VALENTIGNEY), Optional.empty())
        .capturedThrough()).isEqualTo(Map.of(CaptureChannel.WALK_IN, 1L));

    IndicatorCounts doorToDoor =
        HandWorkedProgramme.counts(storage, tenant, whole, Optional.empty(), Optional.of(CaptureChannel.DOOR_TO_DOOR));
    assertThat(doorToDoor.captured()).isEqualTo(1);
    assertThat(doorToDoor.enteredStage().get(Stage.LOST_CONTACT)).isEqualTo(1);
    assertThat(doorToDoor.welcomed()).isZero();
  }

  /**
   * The reads of one report see one state of the store: a capture and a collaborative action committed
   * by another writer between two of them are seen by neither, and by the next report.
   */
  @Test
  void theReadsOfOneReportSeeOneStateOfTheStoreWhateverCommitsMeanwhile() throws Exception {
    MobilisationStorage storage = storage();
    TenantId tenant = HandWorkedProgramme.record(storage);
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    IndicatorSources sources = storage.indicatorSources();
    Period whole = Period.of(Fixtures.START, Fixtures.END);
    ExecutorService anotherWriter = Executors.newSingleThreadExecutor();
    try {
      List<Object> seen = sources.inOneSnapshot(() -> {
        long before = people(sources.tallies(tenant, Fixtures.SIPA, whole, Optional.empty(), Optional.empty()));
        try {
          anotherWriter.submit(() -> {
            HandWorkedProgramme.ok(engine.capture(tenant, Fixtures.capture(BeneficiaryId.random(), LocalDate.of(2017, 9, 1))));
            HandWorkedProgramme.ok(engine.recordCollaborativeAction(tenant, CollaborativeAction.builder().id(CollaborativeActionId.random())
                .programmeId(Fixtures.SIPA).title("Action").date(LocalDate.of(2017, 9, 1)).build()));
          }).get();
        } catch (InterruptedException | ExecutionException e) {
          throw new IllegalStateException(e);
        }
        long after = people(sources.tallies(tenant, Fixtures.SIPA, whole, Optional.empty(), Optional.empty()));
        return List.of(before, after, sources.collaborativeActions(tenant, Fixtures.SIPA).size());
      });

      assertThat(seen).as("people before, people after the other writer, collaborative actions")
          .containsExactly(4L, 4L, 2);
      assertThat(people(sources.tallies(tenant, Fixtures.SIPA, whole, Optional.empty(), Optional.empty()))).isEqualTo(5);
      assertThat(sources.collaborativeActions(tenant, Fixtures.SIPA)).hasSize(3);
    } finally {
      anotherWriter.shutdownNow();
    }
  }

  private static long people(List<TallyCount> counts) {
    return counts.stream().mapToLong(TallyCount::people).sum();
  }

  /** SIPA's stages in the model's order, with these counts. */
  private static Map<Stage, Long> stages(long... counts) {
    List<Stage> stages = PathwayModel.sipa().stages();
    assertThat(stages).hasSize(counts.length);
    Map<Stage, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      map.put(stages.get(i), counts[i]);
    }
    return map;
  }

  /**
   * A programme of four people recorded through the engine, whose counts the tests above work out by
   * hand:
   *
   * <ul>
   *   <li>Amina, met at the Recrut'Café of 1 March 2017 (twice), welcomed at Montbéliard, accompanied
   *       (an appointment planned then attended, one missed), referred on 1 April (started on 15
   *       April), satisfied, exited on 1 May, and welcomed again at Audincourt in February 2018;
   *   <li>Bilal, met at the café of October 2016, welcomed at Audincourt in February 2017, not satisfied;
   *   <li>Chloé, who walked into the Valentigney site in March 2018;
   *   <li>Dylan, met door to door at Montbéliard in June 2017, lost contact with in July.
   * </ul>
   *
   * <p>Also: a collaborative action in 2017 and one in 2018; site events at Montbéliard and Audincourt
   * in 2017, and at Audincourt in 2018.
   */
  static final class HandWorkedProgramme {
    private HandWorkedProgramme() {}

    /** Records the programme for a new tenant, returned. */
    static TenantId record(MobilisationStorage storage) {
      MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
      TenantId tenant = Fixtures.newTenant();
      ok(engine.registerProgramme(tenant, Fixtures.sipa()));
      OutreachEvent cafe2017 = cafe(engine, tenant, LocalDate.of(2017, 3, 1));
      OutreachEvent cafe2016 = cafe(engine, tenant, LocalDate.of(2016, 10, 1));
      for (LocalDate day : List.of(LocalDate.of(2017, 5, 1), LocalDate.of(2018, 5, 1))) {
        ok(engine.recordCollaborativeAction(tenant, CollaborativeAction.builder().id(CollaborativeActionId.random())
            .programmeId(Fixtures.SIPA).title("Action").date(day).build()));
      }
      siteEvent(engine, tenant, Fixtures.SITE_MONTBELIARD, LocalDate.of(2017, 6, 1));
      siteEvent(engine, tenant, Fixtures.SITE_AUDINCOURT, LocalDate.of(2017, 7, 1));
      siteEvent(engine, tenant, Fixtures.SITE_AUDINCOURT, LocalDate.of(2018, 1, 1));

      BeneficiaryId amina = capture(engine, tenant, atCafe(cafe2017));
      ok(engine.recordContact(tenant, RecordContact.builder().beneficiaryId(amina).contact(atCafe(cafe2017)).build()));
      welcome(engine, tenant, amina, Fixtures.SITE_MONTBELIARD, LocalDate.of(2017, 3, 10));
      ok(engine.orient(tenant, Orient.builder().beneficiaryId(amina).occurredOn(LocalDate.of(2017, 3, 11))
          .orientation(Orientation.ADAPTED_ACCOMPANIMENT).build()));
      ok(engine.startAccompaniment(tenant,
          StartAccompaniment.builder().beneficiaryId(amina).occurredOn(LocalDate.of(2017, 3, 12)).build()));
      AppointmentId first = AppointmentId.random();
      LocalDate firstDay = LocalDate.of(2017, 3, 20);
      appointment(engine, tenant, amina, LocalDate.of(2017, 3, 12), Appointment.of(first, firstDay, AppointmentStatus.PLANNED));
      appointment(engine, tenant, amina, firstDay, Appointment.of(first, firstDay, AppointmentStatus.ATTENDED));
      LocalDate secondDay = LocalDate.of(2017, 3, 25);
      appointment(engine, tenant, amina, secondDay, Appointment.of(AppointmentId.random(), secondDay, AppointmentStatus.NO_SHOW));
      ReferralId referral = ReferralId.random();
      ok(engine.refer(tenant, Refer.builder().beneficiaryId(amina).occurredOn(LocalDate.of(2017, 4, 1))
          .referralId(referral).schemeId(Fixtures.PES_REGISTRATION).build()));
      ok(engine.recordReferralOutcome(tenant, RecordReferralOutcome.builder().beneficiaryId(amina)
          .occurredOn(LocalDate.of(2017, 4, 15)).referralId(referral).status(ReferralStatus.STARTED).build()));
      satisfaction(engine, tenant, amina, LocalDate.of(2017, 4, 20), true);
      ok(engine.recordExit(tenant, RecordExit.builder().beneficiaryId(amina).occurredOn(LocalDate.of(2017, 5, 1))
          .reason(ExitReason.EMPLOYMENT).situation(Situation.builder().registeredWithPublicEmploymentService(true).build())
          .build()));
      welcome(engine, tenant, amina, Fixtures.SITE_AUDINCOURT, LocalDate.of(2018, 2, 1));

      BeneficiaryId bilal = capture(engine, tenant, atCafe(cafe2016));
      welcome(engine, tenant, bilal, Fixtures.SITE_AUDINCOURT, LocalDate.of(2017, 2, 1));
      satisfaction(engine, tenant, bilal, LocalDate.of(2017, 2, 2), false);

      capture(engine, tenant, contact(LocalDate.of(2018, 3, 1), CaptureChannel.WALK_IN).site(Fixtures.SITE_VALENTIGNEY)
          .build());

      BeneficiaryId dylan = capture(engine, tenant,
          contact(LocalDate.of(2017, 6, 1), CaptureChannel.DOOR_TO_DOOR).site(Fixtures.SITE_MONTBELIARD).build());
      ok(engine.recordLostContact(tenant,
          RecordLostContact.builder().beneficiaryId(dylan).occurredOn(LocalDate.of(2017, 7, 1)).build()));
      return tenant;
    }

    static IndicatorCounts counts(
        MobilisationStorage storage, TenantId tenant, Period period, Optional<SiteId> site, Optional<CaptureChannel> channel) {
      return IndicatorReports.builder().sources(storage.indicatorSources()).clock(Fixtures.CLOCK).build()
          .counts(tenant, ReportScope.builder().programmeId(Fixtures.SIPA).start(period.start()).end(period.end())
              .site(site).channel(channel).build());
    }

    private static OutreachEvent cafe(MobilisationEngine engine, TenantId tenant, LocalDate on) {
      OutreachEvent cafe = OutreachEvent.builder().id(OutreachEventId.random()).programmeId(Fixtures.SIPA)
          .kind(OutreachEventKind.RECRUT_CAFE).title("Recrut'Café").place("Building hall")
          .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD).date(on)
          .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build();
      ok(engine.recordOutreachEvent(tenant, cafe));
      return cafe;
    }

    private static void siteEvent(MobilisationEngine engine, TenantId tenant, SiteId site, LocalDate on) {
      ok(engine.recordSiteEvent(tenant, SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA)
          .siteId(site).title("Open day").date(on).build()));
    }

    private static Contact.Builder contact(LocalDate on, CaptureChannel channel) {
      return Contact.builder().on(on).channel(channel).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR);
    }

    private static Contact atCafe(OutreachEvent cafe) {
      return contact(cafe.date(), CaptureChannel.OUTREACH_EVENT).outreachEvent(cafe.id()).build();
    }

    private static BeneficiaryId capture(MobilisationEngine engine, TenantId tenant, Contact contact) {
      BeneficiaryId id = BeneficiaryId.random();
      ok(engine.capture(tenant, Capture.builder().beneficiaryId(id).programmeId(Fixtures.SIPA)
          .profile(Fixtures.youngWoman()).contact(contact).build()));
      return id;
    }

    private static void welcome(MobilisationEngine engine, TenantId tenant, BeneficiaryId id, SiteId site, LocalDate on) {
      ok(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(site).occurredOn(on).build()));
    }

    private static void appointment(
        MobilisationEngine engine, TenantId tenant, BeneficiaryId id, LocalDate recordedOn, Appointment appointment) {
      ok(engine.recordAppointment(tenant,
          RecordAppointment.builder().beneficiaryId(id).occurredOn(recordedOn).appointment(appointment).build()));
    }

    private static void satisfaction(MobilisationEngine engine, TenantId tenant, BeneficiaryId id, LocalDate on, boolean satisfied) {
      ok(engine.recordSatisfaction(tenant, RecordSatisfaction.builder().beneficiaryId(id).occurredOn(on)
          .response(SatisfactionResponse.of(satisfied)).build()));
    }

    private static void ok(CommandResult result) {
      assertThat(result.refusal()).as("refusal").isEmpty();
    }
  }
}
