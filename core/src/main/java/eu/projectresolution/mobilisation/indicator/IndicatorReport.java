package eu.projectresolution.mobilisation.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The figures of a programme over a period, as computed from its records at {@link #computedAt()}:
 * funnel and stage counts, capture by channel, outreach events and attendance, welcomes against the
 * baseline, referrals against the target, accompaniment and positive exits, appointments, satisfaction,
 * before/after rates, collaborative actions and site events, costs per person, the ESF+ common
 * indicators by gender and the French IAE exit categories. An immutable value.
 *
 * <pre>{@code
 * IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(sipa)).orElseThrow();
 * report.figure("sipa.positive_exit_rate").flatMap(Figure::value);   // e.g. 46.4
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorReport.class)
@JsonDeserialize(as = ImmutableIndicatorReport.class)
public interface IndicatorReport {
  ProgrammeId programmeId();

  String programmeName();

  Period period();

  Optional<SiteId> site();

  Optional<CaptureChannel> channel();

  Optional<TargetGroup> targetGroup();

  /** The budget the costs per person divide, if one was given or declared. */
  Optional<Money> budget();

  /** The rules every figure not produced by an outcome rule follows ({@link IndicatorReports#FIGURES}). */
  RuleRef figureDefinitions();

  /** The rule sets the report applied. */
  List<RuleRef> ruleSets();

  List<Figure> figures();

  Instant computedAt();

  default Optional<Figure> figure(FigureCode code) {
    return figures().stream().filter(f -> f.code().equals(code)).findFirst();
  }

  default Optional<Figure> figure(String code) {
    return figure(FigureCode.of(code));
  }

  /** The figure's value, or an exception saying it is unknown or why it could not be computed. */
  default BigDecimal value(String code) {
    return figure(code)
        .orElseThrow(() -> new IllegalArgumentException("the report has no figure " + code))
        .requireValue();
  }

  @Value.Check
  default void check() {
    Set<FigureCode> seen = new HashSet<>();
    for (Figure figure : figures()) {
      checkArgument(
          seen.add(figure.code()),
          "report lists figure %s twice: a partner rule set reuses a code of the engine's figures; give it its own prefix",
          figure.code());
    }
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableIndicatorReport.Builder {}
}
