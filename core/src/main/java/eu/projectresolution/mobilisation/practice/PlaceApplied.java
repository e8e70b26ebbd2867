package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place a practice was applied besides its own, e.g. Nord Franche-Comté (France) since 1 Oct 2019,
 * in priority urban neighbourhoods and rural areas.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlaceApplied.class)
@JsonDeserialize(as = ImmutablePlaceApplied.class)
public interface PlaceApplied {
  /** The place's usual name (a proper name, not translated). At most 200 characters. */
  String place();

  CountryCode country();

  List<TerritoryType> territoryTypes();

  /** Since when. */
  Optional<LocalDate> since();

  /** How it is applied there and what differs. */
  Optional<LocalizedText> differences();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(place(), "placeApplied.place", Checks.NAME);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePlaceApplied.Builder {}
}
