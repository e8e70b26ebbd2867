package eu.projectresolution.mobilisation.practice;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One stored version of a practice sheet. The first version of a sheet is 1; each replacement adds the
 * next one and keeps the older ones, so that a toolkit can say which version reviewers scored.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePracticeSheetVersion.class)
@JsonDeserialize(as = ImmutablePracticeSheetVersion.class)
public interface PracticeSheetVersion {
  @Value.Parameter
  PracticeSheet sheet();

  /** 1 for the first version, then 2, 3... */
  @Value.Parameter
  long version();

  default PracticeSheetId id() {
    return sheet().id();
  }

  @Value.Check
  default void check() {
    checkArgument(version() >= 1, "version of sheet %s is %s: versions start at 1", sheet().id(), version());
  }

  static PracticeSheetVersion of(PracticeSheet sheet, long version) {
    return ImmutablePracticeSheetVersion.of(sheet, version);
  }
}
