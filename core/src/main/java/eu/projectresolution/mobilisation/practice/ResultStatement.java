package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.programme.Measure;
import java.util.List;
import org.immutables.value.Value;

/**
 * One result of a practice as a sentence in one or more languages, e.g. « 17 000 personnes accueillies
 * sur les sites SIPA, soit 24% de plus qu'en 2015 ».
 *
 * <p>The {@link #origin()} says whether the practice's authors wrote it ({@link ResultOrigin#DECLARED},
 * as every result of the SIPA sheet) or the engine generated it from an indicator report
 * ({@link ResultOrigin#COMPUTED}). {@link #measures()} names the programme measures the sentence
 * reports, so that a declared figure can be set beside the computed one. Computed statements are
 * written, in French and English, by {@code eu.projectresolution.mobilisation.indicator.SheetResults}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResultStatement.class)
@JsonDeserialize(as = ImmutableResultStatement.class)
public interface ResultStatement {
  LocalizedText text();

  ResultOrigin origin();

  /** The measures the sentence reports a figure for, if any (a satisfaction rate has none yet). */
  List<Measure> measures();

  /** A result written by the practice's authors. */
  static ResultStatement declared(LocalizedText text, Measure... measures) {
    return builder().text(text).origin(ResultOrigin.DECLARED).addMeasures(measures).build();
  }

  /** A result the engine computed from an indicator report. */
  static ResultStatement computed(LocalizedText text, Measure... measures) {
    return builder().text(text).origin(ResultOrigin.COMPUTED).addMeasures(measures).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableResultStatement.Builder {}
}
