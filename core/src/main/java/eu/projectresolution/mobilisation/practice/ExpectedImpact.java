package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An impact the initiative aimed at, with how it went about it, e.g. "better identify the most fragile
 * people, not covered by the public employment service": through reception and capture, and adapted
 * accompaniment.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpectedImpact.class)
@JsonDeserialize(as = ImmutableExpectedImpact.class)
public interface ExpectedImpact {
  LocalizedText impact();

  /** How the initiative pursued it, or what came of it, as the sheet says. */
  List<LocalizedText> details();

  static ExpectedImpact of(LocalizedText impact, LocalizedText... details) {
    return builder().impact(impact).addDetails(details).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableExpectedImpact.Builder {}
}
