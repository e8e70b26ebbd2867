package eu.projectresolution.mobilisation.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a report covers: a programme and a period (by default the programme's whole period), optionally
 * narrowed to the people of one site, reached through one capture channel, or of one target group.
 *
 * <pre>{@code
 * ReportScope year2018 = ReportScope.builder()
 *     .programmeId(ProgrammeId.of("sipa-montbeliard"))
 *     .start(LocalDate.of(2018, 1, 1))
 *     .end(LocalDate.of(2018, 12, 31))
 *     .targetGroup(TargetGroup.WOMEN)
 *     .budget(Money.of("455000.00", "EUR"))   // what 2018 cost, for the costs per person
 *     .build();
 * }</pre>
 *
 * <p>Narrowing applies to people; counts of programme activities (outreach events, collaborative
 * actions) are the programme's, except site events, which a site narrows. Costs per person divide the
 * {@link #budget()} given, else the programme's declared budget.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportScope.class)
@JsonDeserialize(as = ImmutableReportScope.class)
public interface ReportScope {
  ProgrammeId programmeId();

  /** The first day covered; defaults to the programme's start. */
  Optional<LocalDate> start();

  /** The last day covered; defaults to the programme's end. */
  Optional<LocalDate> end();

  /** Only the people whose latest welcome by the end of the period was at this site. */
  Optional<SiteId> site();

  /** Only the people first reached through this channel. */
  Optional<CaptureChannel> channel();

  Optional<TargetGroup> targetGroup();

  /**
   * The budget to divide for the costs per person, e.g. what the period cost; in the currency of the
   * programme's budget. Never negative, as a programme's budget is not: a negative cost per person means
   * nothing to a funder.
   */
  Optional<Money> budget();

  @Value.Check
  default void check() {
    budget().ifPresent(b -> Checks.checkNonNegative(b.amount(), "reportScope.budget.amount"));
  }

  /** The programme's whole period, everyone. */
  static ReportScope of(ProgrammeId programme) {
    return builder().programmeId(programme).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableReportScope.Builder {}
}
