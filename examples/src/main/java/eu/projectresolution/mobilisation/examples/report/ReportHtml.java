package eu.projectresolution.mobilisation.examples.report;

import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import eu.projectresolution.mobilisation.programme.Programme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An indicator report as one self-contained HTML file to send to partners and funders, in their
 * language: a page that opens offline in any browser and prints cleanly, with the charts drawn inline
 * as SVG, then every figure by section with its value, what it was computed from and the rule that
 * computed it. The page is also well-formed XML (XHTML syntax), so that tools can read it.
 */
public final class ReportHtml {
  /** The style of the report's content, on screen and on paper; the web pages embed it with the report. */
  public static final String CONTENT_STYLE =
      """
      h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #1f4e79;\
      padding-bottom:.2rem}
      .meta{color:#555;font-size:.9rem}nav.toc ul{columns:2;font-size:.9rem;padding-left:1.2rem}
      figure{margin:1.5rem 0}figure svg{width:100%;height:auto}figcaption{font-size:.85rem;color:#555}
      table{border-collapse:collapse;width:100%;font-size:.88rem}th,td{border-bottom:1px solid #ddd;padding:.3rem .4rem;\
      vertical-align:top;text-align:left}th{background:#f3f6f9}td.n{text-align:right;white-space:nowrap}\
      code{font-size:.8rem;color:#1f4e79}
      ul.nc{font-size:.85rem;color:#666}footer{margin-top:2rem;font-size:.8rem;color:#777}
      @media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0;font-size:10pt;color:#000}\
      nav,.no-print{display:none}h2{break-after:avoid}figure,tr{break-inside:avoid}\
      section{break-before:auto}th{background:none;border-bottom:1.5pt solid #000}a{color:#000;text-decoration:none}\
      footer{color:#000}}
      """;

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;max-width:1000px;\
      padding:1.5rem;color:#222;line-height:1.4}
      """ + CONTENT_STYLE;

  private ReportHtml() {}

  /** The report as an HTML document, in English. */
  public static String of(IndicatorReport report) {
    return of(report, Locale.ENGLISH);
  }

  /**
   * The report as an HTML document in {@code locale}'s language (English for a language the program does
   * not ship): words, figures' labels, charts, numbers and dates. Codes and rule names stay as they are.
   */
  public static String of(IndicatorReport report, Locale locale) {
    return of(report, Optional.empty(), locale);
  }

  /**
   * As {@link #of(IndicatorReport, Locale)}, for the report of {@code programme}'s records: its heading names
   * the site by its name, and the programme's territory and the public employment service of its country pack.
   */
  public static String of(IndicatorReport report, Optional<Programme> programme, Locale locale) {
    ReportLanguage language = ReportLanguage.of(locale);
    StringBuilder html = new StringBuilder(256 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(language.locale().getLanguage())
        .append("\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape(language.text("title", report.programmeName()))).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append(body(report, programme, language))
        .append("<footer>").append(escape(language.text("footer"))).append("</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * The report without its document around it, for a page of its own (the web pages): its heading, its
   * table of contents, its charts and its sections, in {@code language}.
   */
  public static String body(IndicatorReport report, ReportLanguage language) {
    return body(report, Optional.empty(), language);
  }

  /** As {@link #body(IndicatorReport, ReportLanguage)}, for the report of {@code programme}'s records. */
  public static String body(IndicatorReport report, Optional<Programme> programme, ReportLanguage language) {
    ReportHeading heading = ReportHeading.of(report, programme);
    List<ReportCharts.Chart> charts = ReportCharts.of(report, language);
    List<ReportSections.Section> sections = ReportSections.of(report, language.reportWords());
    StringBuilder html = new StringBuilder(256 * 1024);
    html.append("<header>\n<h1>").append(escape(report.programmeName())).append("</h1>\n");
    heading.territory(language.reportWords()).ifPresent(territory ->
        html.append("<p class=\"meta\" id=\"report-territory\">").append(escape(territory)).append("</p>\n"));
    html.append("<p class=\"meta\" id=\"report-meta\">")
        .append(escape(language.text("meta.period", language.date(report.period().start()), language.date(report.period().end()))))
        .append(escape(heading.site().map(s -> language.text("meta.site", s)).orElse("")))
        .append(escape(report.channel().map(c -> language.text("meta.channel", language.channel(c))).orElse("")))
        .append(escape(report.targetGroup().map(g -> language.text("meta.target_group", language.targetGroup(g))).orElse("")))
        .append(escape(language.text("meta.computed", language.moment(report.computedAt()), rules(report, language))))
        .append("</p>\n</header>\n");

    html.append("<nav class=\"toc\">\n<ul>\n<li><a href=\"#charts\">").append(escape(language.text("nav.charts")))
        .append("</a></li>\n");
    for (ReportSections.Section section : sections) {
      html.append("<li><a href=\"#").append(anchor(section)).append("\">").append(escape(section.title())).append("</a></li>\n");
    }
    html.append("</ul>\n</nav>\n");

    html.append("<section id=\"charts\">\n<h2>").append(escape(language.text("nav.charts"))).append("</h2>\n");
    for (ReportCharts.Chart chart : charts) {
      html.append("<figure id=\"").append(chart.id()).append("\">\n").append(chart.svg()).append('\n')
          .append("<figcaption>").append(escape(language.text("caption", chart.title()))).append("</figcaption>\n</figure>\n");
    }
    html.append("</section>\n");

    for (ReportSections.Section section : sections) {
      html.append("<section id=\"").append(anchor(section)).append("\">\n<h2>").append(escape(section.title())).append("</h2>\n");
      if (!section.computable().isEmpty()) {
        table(html, report, section, language);
      }
      if (!section.notComputable().isEmpty()) {
        html.append("<ul class=\"nc\">\n");
        for (Figure figure : section.notComputable()) {
          html.append("<li><code>").append(escape(figure.code().value())).append("</code> ")
              .append(escape(language.label(figure))).append(": ").append(escape(language.text("not_computable")))
              .append(" (").append(escape(figure.notComputableReason().orElse(""))).append(")</li>\n");
        }
        html.append("</ul>\n");
      }
      html.append("</section>\n");
    }
    return html.toString();
  }

  private static void table(StringBuilder html, IndicatorReport report, ReportSections.Section section, ReportLanguage language) {
    html.append("<table>\n<thead><tr><th>").append(escape(language.text("column.code"))).append("</th><th>")
        .append(escape(language.text("column.figure"))).append("</th><th>").append(escape(language.text("column.value")))
        .append("</th>");
    if (section.byGender()) {
      for (Gender gender : ReportSections.GENDERS) {
        html.append("<th>").append(escape(language.reportWords().text("gender." + gender.name()))).append("</th>");
      }
    } else {
      html.append("<th>").append(escape(language.text("column.computed_from"))).append("</th>");
    }
    html.append("<th>").append(escape(language.text("column.rule"))).append("</th></tr></thead>\n<tbody>\n");
    for (Figure figure : section.computable()) {
      html.append("<tr><td><code>").append(escape(figure.code().value())).append("</code></td><td>")
          .append(escape(language.label(figure))).append("</td><td class=\"n\">").append(escape(language.value(figure)))
          .append("</td>");
      if (section.byGender()) {
        for (Gender gender : ReportSections.GENDERS) {
          html.append("<td class=\"n\">")
              .append(escape(ReportSections.byGender(report, figure, gender).map(language::value).orElse("")))
              .append("</td>");
        }
      } else {
        html.append("<td class=\"n\">").append(escape(language.ofWhat(figure))).append("</td>");
      }
      html.append("<td><code>").append(escape(figure.rule().name() + " v" + figure.rule().version())).append("</code></td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static String rules(IndicatorReport report, ReportLanguage language) {
    List<String> all = new ArrayList<>();
    all.add(report.figureDefinitions().name() + " v" + report.figureDefinitions().version());
    for (RuleRef set : report.ruleSets()) {
      all.add(language.ruleSet(set));
    }
    return all.stream().collect(Collectors.joining(", "));
  }

  private static String anchor(ReportSections.Section section) {
    return "section-" + section.key().replaceAll("[^a-z0-9]+", "-");
  }

  /** Text safe inside an element or an attribute. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
