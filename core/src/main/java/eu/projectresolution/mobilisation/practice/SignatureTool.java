package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A mobilisation tool described so that another team could run it, such as SIPA's Recrut'Café: a
 * convivial recruiting session in a building hall or a shop, prepared with an employment agency and
 * the neighbourhood's mediators, run by the resident-liaison counsellors.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSignatureTool.class)
@JsonDeserialize(as = ImmutableSignatureTool.class)
public interface SignatureTool {
  LocalizedText name();

  /** What the tool is for ("enjeux / objectifs opérationnels"). */
  List<LocalizedText> goals();

  /** Who leads it ("pilote de l'action"). */
  Optional<LocalizedText> pilot();

  /** The organisations and people taking part. */
  List<LocalizedText> actors();

  /** The steps of organising it, in order. */
  List<LocalizedText> organisationSteps();

  /** What each role does while the tool runs. */
  List<ToolRole> roles();

  /** What it brings that other ways do not ("plus-values"). */
  List<LocalizedText> addedValue();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSignatureTool.Builder {}
}
