package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * What a toolkit user looks for among practice sheets. Every criterion given must hold; an empty query
 * matches every sheet.
 *
 * <pre>{@code
 * PracticeSheetQuery rural = PracticeSheetQuery.builder()
 *     .targetGroup(TargetGroup.NEETS)
 *     .territoryType(TerritoryType.RURAL)
 *     .text("recrut'café")
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>{@link #domain()}: the sheet lists the domain;
 *   <li>{@link #targetGroup()}: the sheet lists the target group;
 *   <li>{@link #coverage()}: the sheet's geographic coverage is this one;
 *   <li>{@link #country()}: the organisation is in the country, or the practice was applied there;
 *   <li>{@link #territoryType()}: the practice was run in such a territory, or applied elsewhere in one;
 *   <li>{@link #text()}: every word of the text appears in the sheet's {@linkplain #searchableText
 *       searchable text}, ignoring case, accents and punctuation, as a whole word or part of one
 *       ("recrut" finds "Recrut'Café").
 * </ul>
 *
 * <p>{@link #matches(PracticeSheet)} is the definition; a storage adapter may implement the same
 * semantics in its query language, e.g. by storing {@link #searchableText(PracticeSheet)} in a column
 * and testing {@code LIKE '%word%'} for each of {@link #words()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePracticeSheetQuery.class)
@JsonDeserialize(as = ImmutablePracticeSheetQuery.class)
public interface PracticeSheetQuery {
  Optional<Domain> domain();

  Optional<TargetGroup> targetGroup();

  Optional<GeographicCoverage> coverage();

  Optional<CountryCode> country();

  Optional<TerritoryType> territoryType();

  /** Free text; blank means no text criterion. At most 200 characters. */
  Optional<String> text();

  /** The words the text criterion asks for, folded as {@link #fold(String)} does; empty when there is none. */
  default List<String> words() {
    return text().map(t -> Arrays.stream(fold(t).split(" ")).filter(w -> !w.isEmpty()).toList()).orElse(List.of());
  }

  /** Whether {@code sheet} meets every criterion of the query. */
  default boolean matches(PracticeSheet sheet) {
    if (domain().isPresent() && !sheet.initiative().domains().contains(domain().get())) {
      return false;
    }
    if (targetGroup().isPresent() && !sheet.implementation().targetGroups().contains(targetGroup().get())) {
      return false;
    }
    if (coverage().isPresent() && sheet.initiative().coverage() != coverage().get()) {
      return false;
    }
    if (country().isPresent()
        && !sheet.organisation().country().equals(country().get())
        && sheet.transferability().whereApplied().stream().noneMatch(p -> p.country().equals(country().get()))) {
      return false;
    }
    if (territoryType().isPresent()
        && !sheet.initiative().territoryTypes().contains(territoryType().get())
        && sheet.transferability().whereApplied().stream()
            .noneMatch(p -> p.territoryTypes().contains(territoryType().get()))) {
      return false;
    }
    List<String> words = words();
    if (!words.isEmpty()) {
      String haystack = searchableText(sheet);
      return words.stream().allMatch(haystack::contains);
    }
    return true;
  }

  /**
   * The text the free-text criterion searches, folded: the organisation's name and city, and in every
   * language the title, summary, other domain, partners, objectives, key activities, signature tools'
   * names and goals, professionals involved, and the places the practice was applied.
   */
  static String searchableText(PracticeSheet sheet) {
    List<String> parts = new ArrayList<>();
    parts.add(sheet.organisation().name());
    parts.add(sheet.organisation().city());
    Initiative initiative = sheet.initiative();
    Implementation implementation = sheet.implementation();
    Stream.<Stream<LocalizedText>>of(
            Stream.of(initiative.title(), initiative.summary()),
            initiative.otherDomain().stream(),
            initiative.partners().stream(),
            implementation.objectives().stream(),
            implementation.keyActivities().stream(),
            implementation.signatureTools().stream().map(SignatureTool::name),
            implementation.signatureTools().stream().flatMap(t -> t.goals().stream()),
            implementation.professionalsInvolved().stream())
        .flatMap(s -> s)
        .forEach(text -> parts.addAll(text.texts().values()));
    sheet.transferability().whereApplied().forEach(p -> parts.add(p.place()));
    return fold(String.join(" ", parts));
  }

  /**
   * Folds a text for searching: accents removed, lower case, every run of characters other than letters
   * and digits turned into one space. "Recrut' Café" and "recrut'cafe" both give "recrut cafe".
   */
  static String fold(String text) {
    String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return Arrays.stream(unaccented.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.joining(" "));
  }

  @Value.Check
  default void check() {
    Checks.checkText(text(), "practiceSheetQuery.text", Checks.NAME);
  }

  /** The query that matches every sheet. */
  static PracticeSheetQuery all() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePracticeSheetQuery.Builder {}
}
