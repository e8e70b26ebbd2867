package eu.projectresolution.mobilisation.engine;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.Programme;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The checks every record shares, pathway commands and programme-level records alike: its day (not in
 * the future, within the programme, not before the pathway's latest event) and the partners it names.
 * Each answers the refusal, with its code and field, or nothing.
 */
final class RecordChecks {
  private final Clock clock;

  RecordChecks(Clock clock) {
    this.clock = clock;
  }

  /**
   * {@code DATE_IN_FUTURE}, {@code OUTSIDE_PROGRAMME_PERIOD} (when {@code withinProgramme}) or {@code
   * DATE_BEFORE_PREVIOUS_EVENT}, in that order.
   *
   * @param who what the day is for, as the message names it ("beneficiary ...", "site event ...")
   */
  Optional<Refusal> date(
      Programme programme, LocalDate day, Optional<LocalDate> lastEventOn, String who, String field,
      boolean withinProgramme) {
    return notInFuture(day, LocalDate.now(clock), who, field)
        .or(() -> withinProgramme ? withinProgramme(programme, day, who, field) : Optional.empty())
        .or(() -> notBeforePreviousEvent(day, lastEventOn, who, field));
  }

  /** {@code DATE_IN_FUTURE} if {@code day} is after {@code today}. */
  static Optional<Refusal> notInFuture(LocalDate day, LocalDate today, String who, String field) {
    if (day.isAfter(today)) {
      return Optional.of(
          Refusal.of(
              RefusalCode.DATE_IN_FUTURE,
              "The date " + day + " for " + who + " is in the future (today is " + today + ")",
              field));
    }
    return Optional.empty();
  }

  /** {@code OUTSIDE_PROGRAMME_PERIOD} if {@code day} is outside the programme's period. */
  static Optional<Refusal> withinProgramme(Programme programme, LocalDate day, String who, String field) {
    if (!programme.period().contains(day)) {
      return Optional.of(
          Refusal.of(
              RefusalCode.OUTSIDE_PROGRAMME_PERIOD,
              "The date " + day + " for " + who + " is outside programme " + programme.id() + " ("
                  + programme.period().start() + " to " + programme.period().end() + ")",
              field));
    }
    return Optional.empty();
  }

  /** {@code DATE_BEFORE_PREVIOUS_EVENT} if {@code day} is before the pathway's latest event. */
  static Optional<Refusal> notBeforePreviousEvent(
      LocalDate day, Optional<LocalDate> lastEventOn, String who, String field) {
    if (lastEventOn.isPresent() && day.isBefore(lastEventOn.get())) {
      return Optional.of(
          Refusal.of(
              RefusalCode.DATE_BEFORE_PREVIOUS_EVENT,
              "The date " + day + " for " + who + " is before the pathway's latest event, on "
                  + lastEventOn.get() + ": record events in the order they happened",
              field));
    }
    return Optional.empty();
  }

  /** {@code UNKNOWN_PARTNER} if the programme does not have {@code partner}. */
  static Optional<Refusal> partner(Programme programme, Optional<PartnerId> partner, String field) {
    if (partner.isPresent() && programme.partner(partner.get()).isEmpty()) {
      return Optional.of(
          Refusal.of(
              RefusalCode.UNKNOWN_PARTNER,
              "Programme " + programme.id() + " has no partner " + partner.get() + ": add it to the programme first",
              field));
    }
    return Optional.empty();
  }

  /** The refusal for the first of {@code partners} the programme does not have, if any. */
  static Optional<Refusal> partners(Programme programme, List<PartnerId> partners, String field) {
    return partners.stream().map(p -> partner(programme, Optional.of(p), field)).flatMap(Optional::stream).findFirst();
  }
}
