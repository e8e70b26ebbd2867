package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.programme.Language;
import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A free text of a practice sheet in one or more languages, e.g. the SIPA title in French and English:
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of(Language.FRENCH, "Sites d'informations, de projets et d'accompagnement - SIPA")
 *     .with(Language.ENGLISH, "Information, project and accompaniment sites - SIPA");
 * title.in(Language.ITALIAN); // no Italian text: falls back to the French one
 * }</pre>
 *
 * <p>A reader asks for the text in their language with {@link #in(Language)}; when the sheet has no
 * text in that language, the fallback order is {@linkplain #FALLBACK_ORDER French, English, Spanish,
 * Italian} (ReSolution's working languages, French first because the form was written in French),
 * then any other language in alphabetical order of its code. A text is never empty and no language
 * holds a blank text.
 *
 * <p>In JSON a text is an object from language code to text: {@code {"fr": "...", "en": "..."}},
 * written in the fallback order.
 */
public final class LocalizedText {
  /** The languages tried, in this order, when the requested one has no text. */
  public static final List<Language> FALLBACK_ORDER =
      List.of(Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.ITALIAN);

  private static final Comparator<Language> CANONICAL =
      Comparator.comparingInt((Language l) -> rank(l)).thenComparing(Comparator.naturalOrder());

  private final ImmutableMap<Language, String> texts;

  private LocalizedText(Map<Language, String> texts) {
    checkArgument(!texts.isEmpty(), "a text needs at least one language, e.g. {\"fr\": \"...\"}");
    List<Language> languages = new ArrayList<>(texts.keySet());
    languages.sort(CANONICAL);
    ImmutableMap.Builder<Language, String> ordered = ImmutableMap.builder();
    for (Language language : languages) {
      String text = requireNonNull(texts.get(language), "text");
      checkArgument(
          !text.isBlank(), "the \"%s\" text is blank: give a text or leave the language out", language);
      ordered.put(language, text);
    }
    this.texts = ordered.build();
  }

  /** A text in a single language. */
  public static LocalizedText of(Language language, String text) {
    return new LocalizedText(Map.of(requireNonNull(language, "language"), requireNonNull(text, "text")));
  }

  /** A text in French only, the language the original ReSolution form is filled in. */
  public static LocalizedText fr(String text) {
    return of(Language.FRENCH, text);
  }

  /** A text in French and English, the two languages every ReSolution partner reads. */
  public static LocalizedText frEn(String french, String english) {
    return fr(french).with(Language.ENGLISH, english);
  }

  /** A text from language-to-text pairs. */
  public static LocalizedText of(Map<Language, String> texts) {
    return new LocalizedText(texts);
  }

  @JsonCreator
  static LocalizedText fromJson(Map<String, String> json) {
    Map<Language, String> texts = new LinkedHashMap<>();
    json.forEach((code, text) -> texts.put(Language.of(code), text));
    return new LocalizedText(texts);
  }

  /** This text with {@code text} in {@code language} added, or replacing the one it had. */
  public LocalizedText with(Language language, String text) {
    Map<Language, String> copy = new LinkedHashMap<>(texts);
    copy.put(requireNonNull(language, "language"), requireNonNull(text, "text"));
    return new LocalizedText(copy);
  }

  /**
   * The text in {@code language} or, when there is none, in the first language of
   * {@link #FALLBACK_ORDER} that has one, else in the first other language by code.
   */
  public String in(Language language) {
    String exact = texts.get(language);
    return exact != null ? exact : texts.values().iterator().next();
  }

  /** The text in the locale's language, with the same fallback as {@link #in(Language)}. */
  public String in(Locale locale) {
    String code = locale.getLanguage();
    return Language.isValid(code) ? in(Language.of(code)) : in(Language.FRENCH);
  }

  /** The text in {@code language}, without fallback. */
  public Optional<String> exactly(Language language) {
    return Optional.ofNullable(texts.get(language));
  }

  public boolean has(Language language) {
    return texts.containsKey(language);
  }

  /** The languages this text is written in, in fallback order. */
  public Set<Language> languages() {
    return texts.keySet();
  }

  /** Every language's text, in fallback order. */
  public Map<Language, String> texts() {
    return texts;
  }

  @JsonValue
  Map<String, String> toJson() {
    Map<String, String> json = new LinkedHashMap<>();
    texts.forEach((language, text) -> json.put(language.code(), text));
    return json;
  }

  private static int rank(Language language) {
    int index = FALLBACK_ORDER.indexOf(language);
    return index >= 0 ? index : FALLBACK_ORDER.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedText that && texts.equals(that.texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return texts.toString();
  }
}
