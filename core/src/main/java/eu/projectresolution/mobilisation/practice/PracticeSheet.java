package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.programme.Language;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A practice sheet ("fiche de renseignement"): the form in which ReSolution collects an innovative
 * practice for reaching and (re)mobilising people far from employment, in five sections.
 *
 * <ol>
 *   <li>{@link #organisation()}: who runs it, where;
 *   <li>{@link #initiative()}: title, domains, partners, coverage, period, summary;
 *   <li>{@link #implementation()}: target groups, objectives, tools, professionals, coordination,
 *       resources;
 *   <li>{@link #impact()}: expected impacts, results, evaluation, testimonials;
 *   <li>{@link #transferability()}: was it applied elsewhere, and what would carry over.
 * </ol>
 *
 * <p>The SIPA sheet ships with the engine: {@link SipaPracticeSheet#load()}. A sheet exchanged as JSON
 * is read with {@link PracticeSheetJson}, which reports every problem at once; the JSON Schema is the
 * resource {@value PracticeSheetJson#SCHEMA_RESOURCE}.
 *
 * <p>Building a sheet in Java only checks its structure; {@link PracticeSheetJson#problems(PracticeSheet)}
 * applies the same rules as reading it from JSON (a summary of at most 250 words, a period that ends
 * after it starts, a non-negative budget...).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePracticeSheet.class)
@JsonDeserialize(as = ImmutablePracticeSheet.class)
public interface PracticeSheet {
  PracticeSheetId id();

  Organisation organisation();

  Initiative initiative();

  Implementation implementation();

  Impact impact();

  Transferability transferability();

  /** The title in {@code language}, with the fallback of {@link LocalizedText#in(Language)}. */
  default String title(Language language) {
    return initiative().title().in(language);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePracticeSheet.Builder {}
}
