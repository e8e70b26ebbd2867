package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.programme.Language;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Section 2 of the sheet: what the initiative is. SIPA: "Sites d'informations, de projets et
 * d'accompagnement", employment, vocational training, social inclusion and socio-cultural work, local
 * coverage, 1 Sept 2016 to 31 Aug 2019.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInitiative.class)
@JsonDeserialize(as = ImmutableInitiative.class)
public interface Initiative {
  /** The most words a summary may have in any language, as the form asks. */
  int MAX_SUMMARY_WORDS = 250;

  /** The title in French and in the {@linkplain #originalLanguage() original language}, and in any other. */
  LocalizedText title();

  /** The language the practice was run in (SIPA: French). The title must have a text in it. */
  Language originalLanguage();

  /** The fields covered; at least one. */
  List<Domain> domains();

  /** What {@link Domain#OTHER} stands for; present exactly when the domains list it. */
  Optional<LocalizedText> otherDomain();

  /** The partner organisations, as the sheet lists them (often kinds of organisation, not names). */
  List<LocalizedText> partners();

  GeographicCoverage coverage();

  Period period();

  /** What the initiative is, in at most {@value #MAX_SUMMARY_WORDS} words in each language. */
  LocalizedText summary();

  /**
   * The kinds of territory the practice was run in. Not on the paper form: it lets the toolkit find
   * practices tried in, say, rural areas.
   */
  List<TerritoryType> territoryTypes();

  /**
   * The number of words in {@code text}: the runs of characters between white space that hold at least
   * one letter or digit. "d'accompagnement" is one word; a bullet "•" or a dash is none.
   */
  static int countWords(String text) {
    int words = 0;
    for (String token : text.trim().split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
      }
    }
    return words;
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableInitiative.Builder {}
}
