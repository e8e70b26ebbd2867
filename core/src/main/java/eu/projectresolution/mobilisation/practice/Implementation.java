package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Section 3 of the sheet: how the initiative is run: for whom, to what end, with which tools, which
 * professionals, which coordination and which resources.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImplementation.class)
@JsonDeserialize(as = ImmutableImplementation.class)
public interface Implementation {
  /** The groups aimed at; at least one. */
  List<TargetGroup> targetGroups();

  /** Who {@link TargetGroup#OTHER_PEOPLE_FAR_FROM_EMPLOYMENT} are; present exactly when it is listed. */
  Optional<LocalizedText> otherPeopleFarFromEmployment();

  /** Who {@link TargetGroup#OTHER_PROFESSIONALS} are; present exactly when it is listed. */
  Optional<LocalizedText> otherProfessionals();

  /** The initiative's objectives; at least one. */
  List<LocalizedText> objectives();

  /** The key activities carried out ("outils de mise en œuvre"). */
  List<LocalizedText> keyActivities();

  /** Tools described step by step, such as SIPA's Recrut'Café. */
  List<SignatureTool> signatureTools();

  /** The professionals involved, e.g. neighbourhood mediators, social workers, elected officials. */
  List<LocalizedText> professionalsInvolved();

  /** The coordination team, role by role. */
  List<CoordinationRole> coordination();

  Optional<Resources> resources();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableImplementation.Builder {}
}
