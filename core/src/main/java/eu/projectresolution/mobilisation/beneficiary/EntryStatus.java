package eu.projectresolution.mobilisation.beneficiary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a participant's situation was when they entered the programme, as funders count participants:
 * exactly one {@link LabourMarketStatus}, the {@link EducationLevel} reached, and the special
 * categories the ESF+ asks about (disability, minority, foreign background, homelessness or housing
 * exclusion), each a {@link SensitiveAnswer} with its legal basis or "declined to answer". A category
 * that was not asked is left out.
 *
 * <p>Recorded once per person, after the welcome, with {@code RecordEntryStatus}; outcome rules only
 * read it.
 *
 * <pre>{@code
 * EntryStatus atEntry = EntryStatus.builder()
 *     .labourMarketStatus(LabourMarketStatus.LONG_TERM_UNEMPLOYED)
 *     .educationLevel(EducationLevel.ISCED_0_2)
 *     .disability(SensitiveAnswer.no(LegalBasis.EXPLICIT_CONSENT))
 *     .minority(SensitiveAnswer.declined())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntryStatus.class)
@JsonDeserialize(as = ImmutableEntryStatus.class)
public interface EntryStatus {
  LabourMarketStatus labourMarketStatus();

  Optional<EducationLevel> educationLevel();

  /** Participant with a disability (ESF+ EECO12). */
  Optional<SensitiveAnswer> disability();

  /** Participant of foreign background (ESF+ EECO14). */
  Optional<SensitiveAnswer> foreignBackground();

  /** Participant belonging to a minority, including marginalised communities such as the Roma (EECO15). */
  Optional<SensitiveAnswer> minority();

  /** Homeless or affected by housing exclusion (ESF+ EECO16). */
  Optional<SensitiveAnswer> homelessOrHousingExcluded();

  static EntryStatus of(LabourMarketStatus status) {
    return builder().labourMarketStatus(status).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableEntryStatus.Builder {}
}
