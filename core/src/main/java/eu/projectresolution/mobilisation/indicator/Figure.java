package eu.projectresolution.mobilisation.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import eu.projectresolution.mobilisation.programme.Language;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One figure of an indicator report: its stable {@link #code()}, what it counts in words, its {@link
 * #unit()}, its {@link #value()} with the {@link #numerator()} and {@link #denominator()} it was computed
 * from, and the {@link #rule()} (name and version) that produced it. SIPA's positive-exit rate, for
 * instance, is {@code sipa.positive_exit_rate}: 46.4 percent = 249 / 537, by rule {@code
 * sipa.positive_exit} v1.
 *
 * <p>A figure that cannot be computed (an empty cohort, no declared target, no budget) has no value
 * and says why in {@link #notComputableReason()}: never NaN, never an exception.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigure.class)
@JsonDeserialize(as = ImmutableFigure.class)
public interface Figure {
  FigureCode code();

  /** What the figure counts, in plain words. */
  String label();

  Unit unit();

  Optional<BigDecimal> value();

  Optional<BigDecimal> numerator();

  Optional<BigDecimal> denominator();

  /** The currency of a {@link Unit#MONEY} figure (absent when no budget is known). */
  Optional<Currency> currency();

  RuleRef rule();

  /** For a gender slice of another figure: the gender it counts. */
  Optional<Gender> gender();

  /**
   * For a figure about something the programme declares and names itself (a before/after measure, a
   * follow-up moment): that name, per language ({@code en} "Holds a driving licence"), which the
   * {@link FigureLabels labels} put in place of the declaration's code. Empty for every other figure.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<Language, String> subject();

  /** Why the figure has no value. */
  Optional<String> notComputableReason();

  default boolean computable() {
    return value().isPresent();
  }

  /** The value, or an exception naming the figure and why it could not be computed. */
  default BigDecimal requireValue() {
    return value()
        .orElseThrow(
            () -> new IllegalStateException(
                "figure " + code() + " is not computable: " + notComputableReason().orElse("")));
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlank(label(), "figure.label");
    checkArgument(
        value().isPresent() != notComputableReason().isPresent(),
        "figure %s must have either a value or a reason why it is not computable, not %s",
        code(),
        value().isPresent() ? "both" : "neither");
    checkArgument(
        unit() == Unit.MONEY || currency().isEmpty(), "figure %s: only MONEY figures have a currency", code());
    checkArgument(
        unit() != Unit.MONEY || value().isEmpty() || currency().isPresent(),
        "figure %s: a computed MONEY figure needs its currency",
        code());
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableFigure.Builder {}
}
