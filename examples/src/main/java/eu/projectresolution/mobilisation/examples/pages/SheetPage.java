package eu.projectresolution.mobilisation.examples.pages;

import static eu.projectresolution.mobilisation.examples.pages.Html.esc;

import eu.projectresolution.mobilisation.practice.Implementation;
import eu.projectresolution.mobilisation.practice.Initiative;
import eu.projectresolution.mobilisation.practice.LocalizedText;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.ResultStatement;
import eu.projectresolution.mobilisation.practice.SignatureTool;
import eu.projectresolution.mobilisation.programme.Language;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/** A practice sheet as a page, section by section as the ReSolution form lays it out, in one language. */
final class SheetPage {
  private SheetPage() {}

  static String html(PracticeSheet sheet, Language language, PageContext page, ToolkitPages.Words w) {
    Initiative initiative = sheet.initiative();
    Implementation implementation = sheet.implementation();
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.language());
    StringBuilder html = new StringBuilder("<article id=\"sheet\" data-sheet=\"").append(esc(sheet.id().value())).append("\">\n");
    html.append("<h2>").append(esc(page.text("sheet.organisation"))).append("</h2>\n<p>")
        .append(esc(sheet.organisation().name())).append(", ").append(esc(sheet.organisation().city())).append(" (")
        .append(esc(sheet.organisation().country())).append(")</p>\n");
    html.append("<h2>").append(esc(page.text("sheet.initiative"))).append("</h2>\n<dl>\n")
        .append(item(page.text("sheet.domains"), initiative.domains().stream().map(w::name).collect(Collectors.joining(", "))))
        .append(item(page.text("sheet.coverage"), w.name(initiative.coverage())))
        .append(item(page.text("sheet.period"), page.text("sheet.from_to", date.format(initiative.period().start()),
            date.format(initiative.period().end()))));
    if (!initiative.territoryTypes().isEmpty()) {
      html.append(item(page.text("sheet.territories"), initiative.territoryTypes().stream().map(w::name).collect(Collectors.joining(", "))));
    }
    html.append("</dl>\n<p id=\"sheet-summary\">").append(esc(initiative.summary().in(language))).append("</p>\n");
    html.append("<h2>").append(esc(page.text("sheet.implementation"))).append("</h2>\n<dl>\n")
        .append(item(page.text("sheet.target_groups"), implementation.targetGroups().stream().map(w::name).collect(Collectors.joining(", "))))
        .append("</dl>\n")
        .append(list(page.text("sheet.objectives"), implementation.objectives(), language))
        .append(list(page.text("sheet.activities"), implementation.keyActivities(), language))
        .append(list(page.text("sheet.tools"), implementation.signatureTools().stream().map(SignatureTool::name).toList(), language));
    html.append("<h2>").append(esc(page.text("sheet.impact"))).append("</h2>\n")
        .append(list(page.text("sheet.results"), sheet.impact().results().stream().map(ResultStatement::text).toList(), language));
    html.append("<h2>").append(esc(page.text("sheet.transferability"))).append("</h2>\n")
        .append(list(page.text("sheet.essentials"), sheet.transferability().essentialElements(), language))
        .append(list(page.text("sheet.enabling"), sheet.transferability().enablingCriteria(), language));
    if (!sheet.transferability().whereApplied().isEmpty()) {
      html.append("<h3>").append(esc(page.text("sheet.applied"))).append("</h3>\n<ul>\n");
      sheet.transferability().whereApplied().forEach(p -> html.append("<li>").append(esc(p.place())).append(" (")
          .append(esc(p.country())).append(")</li>\n"));
      html.append("</ul>\n");
    }
    return html.append("</article>\n").toString();
  }

  private static String item(String term, String value) {
    return "<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>\n";
  }

  private static String list(String title, List<LocalizedText> texts, Language language) {
    if (texts.isEmpty()) {
      return "";
    }
    return "<h3>" + esc(title) + "</h3>\n<ul>\n"
        + texts.stream().map(t -> "<li>" + esc(t.in(language)) + "</li>\n").collect(Collectors.joining()) + "</ul>\n";
  }
}
