package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Section 5 of the sheet: was the practice applied elsewhere, where and with which differences, thanks
 * to what, and could it work in other countries and contexts. SIPA has been spreading since 1 Oct 2019
 * in Nord Franche-Comté, in priority urban neighbourhoods and in rural areas.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransferability.class)
@JsonDeserialize(as = ImmutableTransferability.class)
public interface Transferability {
  AppliedElsewhere appliedElsewhere();

  /** Where it was applied; at least one place unless {@link AppliedElsewhere#NO}, none then. */
  List<PlaceApplied> whereApplied();

  /** The criteria and elements that made the transfer possible. */
  List<LocalizedText> enablingCriteria();

  /** Whether, and how, it could be applied in other countries and contexts. */
  Optional<LocalizedText> applicability();

  /** The actions that could be applied elsewhere. */
  List<LocalizedText> transferableActions();

  /** The elements without which the practice would not work. */
  List<LocalizedText> essentialElements();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTransferability.Builder {}
}
