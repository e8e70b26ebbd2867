package eu.projectresolution.mobilisation.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which people and which days an {@link IndicatorCounts} covers, with the pathway model's stages the
 * counts are taken at, so that a store can answer without knowing the model.
 *
 * <p>The people counted are those of the programme captured on or before the period's end, narrowed
 * to one {@link #site()} (their latest welcome on or before the period's end was there, or, never
 * welcomed by then, their first contact was) and to one {@link #channel()} (their first contact came
 * through it).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCountingScope.class)
@JsonDeserialize(as = ImmutableCountingScope.class)
public interface CountingScope {
  Period period();

  /** Only the people whose latest welcome by the period's end was at this site (else whose capture was). */
  Optional<SiteId> site();

  /** Only the people first reached through this channel. */
  Optional<CaptureChannel> channel();

  /**
   * The model's stages for the funnel's steps after the capture, in funnel order (welcome,
   * orientation, accompaniment, exit), leaving out any step the model has no stage for.
   */
  List<Stage> funnelStages();

  /** The model's stage for the accompaniment step, if it has one. */
  Optional<Stage> accompanimentStage();

  /** Every stage of the model, in the model's order: the stages counted one by one. */
  List<Stage> stages();

  @Value.Check
  default void check() {
    checkArgument(stages().containsAll(funnelStages()),
        "funnelStages %s must be stages of the model %s", funnelStages(), stages());
    accompanimentStage().ifPresent(s -> checkArgument(stages().contains(s),
        "accompanimentStage '%s' must be a stage of the model %s", s, stages()));
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCountingScope.Builder {}
}
