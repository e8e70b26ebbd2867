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
  /** At most 200 characters. */
  @Value.Parameter
  String category();

  /** At most 2,000 characters. */
  @Value.Parameter
  String reason();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(category(), "classification.category", Checks.NAME);
    Checks.checkNotBlankText(reason(), "classification.reason", Checks.DESCRIPTION);
  }

  static Classification of(String category, String reason) {
    return ImmutableClassification.of(category, reason);
  }
}
