package eu.projectresolution.mobilisation.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.AppointmentRecorded;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.Captured;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.ContactRecorded;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.EntryStatusRecorded;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.Exited;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.FollowUpRecorded;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.ProfileUpdated;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.ReferralStatusRecorded;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.Referred;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.SatisfactionRecorded;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.SituationObserved;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.Welcomed;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a person's pathway stands: the fold of its {@link PathwayEvent}s. It is never stored as such:
 * it is computed from the events, so it always agrees with the audit trail.
 *
 * <pre>{@code
 * Pathway pathway = Pathway.fold(events);
 * pathway.stage();              // e.g. accompanied
 * pathway.attendedAppointments(); // e.g. 3
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePathway.class)
@JsonDeserialize(as = ImmutablePathway.class)
public interface Pathway {
  BeneficiaryId beneficiaryId();

  ProgrammeId programmeId();

  /** The number of events folded: the version a next append must expect. */
  long version();

  /** The current stage. */
  Stage stage();

  Profile profile();

  /** Every contact, the capture first. */
  List<Contact> contacts();

  /** Every stage entered, in order, with the day (the capture first). */
  List<StageVisit> stageHistory();

  /** The site of the latest welcome, if the person was welcomed. */
  Optional<SiteId> site();

  /** Every situation observed (at welcomes, exits and follow-ups), in order. */
  List<ObservedSituation> situations();

  /** Appointments in the order they were first recorded, each with its latest status. */
  List<Appointment> appointments();

  /** Referrals in the order they were proposed, each with its latest status. */
  List<Referral> referrals();

  /** Every exit (more than one after a re-entry), in order. */
  List<Exit> exits();

  List<SatisfactionResponse> satisfactionResponses();

  /** Every welcome at a site, in order, with its day and the situation observed then. */
  List<Reception> receptions();

  /** The answers to the satisfaction survey, in order, with the day each was given. */
  List<SatisfactionAnswer> satisfactionAnswers();

  /** The participant's status at entry, once recorded. */
  Optional<EntryStatus> entryStatus();

  /** The day of the latest event: no later command may be dated before it. */
  LocalDate lastEventOn();

  /** The day of the capture. */
  default LocalDate capturedOn() {
    return stageHistory().get(0).on();
  }

  /** Whether the pathway ever entered {@code stage}. */
  default boolean reached(Stage stage) {
    return stageHistory().stream().anyMatch(v -> v.stage().equals(stage));
  }

  /** The first day the pathway entered {@code stage}. */
  default Optional<LocalDate> firstReached(Stage stage) {
    return stageHistory().stream().filter(v -> v.stage().equals(stage)).map(StageVisit::on).findFirst();
  }

  default Optional<Referral> referral(ReferralId id) {
    return referrals().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  default Optional<Appointment> appointment(AppointmentId id) {
    return appointments().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  default long attendedAppointments() {
    return appointments().stream().filter(a -> a.status() == AppointmentStatus.ATTENDED).count();
  }

  default Optional<Exit> latestExit() {
    return exits().isEmpty() ? Optional.empty() : Optional.of(exits().get(exits().size() - 1));
  }

  /**
   * Folds a beneficiary's events, in version order, into the pathway's state.
   *
   * @throws IllegalArgumentException if the events are empty, do not start with a capture, mix
   *     beneficiaries or skip a version: such a stream was not produced by the engine
   */
  static Pathway fold(List<? extends PathwayEvent> events) {
    checkArgument(!events.isEmpty(), "a pathway needs at least its capture event");
    checkArgument(
        events.get(0) instanceof Captured,
        "a pathway's first event must be a capture, not %s",
        events.get(0).getClass().getSimpleName());
    Captured capture = (Captured) events.get(0);
    BeneficiaryId id = capture.header().beneficiaryId();
    Profile profile = capture.profile();
    List<Contact> contacts = new ArrayList<>();
    List<StageVisit> history = new ArrayList<>();
    List<ObservedSituation> situations = new ArrayList<>();
    Map<AppointmentId, Appointment> appointments = new LinkedHashMap<>();
    Map<ReferralId, Referral> referrals = new LinkedHashMap<>();
    List<Exit> exits = new ArrayList<>();
    List<SatisfactionResponse> satisfaction = new ArrayList<>();
    List<SatisfactionAnswer> answers = new ArrayList<>();
    List<Reception> receptions = new ArrayList<>();
    SiteId site = null;
    EntryStatus entryStatus = null;
    Stage stage = null;
    long version = 0;
    for (PathwayEvent event : events) {
      EventHeader header = event.header();
      checkArgument(
          header.beneficiaryId().equals(id),
          "event %s belongs to beneficiary %s, not %s",
          header.version(),
          header.beneficiaryId(),
          id);
      checkArgument(
          header.version() == version + 1,
          "pathway %s skips from version %s to %s",
          id,
          version,
          header.version());
      version = header.version();
      LocalDate on = header.occurredOn();
      if (!header.stage().equals(stage)
          || event instanceof Welcomed
          || event instanceof Referred) {
        history.add(StageVisit.of(header.stage(), on));
      }
      stage = header.stage();
      if (event instanceof Captured captured) {
        contacts.add(captured.contact());
      } else if (event instanceof ContactRecorded recorded) {
        contacts.add(recorded.contact());
      } else if (event instanceof Welcomed welcomed) {
        site = welcomed.siteId();
        receptions.add(Reception.of(on, welcomed.siteId(), welcomed.situation()));
        welcomed.situation().ifPresent(s -> situations.add(ObservedSituation.of(on, s)));
      } else if (event instanceof AppointmentRecorded recorded) {
        appointments.put(recorded.appointment().id(), recorded.appointment());
      } else if (event instanceof Referred referred) {
        referrals.put(
            referred.referralId(),
            Referral.builder()
                .id(referred.referralId())
                .schemeId(referred.schemeId())
                .proposedOn(on)
                .status(ReferralStatus.PROPOSED)
                .statusOn(on)
                .build());
      } else if (event instanceof ReferralStatusRecorded recorded) {
        Referral referral = referrals.get(recorded.referralId());
        checkArgument(referral != null, "event %s updates unknown referral %s", version, recorded.referralId());
        referrals.put(
            referral.id(), Referral.builder().from(referral).status(recorded.status()).statusOn(on).build());
      } else if (event instanceof Exited exited) {
        exits.add(
            ImmutableExit.builder()
                .from(Exit.of(on, exited.reason(), exited.situation()))
                .circumstance(exited.circumstance())
                .build());
        situations.add(ObservedSituation.of(on, exited.situation()));
      } else if (event instanceof SatisfactionRecorded recorded) {
        satisfaction.add(recorded.response());
        answers.add(SatisfactionAnswer.of(on, recorded.response()));
      } else if (event instanceof SituationObserved observed) {
        situations.add(ObservedSituation.of(on, observed.situation()));
      } else if (event instanceof ProfileUpdated updated) {
        profile = updated.profile();
      } else if (event instanceof EntryStatusRecorded recorded) {
        entryStatus = recorded.entryStatus();
      } else if (event instanceof FollowUpRecorded recorded) {
        int followed = lastExitOn(exits, recorded.exitOn());
        checkArgument(followed >= 0, "event %s follows up an exit on %s that is not recorded", version, recorded.exitOn());
        exits.set(followed, ImmutableExit.builder().from(exits.get(followed)).addFollowUps(recorded.followUp()).build());
      }
    }
    return ImmutablePathway.builder()
        .beneficiaryId(id)
        .programmeId(capture.programmeId())
        .version(version)
        .stage(stage)
        .profile(profile)
        .contacts(contacts)
        .stageHistory(history)
        .site(Optional.ofNullable(site))
        .situations(situations)
        .appointments(appointments.values())
        .referrals(referrals.values())
        .exits(exits)
        .satisfactionResponses(satisfaction)
        .satisfactionAnswers(answers)
        .receptions(receptions)
        .entryStatus(Optional.ofNullable(entryStatus))
        .lastEventOn(events.get(events.size() - 1).header().occurredOn())
        .build();
  }

  private static int lastExitOn(List<Exit> exits, LocalDate day) {
    for (int i = exits.size() - 1; i >= 0; i--) {
      if (exits.get(i).on().equals(day)) {
        return i;
      }
    }
    return -1;
  }
}
