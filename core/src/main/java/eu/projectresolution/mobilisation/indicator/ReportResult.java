package eu.projectresolution.mobilisation.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.Refusal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to a report request: the report, or why it was refused (an unknown programme or site, a
 * period ending before it starts, a budget in another currency than the programme's).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportResult.class)
@JsonDeserialize(as = ImmutableReportResult.class)
public interface ReportResult {
  Optional<IndicatorReport> report();

  Optional<Refusal> refusal();

  default boolean accepted() {
    return report().isPresent();
  }

  default boolean refused() {
    return refusal().isPresent();
  }

  /** The report, or a {@link ReportRefused} carrying the refusal. */
  default IndicatorReport orElseThrow() {
    return report()
        .orElseThrow(
            () -> new ReportRefused(refusal().get()));
  }

  @Value.Check
  default void check() {
    checkArgument(report().isPresent() != refusal().isPresent(), "a report result has a report or a refusal");
  }

  static ReportResult of(IndicatorReport report) {
    return ImmutableReportResult.builder().report(report).build();
  }

  static ReportResult refused(Refusal refusal) {
    return ImmutableReportResult.builder().refusal(refusal).build();
  }
}
