package eu.projectresolution.mobilisation.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.EngineFailure;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the engine holds about one person, for their right of access and to portability (GDPR
 * Art. 15 and 20): their pathway's events, their identifying details and special-category answers
 * (unless erased), their consents, the partner's own case ids for them, the erasures of their data and
 * the log of who read their details. {@link #toJson()} writes it as one
 * JSON document.
 *
 * <p>The matching key is not part of it: it is a keyed hash that says nothing to the person and that
 * nobody can read without the host's secret; the export says only whether details are held.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePersonalDataExport.class)
@JsonDeserialize(as = ImmutablePersonalDataExport.class)
public interface PersonalDataExport {
  BeneficiaryId beneficiaryId();

  /** When the export was made, by the engine's clock. */
  Instant exportedAt();

  /** Who made it. */
  String exportedBy();

  /** The pathway's events, oldest first (empty for a person never captured). */
  List<PathwayEvent> pathway();

  /** The identifying details; absent if none were given, or once erased. */
  Optional<PersonalDetails> personalDetails();

  /** The answers to special-category questions, kept apart from the pathway; empty once erased. */
  List<SpecialCategoryAnswer> specialCategoryAnswers();

  /** The partner's own case ids for the person, by which its system addresses them; empty once erased. */
  List<CaseId> caseIds();

  List<ConsentRecord> consents();

  List<ErasureRecord> erasures();

  /** Every read of the details through the engine, this export's own included. */
  List<PersonalDataAccess> accesses();

  /** The export as one JSON document, in the engine's JSON mapping (ISO dates, ids as strings). */
  default String toJson() {
    try {
      return MobilisationJson.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new EngineFailure("Could not write the export of beneficiary " + beneficiaryId() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePersonalDataExport.Builder {}
}
