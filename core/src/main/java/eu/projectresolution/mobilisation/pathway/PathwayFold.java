package eu.projectresolution.mobilisation.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.AccompanimentStarted;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.AppointmentRecorded;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.Captured;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.ContactLost;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.ContactRecorded;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.DroppedOut;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.EntryStatusRecorded;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.Exited;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.FollowUpRecorded;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.Oriented;
import eu.projectresolution.mobilisation.pathway.PathwayEvents.PartnerStepRecorded;
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

/**
 * The fold of one person's events into their {@link Pathway}: what each kind of event changes, one
 * method per kind. Every event moves the pathway to the stage its header names; a new stage, a
 * welcome (a re-entry may welcome someone at the stage they are at) or a referral starts a new visit
 * in the stage history.
 */
final class PathwayFold implements PathwayEvent.Visitor<Void> {
  private final BeneficiaryId id;
  private final ProgrammeId programme;
  private Profile profile;
  private final List<Contact> contacts = new ArrayList<>();
  private final List<StageVisit> history = new ArrayList<>();
  private final List<ObservedSituation> situations = new ArrayList<>();
  private final Map<AppointmentId, Appointment> appointments = new LinkedHashMap<>();
  private final Map<ReferralId, Referral> referrals = new LinkedHashMap<>();
  private final List<Exit> exits = new ArrayList<>();
  private final List<SatisfactionResponse> satisfaction = new ArrayList<>();
  private final List<SatisfactionAnswer> answers = new ArrayList<>();
  private final List<Reception> receptions = new ArrayList<>();
  private final List<PartnerStepTaken> partnerSteps = new ArrayList<>();
  private SiteId site;
  private EntryStatus entryStatus;
  private Stage stage;
  private long version;
  /** The day of the event being folded. */
  private LocalDate on;
  /** Whether the event being folded started a new visit already, by changing the stage. */
  private boolean newVisit;

  private PathwayFold(Captured capture) {
    this.programme = capture.programmeId();
    this.id = capture.header().beneficiaryId();
    this.profile = capture.profile();
  }

  /**
   * See {@link Pathway#fold}. The stream is checked as it was written; the pathway is the fold of its
   * {@linkplain Corrections#effective effective history}, at the stream's version.
   */
  static Pathway fold(List<? extends PathwayEvent> events) {
    checkArgument(!events.isEmpty(), "a pathway needs at least its capture event");
    checkArgument(
        events.get(0) instanceof Captured,
        "a pathway's first event must be a capture, not %s",
        events.get(0).getClass().getSimpleName());
    BeneficiaryId id = events.get(0).header().beneficiaryId();
    long version = 0;
    for (PathwayEvent event : events) {
      EventHeader header = event.header();
      checkArgument(header.beneficiaryId().equals(id), "event %s belongs to beneficiary %s, not %s",
          header.version(), header.beneficiaryId(), id);
      checkArgument(header.version() == version + 1, "pathway %s skips from version %s to %s", id, version, header.version());
      version = header.version();
    }
    List<PathwayEvent> effective = Corrections.effective(events);
    PathwayFold fold = new PathwayFold((Captured) effective.get(0));
    for (PathwayEvent event : effective) {
      fold.add(event);
    }
    fold.version = version;
    return fold.pathway(effective.get(effective.size() - 1).header().occurredOn());
  }

  /**
   * See {@link Pathway#fold(List, Optional)}: the fold state is taken back from {@code start} (a
   * pathway holds all of it), and the later events are folded onto it. Corrections need the whole
   * stream, since they change earlier events: a stream whose later events hold one is folded whole.
   */
  static Pathway foldAfter(Pathway start, List<? extends PathwayEvent> events) {
    checkArgument(!events.isEmpty(), "a pathway needs at least its capture event");
    BeneficiaryId id = events.get(0).header().beneficiaryId();
    checkArgument(start.beneficiaryId().equals(id), "the fold of the stream's start is beneficiary %s's, not %s",
        start.beneficiaryId(), id);
    checkArgument(start.version() <= events.size(), "the fold of the stream's start is at version %s, after the"
        + " stream's last (%s)", start.version(), events.size());
    List<? extends PathwayEvent> later = events.subList((int) start.version(), events.size());
    if (later.isEmpty()) {
      return start;
    }
    long version = start.version();
    for (PathwayEvent event : later) {
      EventHeader header = event.header();
      if (Corrections.isCorrection(event) || event instanceof Captured) {
        return fold(events);
      }
      checkArgument(header.beneficiaryId().equals(id), "event %s belongs to beneficiary %s, not %s",
          header.version(), header.beneficiaryId(), id);
      checkArgument(header.version() == version + 1, "pathway %s skips from version %s to %s", id, version, header.version());
      version = header.version();
    }
    PathwayFold fold = new PathwayFold(start);
    for (PathwayEvent event : later) {
      fold.add(event);
    }
    return fold.pathway(later.get(later.size() - 1).header().occurredOn());
  }

  /** The fold of the events that made {@code start}, ready for the next ones. */
  private PathwayFold(Pathway start) {
    this.id = start.beneficiaryId();
    this.programme = start.programmeId();
    this.profile = start.profile();
    contacts.addAll(start.contacts());
    history.addAll(start.stageHistory());
    situations.addAll(start.situations());
    start.appointments().forEach(a -> appointments.put(a.id(), a));
    start.referrals().forEach(r -> referrals.put(r.id(), r));
    exits.addAll(start.exits());
    satisfaction.addAll(start.satisfactionResponses());
    answers.addAll(start.satisfactionAnswers());
    receptions.addAll(start.receptions());
    partnerSteps.addAll(start.partnerSteps());
    site = start.site().orElse(null);
    entryStatus = start.entryStatus().orElse(null);
    stage = start.stage();
    version = start.version();
  }

  private void add(PathwayEvent event) {
    EventHeader header = event.header();
    checkArgument(
        header.beneficiaryId().equals(id),
        "event %s belongs to beneficiary %s, not %s",
        header.version(),
        header.beneficiaryId(),
        id);
    version = header.version();
    on = header.occurredOn();
    newVisit = !header.stage().equals(stage);
    if (newVisit) {
      history.add(StageVisit.of(header.stage(), on));
    }
    stage = header.stage();
    event.accept(this);
  }

  /** Starts a new visit of the current stage, unless the event's change of stage started one. */
  private void visitAgain() {
    if (!newVisit) {
      history.add(StageVisit.of(stage, on));
    }
  }

  private Pathway pathway(LocalDate lastEventOn) {
    return ImmutablePathway.builder()
        .beneficiaryId(id)
        .programmeId(programme)
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
        .partnerSteps(partnerSteps)
        .entryStatus(Optional.ofNullable(entryStatus))
        .lastEventOn(lastEventOn)
        .build();
  }

  @Override
  public Void visit(Captured event) {
    contacts.add(event.contact());
    return null;
  }

  @Override
  public Void visit(ContactRecorded event) {
    contacts.add(event.contact());
    return null;
  }

  @Override
  public Void visit(Welcomed event) {
    visitAgain();
    site = event.siteId();
    receptions.add(Reception.of(on, event.siteId(), event.situation()));
    event.situation().ifPresent(s -> situations.add(ObservedSituation.of(on, s)));
    return null;
  }

  @Override
  public Void visit(Oriented event) {
    return null; // the orientation is the stage it moves to
  }

  @Override
  public Void visit(AccompanimentStarted event) {
    return null; // the accompaniment is the stage it moves to
  }

  @Override
  public Void visit(AppointmentRecorded event) {
    appointments.put(event.appointment().id(), event.appointment());
    return null;
  }

  @Override
  public Void visit(Referred event) {
    visitAgain();
    referrals.put(
        event.referralId(),
        Referral.builder()
            .id(event.referralId())
            .schemeId(event.schemeId())
            .proposedOn(on)
            .status(ReferralStatus.PROPOSED)
            .statusOn(on)
            .build());
    return null;
  }

  @Override
  public Void visit(ReferralStatusRecorded event) {
    Referral referral = referrals.get(event.referralId());
    checkArgument(referral != null, "event %s updates unknown referral %s", version, event.referralId());
    referrals.put(referral.id(), Referral.builder().from(referral).status(event.status()).statusOn(on).build());
    return null;
  }

  @Override
  public Void visit(Exited event) {
    exits.add(ImmutableExit.builder().from(Exit.of(on, event.reason(), event.situation())).circumstance(event.circumstance()).build());
    situations.add(ObservedSituation.of(on, event.situation()));
    return null;
  }

  @Override
  public Void visit(ContactLost event) {
    return null; // losing contact is the stage it moves to
  }

  @Override
  public Void visit(DroppedOut event) {
    return null; // dropping out is the stage it moves to
  }

  @Override
  public Void visit(SatisfactionRecorded event) {
    satisfaction.add(event.response());
    answers.add(SatisfactionAnswer.of(on, event.response()));
    return null;
  }

  @Override
  public Void visit(SituationObserved event) {
    situations.add(ObservedSituation.of(on, event.situation()));
    return null;
  }

  @Override
  public Void visit(ProfileUpdated event) {
    profile = event.profile();
    return null;
  }

  @Override
  public Void visit(EntryStatusRecorded event) {
    entryStatus = event.entryStatus();
    return null;
  }

  @Override
  public Void visit(FollowUpRecorded event) {
    int followed = lastExitOn(event.exitOn());
    checkArgument(followed >= 0, "event %s follows up an exit on %s that is not recorded", version, event.exitOn());
    exits.set(followed, ImmutableExit.builder().from(exits.get(followed)).addFollowUps(event.followUp()).build());
    return null;
  }

  @Override
  public Void visit(PartnerStepRecorded event) {
    // The stage it leads to is the header's: taking a step into the stage the person is at is no new visit.
    partnerSteps.add(PartnerStepTaken.of(on, event.step(), event.site(), event.note()));
    return null;
  }

  @Override
  public Void visit(Corrections.EventCorrected event) {
    return null; // not part of the effective history: its replacement is folded in the corrected event's place
  }

  @Override
  public Void visit(Corrections.EventVoided event) {
    return null; // not part of the effective history: the voided event is left out
  }

  private int lastExitOn(LocalDate day) {
    for (int i = exits.size() - 1; i >= 0; i--) {
      if (exits.get(i).on().equals(day)) {
        return i;
      }
    }
    return -1;
  }
}
