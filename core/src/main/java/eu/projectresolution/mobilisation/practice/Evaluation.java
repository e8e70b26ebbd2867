package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * How the initiative was evaluated and what the evaluation found. SIPA: a four-month evaluation by a
 * sociologist, which found for instance that registration with the public employment service rose
 * from 75 % at entry to 92 % after adapted accompaniment.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluation.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
public interface Evaluation {
  /** Who evaluated, how, and the main conclusion. */
  LocalizedText summary();

  List<LocalizedText> findings();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableEvaluation.Builder {}
}
