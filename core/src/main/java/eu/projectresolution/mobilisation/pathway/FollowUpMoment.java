package eu.projectresolution.mobilisation.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.programme.FollowUpWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When, relative to the exit, a follow-up observation is made, named by a code: {@code AT_EXIT},
 * {@code SIX_MONTHS}, a partner's {@code TWELVE_MONTHS}... Moments are open values rather than a fixed
 * list because each programme declares its own, with the window in which each is observed ({@code
 * Programme.followUps}, {@code FollowUpWindow}); a programme that declares none observes at the three
 * standard ones. The ESF+ measures immediate results "upon leaving" (within four weeks) and longer-term
 * results six months after leaving; the French IAE categories read the situation at exit; a funder may
 * also ask at three or twelve months.
 *
 * <pre>{@code
 * FollowUpMoment yearLater = FollowUpMoment.of("TWELVE_MONTHS"); // == FollowUpMoment.TWELVE_MONTHS
 * }</pre>
 *
 * <p>The moments with a constant here are always that constant ({@code of("SIX_MONTHS") ==
 * SIX_MONTHS}), so a rule may compare them with {@code ==}. In JSON a moment is its code, as when it was
 * a fixed list.
 */
public final class FollowUpMoment {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{0,59}");

  /** On the day of the exit. */
  public static final FollowUpMoment AT_EXIT = new FollowUpMoment("AT_EXIT");
  /** Upon leaving: from the day of the exit to four weeks (28 days) after it. */
  public static final FollowUpMoment WITHIN_FOUR_WEEKS = new FollowUpMoment("WITHIN_FOUR_WEEKS");
  /** Six months after the exit. */
  public static final FollowUpMoment SIX_MONTHS = new FollowUpMoment("SIX_MONTHS");
  /** Three months after the exit: not a standard moment, a programme declares it. */
  public static final FollowUpMoment THREE_MONTHS = new FollowUpMoment("THREE_MONTHS");
  /** Twelve months after the exit: not a standard moment, a programme declares it. */
  public static final FollowUpMoment TWELVE_MONTHS = new FollowUpMoment("TWELVE_MONTHS");

  private static final List<FollowUpMoment> STANDARD = List.of(AT_EXIT, WITHIN_FOUR_WEEKS, SIX_MONTHS);
  private static final Map<String, FollowUpMoment> CONSTANTS =
      List.of(AT_EXIT, WITHIN_FOUR_WEEKS, SIX_MONTHS, THREE_MONTHS, TWELVE_MONTHS).stream()
          .collect(Collectors.toUnmodifiableMap(FollowUpMoment::code, Function.identity()));

  private final String code;

  private FollowUpMoment(String code) {
    this.code = code;
  }

  /**
   * The moment named {@code code}: 1 to 60 letters, digits or '_', starting with a letter or digit; the
   * constant of that code if there is one.
   */
  @JsonCreator
  public static FollowUpMoment of(String code) {
    checkArgument(code != null, "followUp.moment is missing: give a moment's code such as \"SIX_MONTHS\"");
    FollowUpMoment constant = CONSTANTS.get(code);
    if (constant != null) {
      return constant;
    }
    checkArgument(CODE.matcher(code).matches(),
        "followUp.moment \"%s\" is not valid: use 1 to 60 letters, digits or '_', starting with a letter or digit"
            + " (e.g. \"TWELVE_MONTHS\")", code);
    return new FollowUpMoment(code);
  }

  /**
   * The three standard moments (at exit, within four weeks, six months), those a programme that declares
   * none observes at, in that order.
   */
  public static FollowUpMoment[] values() {
    return STANDARD.toArray(new FollowUpMoment[0]);
  }

  /**
   * The ready-made window of this moment ({@link FollowUpWindow#SIX_MONTHS} for {@link #SIX_MONTHS}...),
   * for the moments with a constant here; empty for a partner's own moment, whose window only its
   * programme declares. A programme may declare another window for a moment with a constant: the
   * engine checks follow-ups against the programme's ({@code Programme.followUpWindow}).
   */
  public Optional<FollowUpWindow> readyMadeWindow() {
    return List.of(FollowUpWindow.AT_EXIT, FollowUpWindow.WITHIN_FOUR_WEEKS, FollowUpWindow.SIX_MONTHS,
            FollowUpWindow.THREE_MONTHS, FollowUpWindow.TWELVE_MONTHS).stream()
        .filter(w -> w.moment().equals(code))
        .findFirst();
  }

  /**
   * The first day an observation at this moment may be dated, for an exit on {@code exitOn}, in its
   * {@link #readyMadeWindow() ready-made window}.
   *
   * @throws IllegalStateException for a moment without one
   */
  public LocalDate earliest(LocalDate exitOn) {
    return window().earliest(exitOn);
  }

  /**
   * The last day an observation at this moment may be dated, for an exit on {@code exitOn}, in its
   * {@link #readyMadeWindow() ready-made window}.
   *
   * @throws IllegalStateException for a moment without one
   */
  public LocalDate latest(LocalDate exitOn) {
    return window().latest(exitOn);
  }

  /**
   * Whether an observation on {@code day} fits this moment's {@link #readyMadeWindow() ready-made
   * window}, for an exit on {@code exitOn}.
   *
   * @throws IllegalStateException for a moment without one
   */
  public boolean fits(LocalDate exitOn, LocalDate day) {
    return window().fits(exitOn, day);
  }

  private FollowUpWindow window() {
    return readyMadeWindow().orElseThrow(() -> new IllegalStateException("follow-up moment " + code
        + " has no ready-made window: read the window its programme declares (Programme.followUpWindow)"));
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The code as a part of a figure code: lower-cased ({@code follow_up.six_months.employed}). */
  public String figurePart() {
    return code.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FollowUpMoment moment && moment.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
