package eu.projectresolution.mobilisation.indicator;

import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.Referral;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.StageVisit;
import eu.projectresolution.mobilisation.port.CountingScope;
import eu.projectresolution.mobilisation.port.IndicatorCounts;
import eu.projectresolution.mobilisation.programme.Period;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Core's own counting of {@link IndicatorCounts}, one person at a time: what a report uses when the
 * store does not add the counts up itself, and the reference a store's aggregations must agree with.
 * The people given must be the scope's (captured by the period's end, of its site and channel).
 */
final class ActivityCounter {
  private final CountingScope scope;
  private final Period period;
  private final Set<OutreachEventId> held;
  private final long[] funnel;
  private final Map<Stage, Long> entered = new LinkedHashMap<>();
  private final Map<Stage, Long> atEnd = new LinkedHashMap<>();
  private final Map<CaptureChannel, Long> channels = new EnumMap<>(CaptureChannel.class);
  private long captured;
  private long attendances;
  private long welcomed;
  private long referrals;
  private long referralsStarted;
  private long peopleReferred;
  private long accompanied;
  private long attendedByAccompanied;
  private long heldOrMissed;
  private long missed;
  private long responses;
  private long satisfied;

  /** @param held the programme's outreach events held during the period */
  ActivityCounter(CountingScope scope, Set<OutreachEventId> held) {
    this.scope = scope;
    this.period = scope.period();
    this.held = held;
    this.funnel = new long[scope.funnelStages().size()];
    scope.stages().forEach(s -> {
      entered.put(s, 0L);
      atEnd.put(s, 0L);
    });
  }

  void add(Person person) {
    List<StageVisit> visits = person.participant.visitsByEnd();
    if (person.capturedDuringPeriod()) {
      captured++;
      channels.merge(person.capture().channel(), 1L, Long::sum);
      for (int i = 0; i < funnel.length; i++) {
        Stage stage = scope.funnelStages().get(i);
        if (visits.stream().noneMatch(v -> v.stage().equals(stage))) {
          break;
        }
        funnel[i]++;
      }
    }
    for (Stage stage : scope.stages()) {
      if (visits.stream().anyMatch(v -> v.stage().equals(stage) && period.contains(v.on()))) {
        entered.merge(stage, 1L, Long::sum);
      }
    }
    atEnd.merge(person.participant.stageAtEnd(), 1L, Long::sum);

    Set<OutreachEventId> attended = new HashSet<>();
    for (Contact contact : person.pathway.contacts()) {
      contact.outreachEvent().filter(held::contains).ifPresent(attended::add);
    }
    attendances += attended.size();
    welcomed += person.welcomedDuringPeriod() ? 1 : 0;

    List<Referral> proposed = person.pathway.referrals().stream().filter(r -> period.contains(r.proposedOn())).toList();
    referrals += proposed.size();
    referralsStarted += proposed.stream()
        .filter(r -> r.status() == ReferralStatus.STARTED && !r.statusOn().isAfter(period.end()))
        .count();
    peopleReferred += proposed.isEmpty() ? 0 : 1;

    Optional<LocalDate> started = scope.accompanimentStage().flatMap(stage -> visits.stream()
        .filter(v -> v.stage().equals(stage) && period.contains(v.on()))
        .map(StageVisit::on)
        .findFirst());
    if (started.isPresent()) {
      accompanied++;
      attendedByAccompanied += person.pathway.appointments().stream()
          .filter(a -> a.status() == AppointmentStatus.ATTENDED
              && !a.scheduledOn().isBefore(started.get()) && !a.scheduledOn().isAfter(period.end()))
          .count();
    }
    for (Appointment appointment : person.pathway.appointments()) {
      if (period.contains(appointment.scheduledOn()) && appointment.status().held()) {
        heldOrMissed++;
        missed += appointment.status() == AppointmentStatus.NO_SHOW ? 1 : 0;
      }
    }
    for (SatisfactionResponse response : person.satisfactionDuringPeriod()) {
      responses++;
      satisfied += response.satisfied() ? 1 : 0;
    }
  }

  IndicatorCounts counts(long collaborativeActions, long siteEvents) {
    IndicatorCounts.Builder counts = IndicatorCounts.builder()
        .captured(captured)
        .enteredStage(entered)
        .atStageAtEnd(atEnd)
        .capturedThrough(channels)
        .outreachEventsHeld(held.size())
        .outreachAttendances(attendances)
        .welcomed(welcomed)
        .referrals(referrals)
        .referralsStarted(referralsStarted)
        .peopleReferred(peopleReferred)
        .accompanied(accompanied)
        .appointmentsAttendedByAccompanied(attendedByAccompanied)
        .appointmentsHeldOrMissed(heldOrMissed)
        .appointmentsMissed(missed)
        .satisfactionResponses(responses)
        .satisfiedResponses(satisfied)
        .collaborativeActions(collaborativeActions)
        .siteEvents(siteEvents);
    for (long reached : funnel) {
      counts.addFunnel(reached);
    }
    return counts.build();
  }
}
