package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Section 4 of the sheet: what the initiative was expected to change, what it achieved, and who says so. */
@Value.Immutable
@JsonSerialize(as = ImmutableImpact.class)
@JsonDeserialize(as = ImmutableImpact.class)
public interface Impact {
  /** The impacts aimed at ("impacts escomptés"). */
  List<ExpectedImpact> expectedImpacts();

  /**
   * The results, each a multilingual statement ("résultats"). A sheet written by hand declares them;
   * the engine can generate them from an indicator report, marking them {@link ResultOrigin#COMPUTED}.
   */
  List<ResultStatement> results();

  Optional<Evaluation> evaluation();

  List<Testimonial> testimonials();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableImpact.Builder {}
}
