package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.capture.OutreachEventKind;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordContact;
import eu.projectresolution.mobilisation.engine.RecordDropOut;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordLostContact;
import eu.projectresolution.mobilisation.engine.RecordReferralOutcome;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.engine.RecordSituation;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.IndicatorReports;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.CountingScope;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * For a store that adds up the {@link eu.projectresolution.mobilisation.port.IndicatorCounts} itself
 * (with SQL aggregations, say): on random programmes recorded through the engine — people walking the
 * pathway at random, re-entering, changing site, referred with later outcomes, appointments recorded
 * again with a new status, contacts at outreach events — every report computed from the store's counts
 * equals the report core computes by counting the same stored records itself, for the whole programme
 * and for periods, sites and channels that cut through the pathways.
 */
public abstract class IndicatorCountsContract {
  private static final List<SiteId> SITES =
      List.of(Fixtures.SITE_MONTBELIARD, Fixtures.SITE_AUDINCOURT, Fixtures.SITE_VALENTIGNEY);
  private static final List<SchemeId> SCHEMES =
      List.of(Fixtures.PES_REGISTRATION, Fixtures.YOUTH_GUARANTEE, Fixtures.TEMP_JOBS, Fixtures.QUALIFYING_TRAINING);

  protected abstract MobilisationStorage storage();

  @Test
  void countsEqualCoresOwnCountingOfTheSameRecordsWhateverTheScope() {
    MobilisationStorage storage = storage();
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      TenantId tenant = Fixtures.newTenant();
      new RandomProgramme(storage, tenant, random).record(40);
      assertThat(storage.indicatorSources().counts(tenant, Fixtures.SIPA, wholeProgramme()))
          .as("the store adds up the counts itself").isPresent();
      for (ReportScope scope : scopes(random)) {
        assertSameReport(storage, tenant, scope, "seed " + seed + ", scope " + scope);
      }
    }
  }

  @Test
  void countsOfAnotherProgrammeOrTenantAreEmptyCounts() {
    MobilisationStorage storage = storage();
    TenantId tenant = Fixtures.newTenant();
    new RandomProgramme(storage, tenant, new Random(7)).record(10);
    Programme other = Programme.builder().from(Fixtures.sipa()).id(ProgrammeId.of("other")).build();
    MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build().registerProgramme(tenant, other);

    assertSameReport(storage, tenant, ReportScope.of(other.id()), "a programme without records");
    assertThat(storage.indicatorSources().counts(Fixtures.newTenant(), Fixtures.SIPA, wholeProgramme()).orElseThrow())
        .as("another tenant's counts of a programme it does not have")
        .satisfies(counts -> {
          assertThat(counts.captured()).isZero();
          assertThat(counts.welcomed()).isZero();
          assertThat(counts.enteredStage().values()).allMatch(n -> n == 0);
          assertThat(counts.atStageAtEnd().values()).allMatch(n -> n == 0);
          assertThat(counts.outreachEventsHeld()).isZero();
          assertThat(counts.collaborativeActions()).isZero();
          assertThat(counts.siteEvents()).isZero();
        });
  }

  private static CountingScope wholeProgramme() {
    PathwayModel model = PathwayModel.sipa();
    return CountingScope.builder()
        .period(Period.of(Fixtures.START, Fixtures.END))
        .addFunnelStages(Stage.WELCOMED, Stage.ORIENTED, Stage.ACCOMPANIED, Stage.EXITED)
        .accompanimentStage(Stage.ACCOMPANIED)
        .stages(model.stages())
        .build();
  }

  private static void assertSameReport(MobilisationStorage storage, TenantId tenant, ReportScope scope, String what) {
    IndicatorSources sources = storage.indicatorSources();
    IndicatorReport fromStore = reports(sources).compute(tenant, scope).orElseThrow();
    IndicatorReport countedByCore = reports(countedByCore(sources)).compute(tenant, scope).orElseThrow();
    assertThat(fromStore.figures()).as(what).containsExactlyElementsOf(countedByCore.figures());
  }

  private static IndicatorReports reports(IndicatorSources sources) {
    return IndicatorReports.builder().sources(sources).clock(Fixtures.CLOCK).build();
  }

  /** The store's sources, but answering no counts: core then counts from the event streams. */
  private static IndicatorSources countedByCore(IndicatorSources store) {
    return new IndicatorSources() {
      @Override
      public Optional<Programme> programme(TenantId tenant, ProgrammeId programme) {
        return store.programme(tenant, programme);
      }

      @Override
      public void forEachEventStream(
          TenantId tenant, ProgrammeId programme, LocalDate capturedBy, Consumer<List<PathwayEvent>> action) {
        store.forEachEventStream(tenant, programme, capturedBy, action);
      }

      @Override
      public List<OutreachEvent> outreachEvents(TenantId tenant, ProgrammeId programme) {
        return store.outreachEvents(tenant, programme);
      }

      @Override
      public List<CollaborativeAction> collaborativeActions(TenantId tenant, ProgrammeId programme) {
        return store.collaborativeActions(tenant, programme);
      }

      @Override
      public List<SiteEvent> siteEvents(TenantId tenant, ProgrammeId programme) {
        return store.siteEvents(tenant, programme);
      }
    };
  }

  /** The whole programme, random periods, each site, each channel, and a few of them combined. */
  private static List<ReportScope> scopes(Random random) {
    List<ReportScope> scopes = new ArrayList<>();
    scopes.add(ReportScope.of(Fixtures.SIPA));
    for (int i = 0; i < 6; i++) {
      scopes.add(period(random).build());
    }
    for (SiteId site : SITES) {
      scopes.add(ReportScope.builder().programmeId(Fixtures.SIPA).site(site).build());
      scopes.add(period(random).site(site).build());
    }
    for (CaptureChannel channel : CaptureChannel.values()) {
      scopes.add(ReportScope.builder().programmeId(Fixtures.SIPA).channel(channel).build());
    }
    scopes.add(period(random).site(SITES.get(random.nextInt(SITES.size()))).channel(CaptureChannel.DOOR_TO_DOOR).build());
    return scopes;
  }

  private static ReportScope.Builder period(Random random) {
    long days = ChronoUnit.DAYS.between(Fixtures.START, Fixtures.END);
    LocalDate start = Fixtures.START.plusDays(random.nextInt((int) days));
    LocalDate end = start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, Fixtures.END) + 1));
    return ReportScope.builder().programmeId(Fixtures.SIPA).start(start).end(end);
  }

  /**
   * A programme's records made at random through the engine's commands: each person is captured, then
   * takes random steps (any command, refused ones writing nothing) on random later days.
   */
  private static final class RandomProgramme {
    /**
     * The commands of a usual pathway, by their number in the walk: welcome, orientation, accompaniment,
     * appointments, satisfaction, referral and its outcome, exit, then a re-entry at a site.
     */
    static final List<Integer> USUAL_WAY = List.of(1, 3, 4, 5, 5, 6, 9, 7, 8, 10, 1, 3);

    final MobilisationEngine engine;
    final TenantId tenant;
    final Random random;
    final List<OutreachEvent> cafes = new ArrayList<>();

    RandomProgramme(MobilisationStorage storage, TenantId tenant, Random random) {
      this.engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
      this.tenant = tenant;
      this.random = random;
    }

    void record(int people) {
      engine.registerProgramme(tenant, Fixtures.sipa());
      for (int i = 0; i < 12; i++) {
        LocalDate on = someDay();
        OutreachEvent cafe = OutreachEvent.builder().id(OutreachEventId.random()).programmeId(Fixtures.SIPA)
            .kind(OutreachEventKind.RECRUT_CAFE).title("Recrut'Café " + i).place("Building hall " + i)
            .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD).date(on)
            .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build();
        engine.recordOutreachEvent(tenant, cafe);
        cafes.add(cafe);
        engine.recordCollaborativeAction(tenant, CollaborativeAction.builder().id(CollaborativeActionId.random())
            .programmeId(Fixtures.SIPA).title("Action " + i).date(someDay()).build());
        engine.recordSiteEvent(tenant, SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA)
            .siteId(site()).title("Event " + i).date(someDay()).build());
      }
      for (int i = 0; i < people; i++) {
        person();
      }
    }

    private void person() {
      BeneficiaryId id = BeneficiaryId.random();
      LocalDate day = someDay();
      Contact capture = contact(day);
      day = capture.on();
      engine.capture(tenant, Capture.builder().beneficiaryId(id).programmeId(Fixtures.SIPA)
          .profile(Profile.builder().gender(Gender.values()[random.nextInt(Gender.values().length)]).build())
          .contact(capture)
          .build());
      List<AppointmentId> appointments = new ArrayList<>();
      List<ReferralId> referrals = new ArrayList<>();
      int steps = random.nextInt(16);
      int next = 0;
      for (int step = 0; step < steps && day.isBefore(Fixtures.END); step++) {
        day = day.plusDays(random.nextInt(40));
        if (day.isAfter(Fixtures.END)) {
          return;
        }
        LocalDate on = day;
        // Mostly the usual way through the pathway, sometimes any command at all.
        int command = random.nextInt(4) > 0 && next < USUAL_WAY.size() ? USUAL_WAY.get(next++) : random.nextInt(13);
        switch (command) {
          case 0 -> {
            Contact contact = contact(on);
            if (!contact.on().isBefore(on)) {
              day = contact.on();
              engine.recordContact(tenant, RecordContact.builder().beneficiaryId(id).contact(contact).build());
            }
          }
          case 1, 2 -> engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(site()).occurredOn(on)
              .situation(random.nextBoolean() ? Optional.of(situation()) : Optional.empty()).build());
          case 3 -> engine.orient(tenant, Orient.builder().beneficiaryId(id).occurredOn(on)
              .orientation(random.nextInt(3) > 0 ? Orientation.ADAPTED_ACCOMPANIMENT
                  : Orientation.values()[random.nextInt(Orientation.values().length)]).build());
          case 4 -> engine.startAccompaniment(tenant, StartAccompaniment.builder().beneficiaryId(id).occurredOn(on).build());
          case 5, 6 -> {
            // A new appointment, or one recorded again with what became of it.
            AppointmentId appointment = appointments.isEmpty() || random.nextBoolean()
                ? AppointmentId.random() : appointments.get(random.nextInt(appointments.size()));
            if (engine.recordAppointment(tenant, RecordAppointment.builder().beneficiaryId(id).occurredOn(on)
                .appointment(Appointment.of(appointment, on.plusDays(random.nextInt(3)),
                    AppointmentStatus.values()[random.nextInt(AppointmentStatus.values().length)]))
                .build()).accepted()) {
              appointments.add(appointment);
            }
          }
          case 7 -> {
            ReferralId referral = ReferralId.random();
            if (engine.refer(tenant, Refer.builder().beneficiaryId(id).occurredOn(on).referralId(referral)
                .schemeId(SCHEMES.get(random.nextInt(SCHEMES.size()))).build()).accepted()) {
              referrals.add(referral);
            }
          }
          case 8 -> {
            if (!referrals.isEmpty()) {
              engine.recordReferralOutcome(tenant, RecordReferralOutcome.builder().beneficiaryId(id).occurredOn(on)
                  .referralId(referrals.get(random.nextInt(referrals.size())))
                  .status(ReferralStatus.values()[random.nextInt(ReferralStatus.values().length)]).build());
            }
          }
          case 9 -> engine.recordSatisfaction(tenant, RecordSatisfaction.builder().beneficiaryId(id).occurredOn(on)
              .response(SatisfactionResponse.of(random.nextInt(4) > 0)).build());
          case 10 -> engine.recordExit(tenant, RecordExit.builder().beneficiaryId(id).occurredOn(on)
              .reason(ExitReason.values()[random.nextInt(ExitReason.values().length)]).situation(situation()).build());
          case 11 -> engine.recordSituation(tenant, RecordSituation.builder().beneficiaryId(id).occurredOn(on)
              .situation(situation()).build());
          default -> {
            if (random.nextBoolean()) {
              engine.recordLostContact(tenant, RecordLostContact.builder().beneficiaryId(id).occurredOn(on).build());
            } else {
              engine.recordDropOut(tenant, RecordDropOut.builder().beneficiaryId(id).occurredOn(on).build());
            }
          }
        }
      }
    }

    /** A contact on {@code day}, or at a Recrut'Café held on or after it. */
    private Contact contact(LocalDate day) {
      CaptureChannel channel = CaptureChannel.values()[random.nextInt(CaptureChannel.values().length)];
      Contact.Builder contact = Contact.builder().on(day).channel(channel).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR)
          .consentToRecontact(random.nextBoolean());
      if (channel == CaptureChannel.OUTREACH_EVENT) {
        List<OutreachEvent> later = cafes.stream().filter(c -> !c.date().isBefore(day)).toList();
        if (later.isEmpty()) {
          contact.channel(CaptureChannel.DOOR_TO_DOOR);
        } else {
          OutreachEvent cafe = later.get(random.nextInt(later.size()));
          contact.on(cafe.date()).outreachEvent(cafe.id());
        }
      }
      if (random.nextBoolean()) {
        contact.site(site());
      }
      return contact.build();
    }

    private SiteId site() {
      return SITES.get(random.nextInt(SITES.size()));
    }

    private LocalDate someDay() {
      return Fixtures.START.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(Fixtures.START, Fixtures.END) + 1));
    }

    private Situation situation() {
      return Situation.builder().registeredWithPublicEmploymentService(random.nextBoolean())
          .accompaniedByAnotherScheme(random.nextBoolean()).everAccompaniedBefore(random.nextBoolean())
          .memberOfLocalAssociation(random.nextBoolean()).build();
    }
  }
}
