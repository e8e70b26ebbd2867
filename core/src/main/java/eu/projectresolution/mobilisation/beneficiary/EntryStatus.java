package eu.projectresolution.mobilisation.beneficiary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * <p>The engine never writes the special-category answers into the pathway: the event it records
 * holds the status without them, and names in {@link #keptApart()} the categories that were answered
 * (whatever the answer); the answers themselves go to the personal-data store, each with its legal
 * basis, where an erasure removes them. Events recorded before this rule hold the answers here, and
 * still read.
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

  /**
   * The special categories answered (yes, no or declined) whose answers are kept apart, in the
   * personal-data store, rather than here: set by the engine on the status it records in a pathway
   * event, empty on a status a host gives.
   */
  Set<SpecialCategory> keptApart();

  /** The special-category answers this status holds, by category. */
  default Map<SpecialCategory, SensitiveAnswer> specialCategoryAnswers() {
    Map<SpecialCategory, SensitiveAnswer> answers = new EnumMap<>(SpecialCategory.class);
    disability().ifPresent(a -> answers.put(SpecialCategory.DISABILITY, a));
    foreignBackground().ifPresent(a -> answers.put(SpecialCategory.FOREIGN_BACKGROUND, a));
    minority().ifPresent(a -> answers.put(SpecialCategory.MINORITY, a));
    homelessOrHousingExcluded().ifPresent(a -> answers.put(SpecialCategory.HOMELESS_OR_HOUSING_EXCLUDED, a));
    return answers;
  }

  /**
   * This status with the given special-category answers in place of those it holds, and {@code
   * keptApart} as the categories kept apart.
   */
  default EntryStatus withSpecialCategoryAnswers(
      Map<SpecialCategory, SensitiveAnswer> answers, Set<SpecialCategory> keptApart) {
    return builder().from(this)
        .disability(Optional.ofNullable(answers.get(SpecialCategory.DISABILITY)))
        .foreignBackground(Optional.ofNullable(answers.get(SpecialCategory.FOREIGN_BACKGROUND)))
        .minority(Optional.ofNullable(answers.get(SpecialCategory.MINORITY)))
        .homelessOrHousingExcluded(Optional.ofNullable(answers.get(SpecialCategory.HOMELESS_OR_HOUSING_EXCLUDED)))
        .keptApart(keptApart)
        .build();
  }

  static EntryStatus of(LabourMarketStatus status) {
    return builder().labourMarketStatus(status).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableEntryStatus.Builder {}
}
