package eu.projectresolution.mobilisation.examples.report;

import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.examples.i18n.WordBundle;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.FigureLabels;
import eu.projectresolution.mobilisation.indicator.TargetGroup;
import eu.projectresolution.mobilisation.indicator.Unit;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import eu.projectresolution.mobilisation.pathway.Stage;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML report's language: its words ({@code report_html*.properties}), the figures' labels with
 * human names where the engine's own labels name a step, a stage or a channel by its internal name, and
 * numbers and dates written as a reader of the language writes them (17 000 personnes, 46,4 %,
 * 31 août 2019).
 */
public final class ReportLanguage {
  private static final String BUNDLE = "eu.projectresolution.mobilisation.examples.report.report_html";

  /** The codes whose label names a stage or a channel: {@code funnel.welcomed}, {@code stage.exited.at_end}... */
  private static final Pattern STAGE_CODE = Pattern.compile("(funnel)\\.([a-z_]+)(\\.conversion)?|(stage)\\.([a-z_]+)\\.(entered|at_end)");
  private static final Pattern CHANNEL_CODE = Pattern.compile("captured\\.channel\\.([a-z_]+)");

  private final WordBundle words;
  private final FigureLabels labels;
  private final ReportWords reportWords;
  /** English, or a language no bundle holds: the engine's own labels, which say a little more. */
  private final boolean engineLabels;

  private ReportLanguage(Locale locale) {
    this.words = WordBundle.of(BUNDLE, locale);
    this.labels = FigureLabels.of(locale);
    this.reportWords = ReportWords.of(locale);
    this.engineLabels = FigureLabels.SHIPPED.stream()
        .noneMatch(l -> !l.getLanguage().equals("en") && l.getLanguage().equals(locale.getLanguage()));
  }

  /** The report's language for {@code locale}; English for a language no bundle holds. */
  public static ReportLanguage of(Locale locale) {
    return new ReportLanguage(locale);
  }

  /** The language asked for, which also writes the numbers and dates. */
  public Locale locale() {
    return words.locale();
  }

  /** A word of the HTML report. */
  public String text(String key, Object... values) {
    return words.text(key, values);
  }

  /** The words around the text report's figures (section titles, genders), in the same language. */
  ReportWords reportWords() {
    return reportWords;
  }

  /** What {@code figure} counts, with a stage or channel named as people name it rather than by its code. */
  public String label(Figure figure) {
    String code = figure.code().value();
    if (figure.gender().isPresent()) {
      return engineLabels ? figure.label() : labels.label(figure);
    }
    Matcher stage = STAGE_CODE.matcher(code);
    if (stage.matches() && !code.equals("funnel.captured")) {
      String name = stage.group(2) != null ? stage.group(2) : stage.group(5);
      String family = stage.group(1) != null
          ? "funnel.{0}" + (stage.group(3) == null ? "" : ".conversion")
          : "stage.{0}." + stage.group(6);
      Optional<String> pattern = labels.labelOf(family);
      if (pattern.isPresent()) {
        return pattern.get().replace("{0}", words.textOr("stage." + name, labels.stageName(Stage.of(name))));
      }
    }
    Matcher channel = CHANNEL_CODE.matcher(code);
    if (channel.matches()) {
      Optional<String> pattern = labels.labelOf("captured.channel.{0}");
      String name = channel.group(1).toUpperCase(Locale.ROOT);
      if (pattern.isPresent()) {
        return pattern.get().replace("{0}", words.textOr("channel." + name, name));
      }
    }
    return engineLabels ? figure.label() : labels.label(figure);
  }

  /** A capture channel as people name it: "Door to door", "Puerta a puerta". */
  public String channel(CaptureChannel channel) {
    return words.text("channel." + channel.name());
  }

  /** A target group as people name it: "Women", "Mujeres". */
  public String targetGroup(TargetGroup group) {
    return words.text("target_group." + group.name());
  }

  /** A rule set as readers know it: "ESF+ v1", "France IAE v2". */
  public String ruleSet(RuleRef set) {
    String family = family(set.name());
    String name = words.textOr("rule_set." + family, family);
    String definition = set.name().length() > family.length() ? " (" + set.name().substring(family.length() + 1) + ")" : "";
    return name + definition + " v" + set.version();
  }

  /**
   * The rule set (or rule) a name belongs to, without the definition a host chose for it: {@code
   * esf-plus:accompaniment_started} and {@code esf-plus} are both ESF+, drawn and titled as such.
   */
  static String family(String ruleName) {
    int definition = ruleName.indexOf(':');
    return definition < 0 ? ruleName : ruleName.substring(0, definition);
  }

  /** A day, in full: "31 August 2019", "31 août 2019", "31 de agosto de 2019". */
  public String date(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
  }

  /** A moment, as its day and its time in UTC. */
  public String moment(Instant instant) {
    return date(instant.atZone(ZoneOffset.UTC).toLocalDate())
        + " " + DateTimeFormatter.ofPattern("HH:mm 'UTC'", locale()).format(instant.atZone(ZoneOffset.UTC));
  }

  /** The figure's value with its unit, or n/c. */
  public String value(Figure figure) {
    if (figure.value().isEmpty()) {
      return words.text("not_computable");
    }
    BigDecimal value = figure.value().get();
    return switch (figure.unit()) {
      case PEOPLE, RECORDS -> number(value);
      case PERCENT, PERCENT_OF_TARGET -> decimal(value, 1) + " %";
      case PERCENT_CHANGE -> (value.signum() > 0 ? "+" : "") + decimal(value, 1) + " %";
      case AVERAGE -> decimal(value, 2);
      case MONEY -> money(value, figure);
    };
  }

  /** "249 of 537" in the language; empty when the figure is a plain count. */
  public String ofWhat(Figure figure) {
    if (figure.numerator().isEmpty() || figure.denominator().isEmpty()) {
      return "";
    }
    BigDecimal numerator = figure.numerator().get();
    BigDecimal denominator = figure.denominator().get();
    if (figure.unit() == Unit.MONEY) {
      return money(numerator, figure) + " / " + number(denominator);
    }
    String separator = figure.unit() == Unit.AVERAGE || figure.unit() == Unit.PERCENT_CHANGE
        ? " / " : " " + reportWords.text("of") + " ";
    return number(numerator) + separator + number(denominator);
  }

  /** A count, or a number with two decimals when it is not whole. */
  public String number(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 0 ? decimal(value, 0) : decimal(value, 2);
  }

  private String decimal(BigDecimal value, int digits) {
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(value);
  }

  private String money(BigDecimal amount, Figure figure) {
    return figure.currency().map(c -> c.getCurrencyCode() + " ").orElse("") + decimal(amount, 2);
  }
}
