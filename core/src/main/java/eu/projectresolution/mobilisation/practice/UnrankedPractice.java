package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** A candidate that cannot be ranked yet, because some criteria of the rule have no score. */
@Value.Immutable
@JsonSerialize(as = ImmutableUnrankedPractice.class)
@JsonDeserialize(as = ImmutableUnrankedPractice.class)
public interface UnrankedPractice {
  PracticeSheetId sheet();

  LocalizedText title();

  /** How many reviews the sheet has. */
  int reviews();

  /** The criteria of the rule nobody scored yet. */
  List<Criterion> missingCriteria();

  /** Why, in plain words. */
  default String reason() {
    if (reviews() == 0) {
      return "no review yet";
    }
    return "no score yet for "
        + missingCriteria().stream().map(Criterion::name).collect(Collectors.joining(", "));
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableUnrankedPractice.Builder {}
}
