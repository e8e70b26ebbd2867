package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A follow-up moment a programme declares ({@code Programme.followUps}), with the window, counted from
 * the exit, in which its observations are dated: from three to four months after the exit for {@link
 * #THREE_MONTHS}. Recording a follow-up at a moment the programme does not declare, or outside its
 * window, is refused; the programme's indicator report has figures for each moment it declares (people
 * followed up, employed, in education or training, looking for a job).
 *
 * <pre>{@code
 * Programme.builder()...
 *     .addFollowUps(FollowUpWindow.AT_EXIT, FollowUpWindow.THREE_MONTHS, FollowUpWindow.SIX_MONTHS,
 *         FollowUpWindow.TWELVE_MONTHS)
 *     .addFollowUps(FollowUpWindow.of("EIGHTEEN_MONTHS", Period.ofMonths(18), Period.ofMonths(19), Map.of(
 *         Language.ENGLISH, "18 months after exit", Language.SPANISH, "18 meses después de la salida")))
 *     .build();
 * }</pre>
 *
 * <p>{@link #moment()} is the code a {@code FollowUp} names its {@code FollowUpMoment} by; the labels
 * name the moment in the report, in each language the programme gives (at least one).
 */
public record FollowUpWindow(
    String moment, java.time.Period opensAfter, java.time.Period closesAfter, Map<Language, String> labels) {
  private static final Pattern MOMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{0,59}");

  /** On the day of the exit. */
  public static final FollowUpWindow AT_EXIT = standard("AT_EXIT", java.time.Period.ZERO, java.time.Period.ZERO,
      "at exit", "à la sortie", "a la salida", "all'uscita");
  /** Upon leaving: from the day of the exit to four weeks (28 days) after it. */
  public static final FollowUpWindow WITHIN_FOUR_WEEKS = standard("WITHIN_FOUR_WEEKS", java.time.Period.ZERO,
      java.time.Period.ofDays(28), "within four weeks of exit", "dans les quatre semaines après la sortie",
      "en las cuatro semanas siguientes a la salida", "entro quattro settimane dall'uscita");
  /** From three to four months after the exit. */
  public static final FollowUpWindow THREE_MONTHS = standard("THREE_MONTHS", java.time.Period.ofMonths(3),
      java.time.Period.ofMonths(4), "3 months after exit", "3 mois après la sortie", "3 meses después de la salida",
      "3 mesi dopo l'uscita");
  /** From six to seven months after the exit. */
  public static final FollowUpWindow SIX_MONTHS = standard("SIX_MONTHS", java.time.Period.ofMonths(6),
      java.time.Period.ofMonths(7), "6 months after exit", "6 mois après la sortie", "6 meses después de la salida",
      "6 mesi dopo l'uscita");
  /** From twelve to thirteen months after the exit. */
  public static final FollowUpWindow TWELVE_MONTHS = standard("TWELVE_MONTHS", java.time.Period.ofMonths(12),
      java.time.Period.ofMonths(13), "12 months after exit", "12 mois après la sortie", "12 meses después de la salida",
      "12 mesi dopo l'uscita");

  /** The moments of a programme that declares none: at exit, within four weeks, six months. */
  public static final List<FollowUpWindow> STANDARD = List.of(AT_EXIT, WITHIN_FOUR_WEEKS, SIX_MONTHS);

  /**
   * @param moment the moment's code, as a follow-up names it: 1 to 60 letters, digits or '_' ({@code "SIX_MONTHS"})
   * @param opensAfter how long after the exit the window opens (its first day): {@code P3M} for three months
   * @param closesAfter how long after the exit the window closes (its last day), no earlier than it opens
   * @param labels the moment's name in the report, per language ({@code en} "3 months after exit"): at least one
   */
  public FollowUpWindow {
    checkArgument(moment != null && MOMENT.matcher(moment).matches(),
        "followUps.moment \"%s\" is not valid: use 1 to 60 letters, digits or '_', starting with a letter or digit"
            + " (e.g. \"TWELVE_MONTHS\")", moment);
    checkArgument(opensAfter != null && closesAfter != null,
        "followUps[%s]: give both opensAfter and closesAfter (e.g. P3M and P4M)", moment);
    checkArgument(!opensAfter.isNegative() && !closesAfter.isNegative(),
        "followUps[%s]: the window opens %s and closes %s after the exit: neither can be negative",
        moment, opensAfter, closesAfter);
    LocalDate exit = LocalDate.of(2001, 1, 31);
    checkArgument(!exit.plus(closesAfter).isBefore(exit.plus(opensAfter)),
        "followUps[%s].closesAfter %s is before opensAfter %s: the window must close on or after it opens",
        moment, closesAfter, opensAfter);
    labels = DeclaredLabels.copy(labels);
    DeclaredLabels.check(labels, "followUps[" + moment + "].labels");
  }

  /** The moment {@code moment}, observed from {@code opensAfter} to {@code closesAfter} after the exit. */
  public static FollowUpWindow of(
      String moment, java.time.Period opensAfter, java.time.Period closesAfter, Map<Language, String> labels) {
    return new FollowUpWindow(moment, opensAfter, closesAfter, labels);
  }

  /** The moment's name in {@code language}, else in English, French, Spanish or Italian. */
  public String label(Language language) {
    return language.pickFrom(labels);
  }

  /** The first day an observation at this moment may be dated, for an exit on {@code exitOn}. */
  public LocalDate earliest(LocalDate exitOn) {
    return exitOn.plus(opensAfter);
  }

  /** The last day an observation at this moment may be dated, for an exit on {@code exitOn}. */
  public LocalDate latest(LocalDate exitOn) {
    return exitOn.plus(closesAfter);
  }

  /** Whether an observation on {@code day} fits this moment, for an exit on {@code exitOn}. */
  public boolean fits(LocalDate exitOn, LocalDate day) {
    return !day.isBefore(earliest(exitOn)) && !day.isAfter(latest(exitOn));
  }

  private static FollowUpWindow standard(
      String moment, java.time.Period opens, java.time.Period closes, String en, String fr, String es, String it) {
    return new FollowUpWindow(moment, opens, closes,
        Map.of(Language.ENGLISH, en, Language.FRENCH, fr, Language.SPANISH, es, Language.ITALIAN, it));
  }
}
