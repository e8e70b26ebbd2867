package eu.projectresolution.mobilisation.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.Stage;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The counts an indicator report's activity figures are made of (the funnel, the stages, the capture
 * channels, outreach attendance, welcomes, referrals, accompaniments and their appointments, the
 * satisfaction survey, collaborative actions and site events) for one report scope, as {@link
 * IndicatorReports} adds them up from its people's facts ({@link IndicatorReports#counts}). The outcome
 * figures (SIPA, IAE, ESF+) are not here: their rules classify each person.
 *
 * <p>"The period" is the report's period; "the people" are the scope's people (captured by the
 * period's end, of its site, channel and target group). Every count is of the records stored when it
 * is taken: a referral or appointment counts with the status last recorded for it, even if that was
 * recorded after the period (a report on a past period taken today reads what has been recorded since).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorCounts.class)
@JsonDeserialize(as = ImmutableIndicatorCounts.class)
public interface IndicatorCounts {
  /** The people captured (first contact) during the period: the funnel's first step. */
  long captured();

  /**
   * One count per stage of the funnel after the capture (welcome, orientation, accompaniment, exit, as
   * the pathway model has them), in that order: of the people
   * captured during the period, those who by the period's end had entered that stage and every
   * earlier one of the list.
   */
  List<Long> funnel();

  /** For each stage of the model: the people who entered it during the period. */
  Map<Stage, Long> enteredStage();

  /** For each stage of the model: the people at that stage on the period's last day. */
  Map<Stage, Long> atStageAtEnd();

  /** For each channel: the people captured during the period through it (absent when none). */
  Map<CaptureChannel, Long> capturedThrough();

  /** The programme's outreach events held during the period (whoever the people are). */
  long outreachEventsHeld();

  /**
   * Each person's attendance at each of those events, counted once: the registers' lines (a contact
   * recorded at one of them counts, whenever it was recorded).
   */
  long outreachAttendances();

  /** The people welcomed at a site during the period (a first reception or a re-entry). */
  long welcomed();

  /** The referrals to mainstream schemes proposed during the period. */
  long referrals();

  /**
   * Of those referrals, the ones whose status last recorded is "started", recorded on or before the
   * period's end.
   */
  long referralsStarted();

  /** The people with at least one referral proposed during the period. */
  long peopleReferred();

  /** The people who entered the accompaniment stage during the period. */
  long accompanied();

  /**
   * The appointments those people attended from the first day they entered the accompaniment stage
   * during the period to the period's end.
   */
  long appointmentsAttendedByAccompanied();

  /**
   * The appointments scheduled during the period whose status last recorded says they took place or
   * were missed ({@link AppointmentStatus#held()}).
   */
  long appointmentsHeldOrMissed();

  /** Of those appointments, the ones the person missed ({@link AppointmentStatus#NO_SHOW}). */
  long appointmentsMissed();

  /** The answers to the satisfaction survey given during the period. */
  long satisfactionResponses();

  /** Of those answers, the satisfied ones. */
  long satisfiedResponses();

  /** The programme's collaborative actions conducted during the period (whoever the people are). */
  long collaborativeActions();

  /** The events hosted during the period at the programme's sites, at the scope's site only if it has one. */
  long siteEvents();

  /** The people captured during the period through {@code channel}. */
  default long capturedThrough(CaptureChannel channel) {
    return capturedThrough().getOrDefault(channel, 0L);
  }

  @Value.Check
  default void check() {
    checkArgument(referralsStarted() <= referrals(),
        "referralsStarted (%s) cannot exceed referrals (%s)", referralsStarted(), referrals());
    checkArgument(appointmentsMissed() <= appointmentsHeldOrMissed(),
        "appointmentsMissed (%s) cannot exceed appointmentsHeldOrMissed (%s)", appointmentsMissed(),
        appointmentsHeldOrMissed());
    checkArgument(satisfiedResponses() <= satisfactionResponses(),
        "satisfiedResponses (%s) cannot exceed satisfactionResponses (%s)", satisfiedResponses(),
        satisfactionResponses());
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableIndicatorCounts.Builder {}
}
