package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.List;
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

  /** Every partner step taken ({@link PartnerStep}), in order, with its day. */
  List<PartnerStepTaken> partnerSteps();

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
    return PathwayFold.fold(events);
  }

  /**
   * Folds a beneficiary's events as {@link #fold(List)} does, knowing already the fold of their first
   * {@code start.version()} events: only the events after those are folded, unless one of them
   * corrects or voids an earlier event (then the whole stream is folded again). What the engine does
   * after each append, whose stream only grows.
   *
   * <pre>{@code
   * Pathway after = Pathway.fold(stream, Optional.of(before)); // before: the fold of the stream's start
   * }</pre>
   *
   * @param start the fold of the stream's first events, if known
   * @throws IllegalArgumentException as {@link #fold(List)} does, or if {@code start} is another
   *     beneficiary's, or longer than the stream
   */
  static Pathway fold(List<? extends PathwayEvent> events, Optional<Pathway> start) {
    return start.isPresent() ? PathwayFold.foldAfter(start.get(), events) : PathwayFold.fold(events);
  }
}
