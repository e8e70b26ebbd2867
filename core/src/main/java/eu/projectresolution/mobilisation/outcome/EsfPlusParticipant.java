package eu.projectresolution.mobilisation.outcome;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.StageVisit;
import eu.projectresolution.mobilisation.pathway.Step;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who counts as a participant in the ESF+ common indicators, and from which day: the definition the
 * managing authority of an ESF+ programme sets. EECO01 counts the people who became participants
 * during the period; the other output indicators (EECO02-17) share that denominator, and the result
 * indicators (EECR01-06) count only participants who left during the period.
 *
 * <p>The default, {@link #welcomed()}, is the engine's definition so far: a person becomes a participant
 * at their first welcome. A managing authority may ask for another, which the host registers with the
 * rule sets:
 *
 * <pre>{@code
 * OutcomeRules rules = OutcomeRules.standard(EsfPlusParticipant.attendedAppointments(2));
 * MobilisationEngine engine = MobilisationEngine.builder().storage(storage).outcomeRules(rules).build();
 * }</pre>
 *
 * <p>The ESF+ rule set of another definition than the default has other rule names ({@code
 * esf-plus:appointments_attended_2}, {@code esf-plus.EECO01:appointments_attended_2}...) and says the
 * definition in its description and its rules' definitions: every figure names the definition it was
 * counted by, and the people's facts are computed again when the definition changes.
 *
 * <p>Immutable; two definitions are equal when their {@link #code()}s are.
 */
public final class EsfPlusParticipant {
  private static final EsfPlusParticipant WELCOMED =
      new EsfPlusParticipant("welcomed", "were first welcomed", p -> p.entryOn());

  private final String code;
  private final String what;
  private final Function<Participant, Optional<LocalDate>> since;

  private EsfPlusParticipant(String code, String what, Function<Participant, Optional<LocalDate>> since) {
    this.code = code;
    this.what = what;
    this.since = since;
  }

  /** A person is a participant from their first welcome at a site: the default. */
  public static EsfPlusParticipant welcomed() {
    return WELCOMED;
  }

  /**
   * A person is a participant from the day their adapted accompaniment started (the first day they
   * reached the model's stage for {@link Step#ACCOMPANIMENT}); people who were only welcomed are not.
   */
  public static EsfPlusParticipant accompanimentStarted() {
    return new EsfPlusParticipant("accompaniment_started", "started the adapted accompaniment",
        p -> p.model().stageFor(Step.ACCOMPANIMENT).flatMap(stage -> firstVisit(p, stage)));
  }

  /**
   * A person is a participant from the day of the {@code count}th appointment they attended (by the
   * appointments' days, attended on or before the period's end).
   *
   * @throws IllegalArgumentException if {@code count} is not 1 or more
   */
  public static EsfPlusParticipant attendedAppointments(int count) {
    checkArgument(count >= 1, "esfPlusParticipant.attendedAppointments must be 1 or more (was %s)", count);
    return new EsfPlusParticipant("appointments_attended_" + count,
        "attended at least " + count + (count == 1 ? " appointment" : " appointments"),
        p -> {
          List<LocalDate> attended = p.pathway().appointments().stream()
              .filter(a -> a.status() == AppointmentStatus.ATTENDED && !a.scheduledOn().isAfter(p.period().end()))
              .map(Appointment::scheduledOn)
              .sorted(Comparator.naturalOrder())
              .toList();
          return attended.size() >= count ? Optional.of(attended.get(count - 1)) : Optional.empty();
        });
  }

  /**
   * A person is a participant from the first day they reached {@code stage}, a stage of the pathway
   * model: a partner's own stage (a job club) or one of SIPA's.
   */
  public static EsfPlusParticipant enteredStage(Stage stage) {
    requireNonNull(stage, "stage");
    return new EsfPlusParticipant("stage_" + stage.name(), "reached stage '" + stage.name() + "'",
        p -> firstVisit(p, stage));
  }

  private static Optional<LocalDate> firstVisit(Participant p, Stage stage) {
    return p.visitsByEnd().stream().filter(v -> v.stage().equals(stage)).map(StageVisit::on).findFirst();
  }

  /** The definition's code, which the rule names of a definition other than the default carry. */
  public String code() {
    return code;
  }

  /** Whether it is the default definition, {@link #welcomed()}. */
  public boolean isDefault() {
    return code.equals(WELCOMED.code);
  }

  /**
   * Who the participants counted in a period are, as the figures' definitions say it: "Participants
   * who entered (were first welcomed) during the period".
   */
  public String entrants() {
    return "Participants who entered (" + what + ") during the period";
  }

  /** What makes a person a participant, in words: "started the adapted accompaniment". */
  public String what() {
    return what;
  }

  /**
   * The day the person became a participant, if they did on or before the period's end. A rule may
   * compare it with the period (it is the day of one of the person's records).
   */
  public Optional<LocalDate> since(Participant participant) {
    requireNonNull(participant, "participant");
    return since.apply(participant).filter(day -> !day.isAfter(participant.period().end()));
  }

  /** Whether the person became a participant during the period. */
  public boolean enteredDuring(Participant participant) {
    return since(participant).map(participant.period()::contains).orElse(false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EsfPlusParticipant that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return "EsfPlusParticipant{" + code + "}";
  }
}
