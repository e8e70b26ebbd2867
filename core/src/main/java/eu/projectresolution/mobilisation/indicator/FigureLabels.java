package eu.projectresolution.mobilisation.indicator;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import eu.projectresolution.mobilisation.programme.Language;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each figure of an indicator report counts, in the reader's language: a funder in Seville reads
 * the report of a programme in Montbéliard in Spanish. Codes, numbers and rules stay as they are; only
 * the labels change.
 *
 * <pre>{@code
 * IndicatorReport enFrançais = FigureLabels.of(Locale.FRENCH).translate(report);
 * }</pre>
 *
 * <p>The labels are resource bundles, {@code eu/projectresolution/mobilisation/indicator/figures*.properties}
 * (UTF-8), one key per figure code ({@code label.sipa.positive_exit_rate}) or per family of codes with a
 * {@code *} for the part that varies ({@code label.stage.*.entered}, where {@code {0}} stands for it). A
 * partner adds a language by putting its own {@code figures_xx.properties} on the classpath, and labels
 * its own rule sets' figures by adding their codes to it; a figure no bundle knows keeps the label its
 * rule set gave. A figure about something its programme declares and names (a before/after measure, a
 * follow-up moment: {@link Figure#subject()}) is labelled by its family's key with that name, in this
 * language if the programme gave it, in place of {@code {0}}. The same bundles say why a figure cannot be computed ({@code reason.*}: the engine's
 * English sentence as the pattern, its values as {@code {0}}, {@code {1}}) and name the columns of the
 * CSV export ({@code column.*}). {@link #SHIPPED} lists the languages the engine ships complete (a test fails if one of
 * them lacks a key).
 *
 * <p>The figures of each stage ({@code stage.job_club.entered}) name the stage as people name it: as the
 * pathway model labels it in the language ({@link PathwayModel#stageLabels()}), else by the bundle's name
 * for it ({@code stage.welcomed}: SIPA's stages), else by the model's label in another language, else by
 * its code. Labels built with {@link #of(Locale, PathwayModel)} know the model's labels:
 *
 * <pre>{@code
 * IndicatorReport enEspañol = FigureLabels.of(Locale.forLanguageTag("es"), engine.pathwayModel()).translate(report);
 * // stage.job_club.entered: "Personas que entraron en la etapa «club de empleo» durante el período"
 * }</pre>
 */
public final class FigureLabels {
  /** The languages the engine ships with every label. */
  public static final List<Locale> SHIPPED =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.ITALIAN);

  private static final String BUNDLE = "eu.projectresolution.mobilisation.indicator.figures";

  private final Locale locale;
  private final ResourceBundle bundle;
  /** The model whose stage labels name its stages; null when the labels were built without one. */
  private final PathwayModel model;
  /** The language a declaration's name is picked in. */
  private final Language language;

  private FigureLabels(Locale locale, ResourceBundle bundle, PathwayModel model) {
    this.locale = locale;
    this.bundle = bundle;
    this.model = model;
    this.language = Language.isValid(locale.getLanguage()) ? Language.of(locale) : Language.ENGLISH;
  }

  /**
   * The labels in {@code locale}'s language, or in English for a language no bundle holds (never in
   * the machine's default language: a report must not change with the server it runs on).
   */
  public static FigureLabels of(Locale locale) {
    requireNonNull(locale, "locale");
    ResourceBundle bundle = ResourceBundle.getBundle(
        BUNDLE, locale, FigureLabels.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new FigureLabels(locale, bundle, null);
  }

  /**
   * The labels in {@code locale}'s language (as {@link #of(Locale)}), naming the stages of {@code model}
   * as it labels them: a partner's own stages get their human name rather than their code.
   */
  public static FigureLabels of(Locale locale, PathwayModel model) {
    FigureLabels labels = of(locale);
    return new FigureLabels(labels.locale, labels.bundle, requireNonNull(model, "model"));
  }

  /**
   * What to call {@code stage} in this language: the model's label for it in this language, else the
   * bundle's name for it ({@code stage.welcomed}), else the model's label in English or another language,
   * else its code.
   */
  public String stageName(Stage stage) {
    requireNonNull(stage, "stage");
    return stageName(stage.name());
  }

  private String stageName(String code) {
    Optional<Stage> stage = model == null ? Optional.empty()
        : model.stages().stream().filter(s -> s.name().equals(code)).findFirst();
    Optional<String> declared = stage.flatMap(s -> Language.isValid(locale.getLanguage())
        ? model.declaredLabel(s, Language.of(locale.getLanguage())) : Optional.empty());
    return declared
        .or(() -> find("stage." + code))
        .orElseGet(() -> stage.map(s -> model.label(s, Language.ENGLISH)).orElse(code));
  }

  public Locale locale() {
    return locale;
  }

  /**
   * {@code report} with every figure's label in this language. In English, and in a language no
   * bundle holds, it is the report as the engine wrote it: the engine's own words are English, and its
   * labels say a little more than a bundle's (the year of a baseline, the figure a target is met by).
   */
  public IndicatorReport translate(IndicatorReport report) {
    if (bundle.getLocale().equals(Locale.ROOT)) {
      return report;
    }
    List<Figure> figures = new ArrayList<>(report.figures().size());
    for (Figure figure : report.figures()) {
      Figure.Builder translated = Figure.builder().from(figure).label(label(figure));
      figure.notComputableReason().ifPresent(reason -> translated.notComputableReason(reason(reason)));
      figures.add(translated.build());
    }
    return ((ImmutableIndicatorReport) ImmutableIndicatorReport.copyOf(report)).withFigures(figures);
  }

  /** What {@code figure} counts, in this language; the figure's own label if no bundle knows its code. */
  public String label(Figure figure) {
    String code = figure.code().value();
    if (figure.gender().isPresent()) {
      String suffix = "." + FigureCode.suffix(figure.gender().get());
      if (code.endsWith(suffix)) {
        code = code.substring(0, code.length() - suffix.length());
      }
    }
    Optional<String> label = labelOf(code, figure.subject());
    if (label.isEmpty()) {
      return figure.label();
    }
    return figure.gender().map(g -> label.get() + " (" + text("gender." + g.name()) + ")").orElse(label.get());
  }

  /**
   * The label of {@code code} in this language: its own key, else the key of its family, with the
   * varying part of the code in place of {@code {0}}; empty if no bundle knows it.
   */
  public Optional<String> labelOf(String code) {
    return labelOf(code, Map.of());
  }

  /**
   * The label of {@code code} in this language: its own key, else the key of its family with, in place
   * of {@code {0}}, {@code subject} (the name the programme gives what it declares, picked in this
   * language) or, if there is none, the varying part of the code; empty if no bundle knows it.
   *
   * <pre>{@code
   * FigureLabels.of(Locale.forLanguageTag("es")).labelOf("before_after.driving_licence.at_entry",
   *     Map.of(Language.SPANISH, "Tiene permiso de conducir"));
   * // "Tiene permiso de conducir a la entrada (personas acompañadas que salieron durante el periodo, ...)"
   * }</pre>
   */
  public Optional<String> labelOf(String code, Map<Language, String> subject) {
    requireNonNull(code, "code");
    requireNonNull(subject, "subject");
    Optional<String> exact = find("label." + code);
    if (exact.isPresent()) {
      return exact;
    }
    String[] parts = code.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      String[] family = parts.clone();
      family[i] = "*";
      Optional<String> pattern = find("label." + String.join(".", family));
      if (pattern.isPresent()) {
        // A declared figure carries the name its programme gave; the figures of a stage name it as
        // people do (stage.job_club.entered: 'job club').
        String part = !subject.isEmpty() ? language.pickFrom(subject)
            : i == 1 && parts[0].equals("stage") ? stageName(parts[i]) : parts[i];
        return Optional.of(pattern.get().replace("{0}", part));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code code} has a key of its own, rather than its family's. */
  boolean hasOwnLabel(String code) {
    return find("label." + code).isPresent();
  }

  /**
   * Why a figure cannot be computed, in this language: {@code reason} is the engine's English
   * sentence, matched against the English patterns of the {@code reason.*} keys; a reason none matches
   * is returned as it is.
   */
  public String reason(String reason) {
    requireNonNull(reason, "reason");
    for (ReasonPattern pattern : ReasonPattern.ENGLISH) {
      Matcher matched = pattern.regex().matcher(reason);
      Optional<String> translated = find(pattern.key());
      if (matched.matches() && translated.isPresent()) {
        String text = translated.get();
        for (int i = 1; i <= matched.groupCount(); i++) {
          text = text.replace("{" + (i - 1) + "}", matched.group(i));
        }
        return text;
      }
    }
    return reason;
  }

  /**
   * The header of the CSV export's column {@code column} (one of {@link IndicatorCsv#COLUMNS}) in this
   * language; in English, the column's identifier.
   */
  public String column(String column) {
    requireNonNull(column, "column");
    return find("column." + column).orElse(column);
  }

  /** An English reason sentence of the base bundle, as a regular expression capturing its values. */
  private record ReasonPattern(String key, Pattern regex) {
    static final List<ReasonPattern> ENGLISH = english();

    private static List<ReasonPattern> english() {
      ResourceBundle base = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, FigureLabels.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      List<ReasonPattern> patterns = new ArrayList<>();
      for (String key : base.keySet()) {
        if (key.startsWith("reason.")) {
          String regex = Pattern.quote(base.getString(key)).replaceAll("\\{\\d\\}", "\\\\E(.+?)\\\\Q");
          patterns.add(new ReasonPattern(key, Pattern.compile(regex)));
        }
      }
      // The longer sentence first: "no figure X is computed (its rule set...)" before "no figure X is computed".
      patterns.sort(Comparator.comparingInt((ReasonPattern p) -> p.regex().pattern().length()).reversed());
      return List.copyOf(patterns);
    }
  }

  private String text(String key) {
    return find(key).orElse(key);
  }

  private Optional<String> find(String key) {
    try {
      return Optional.of(bundle.getString(key));
    } catch (MissingResourceException missing) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "FigureLabels{" + locale + "}";
  }
}
