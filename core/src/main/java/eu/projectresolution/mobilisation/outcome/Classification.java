package eu.projectresolution.mobilisation.outcome;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import org.immutables.value.Value;

/**
 * What an {@link OutcomeRule} decided about one pathway: the category's code and the reason, in words a
 * counsellor or an evaluator can check against the records (e.g. "positive: registered with the public
 * employment service at exit on 2019-03-02").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClassification.class)
@JsonDeserialize(as = ImmutableClassification.class)
public interface Classification {
  @Value.Parameter
  String category();

  @Value.Parameter
  String reason();

  @Value.Check
  default void check() {
    Checks.checkNotBlank(category(), "classification.category");
    Checks.checkNotBlank(reason(), "classification.reason");
  }

  static Classification of(String category, String reason) {
    return ImmutableClassification.of(category, reason);
  }
}
