package eu.projectresolution.mobilisation.beneficiary;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a programme needs to know about a person to count them, without identifying them: birth year
 * or age band, declared gender, whether they are NEET (not in employment, education or training),
 * long-term unemployed, a refugee or a third-country national, and the kind of territory they live in.
 *
 * <pre>{@code
 * Profile profile = Profile.builder()
 *     .birthYear(1999)
 *     .gender(Gender.WOMAN)
 *     .neet(true)
 *     .residence(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProfile.class)
@JsonDeserialize(as = ImmutableProfile.class)
public interface Profile {
  /** Year of birth; the exact birth date, being identifying, belongs in {@link PersonalDetails}. */
  OptionalInt birthYear();

  /** The age band, when the birth year is not known. */
  Optional<AgeBand> ageBand();

  @Value.Default
  default Gender gender() {
    return Gender.UNDECLARED;
  }

  /** Not in employment, education or training (young people). */
  @Value.Default
  default boolean neet() {
    return false;
  }

  @Value.Default
  default boolean longTermUnemployed() {
    return false;
  }

  /**
   * Refugee or beneficiary of international protection. A special category: the engine keeps a yes
   * apart, in the personal-data store, and records the profile in the pathway with false here.
   */
  @Value.Default
  default boolean refugee() {
    return false;
  }

  /** A national of a country outside the European Union. */
  @Value.Default
  default boolean thirdCountryNational() {
    return false;
  }

  /** The kind of territory the person lives in. */
  Optional<TerritoryType> residence();

  /**
   * The age band on a given day: from the birth year when known (counting the person as having had
   * their birthday that year, the usual convention when only the year is kept), else the declared band.
   */
  default Optional<AgeBand> ageBandOn(LocalDate day) {
    if (birthYear().isPresent()) {
      return Optional.of(AgeBand.ofAge(day.getYear() - birthYear().getAsInt()));
    }
    return ageBand();
  }

  @Value.Check
  default void check() {
    birthYear()
        .ifPresent(
            year ->
                checkArgument(
                    year >= 1900 && year <= 2100,
                    "profile.birthYear %s is not plausible: give a four-digit year such as 1999",
                    year));
  }

  /** A profile about which nothing is declared. */
  static Profile undeclared() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableProfile.Builder {}
}
