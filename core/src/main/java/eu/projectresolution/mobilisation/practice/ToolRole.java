package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one role does in a {@link SignatureTool}: during a Recrut'Café the resident-liaison counsellor
 * welcomes, advises, proposes solutions adapted to each profile and animates.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableToolRole.class)
@JsonDeserialize(as = ImmutableToolRole.class)
public interface ToolRole {
  /** Who holds the role. */
  LocalizedText holder();

  /** When or where the duties apply, e.g. "during the whole Recrut'Café". */
  Optional<LocalizedText> context();

  /** The duties; at least one. */
  List<LocalizedText> duties();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableToolRole.Builder {}
}
