package eu.projectresolution.mobilisation.examples.report;

import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An indicator report cut into the sections a reader expects — the funnel, capture, outreach, welcome
 * and accompaniment, before and after, each rule set, targets, costs — in the report's own order. A
 * figure broken down by gender appears once, with its breakdown looked up beside it.
 */
public final class ReportSections {
  /** The genders of a breakdown, in the order columns show them. */
  public static final List<Gender> GENDERS = List.of(Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.UNDECLARED);

  private ReportSections() {}

  /** One section: its title and its figures (without their gender breakdowns). */
  public record Section(String key, String title, List<Figure> figures, boolean byGender) {
    public List<Figure> computable() {
      return figures.stream().filter(Figure::computable).toList();
    }

    public List<Figure> notComputable() {
      return figures.stream().filter(f -> !f.computable()).toList();
    }
  }

  /** The report's sections, titled in English. */
  public static List<Section> of(IndicatorReport report) {
    return of(report, ReportWords.ENGLISH);
  }

  /** The report's sections, titled in the language of {@code words}. */
  public static List<Section> of(IndicatorReport report, ReportWords words) {
    Map<String, List<Figure>> sections = new LinkedHashMap<>();
    for (Figure figure : report.figures()) {
      if (figure.gender().isPresent()) {
        continue;
      }
      sections.computeIfAbsent(key(figure, report), k -> new ArrayList<>()).add(figure);
    }
    List<Section> result = new ArrayList<>();
    sections.forEach((key, figures) -> {
      boolean byGender = figures.stream().anyMatch(f -> byGender(report, f, Gender.WOMAN).isPresent());
      result.add(new Section(key, titleOf(key, words), List.copyOf(figures), byGender));
    });
    return result;
  }

  /** The figure's value for one gender, if the report breaks it down. */
  public static Optional<Figure> byGender(IndicatorReport report, Figure figure, Gender gender) {
    return report.figure(figure.code().forGender(gender)).filter(f -> f.gender().isPresent());
  }

  private static String key(Figure figure, IndicatorReport report) {
    String rule = figure.rule().name();
    if (!rule.equals(report.figureDefinitions().name())) {
      String family = ReportLanguage.family(rule);
      for (RuleRef set : report.ruleSets()) {
        String setFamily = ReportLanguage.family(set.name());
        if (family.equals(setFamily) || family.startsWith(setFamily + ".")) {
          return "rules:" + setFamily;
        }
      }
      return "rules:" + family;
    }
    String code = figure.code().value();
    String first = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
    return switch (first) {
      case "welcomed", "referrals", "people_referred", "accompanied", "appointments" -> "reception";
      case "collaborative_actions", "site_events" -> "dynamic";
      case "target", "growth" -> "targets";
      default -> first;
    };
  }

  private static String titleOf(String key, ReportWords words) {
    if (words.holds("section." + key)) {
      return words.text("section." + key);
    }
    return key.startsWith("rules:") ? words.text("section.rules", key.substring("rules:".length())) : key;
  }
}
