package eu.projectresolution.mobilisation.examples.pages;

import static eu.projectresolution.mobilisation.examples.pages.Html.esc;

import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.report.ReportHtml;
import eu.projectresolution.mobilisation.indicator.FigureLabels;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.examples.report.ReportLanguage;
import eu.projectresolution.mobilisation.examples.sipa.SipaMontbeliard;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.indicator.ReportResult;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.TargetGroup;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.Site;
import eu.projectresolution.mobilisation.programme.SiteId;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The indicator report of the SIPA records (a run from the page, else a run from the command line), with
 * its charts, narrowed by the form above it to a period, a site, a capture channel or a target group.
 */
final class ReportPage {
  private static final SipaMontbeliard SIPA = new SipaMontbeliard();

  private final ScenarioRuns runs;
  private final ScenarioStores stores;

  ReportPage(ScenarioRuns runs, ScenarioStores stores) {
    this.runs = runs;
    this.stores = stores;
  }

  void register(WebPages.Registrar pages) {
    pages.add(HandlerType.GET, "/report", this::report);
  }

  private void report(Context ctx, PageContext page) {
    Optional<ScenarioStores.Opened> kept = runs.keptStore();
    Optional<ScenarioStores.Opened> earlier = kept.isPresent() ? Optional.empty() : stores.existing(SIPA);
    try {
      Optional<ScenarioStores.Opened> store = kept.or(() -> earlier);
      Optional<Programme> programme = store.flatMap(s -> engine(s).programme(SipaMontbeliard.TENANT, SipaProgramme.ID));
      if (store.isEmpty() || programme.isEmpty()) {
        WebPages.html(ctx, 200, page.page(page.text("report.title"), "<p id=\"no-records\">" + esc(page.text("report.none"))
            + " <a href=\"/run\">" + esc(page.text("run.start")) + "</a></p>\n", 0, ""));
        return;
      }
      show(ctx, page, engine(store.get()), programme.get());
    } finally {
      earlier.ifPresent(ScenarioStores.Opened::close);
    }
  }

  private static MobilisationEngine engine(ScenarioStores.Opened store) {
    return MobilisationEngine.builder().storage(store.storage()).build();
  }

  private void show(Context ctx, PageContext page, MobilisationEngine engine, Programme programme) {
    List<String> errors = new ArrayList<>();
    ReportScope.Builder scope = ReportScope.builder().programmeId(programme.id());
    date(ctx, "from", page, errors).ifPresent(scope::start);
    date(ctx, "to", page, errors).ifPresent(scope::end);
    String site = blankless(ctx.queryParam("site"));
    if (site != null) {
      SiteId id = parse(site, SiteId::of);
      (id == null ? Optional.<Site>empty() : programme.site(id)).ifPresentOrElse(s -> scope.site(s.id()),
          () -> errors.add(page.text("report.unknown", page.text("report.site"))));
    }
    String channel = blankless(ctx.queryParam("channel"));
    if (channel != null) {
      enumValue(CaptureChannel.class, channel).ifPresentOrElse(scope::channel,
          () -> errors.add(page.text("report.unknown", page.text("report.channel"))));
    }
    String group = blankless(ctx.queryParam("group"));
    if (group != null) {
      enumValue(TargetGroup.class, group).ifPresentOrElse(scope::targetGroup,
          () -> errors.add(page.text("report.unknown", page.text("report.group"))));
    }
    ReportLanguage language = ReportLanguage.of(page.language());
    StringBuilder html = new StringBuilder(form(ctx, page, programme, language));
    int status = 200;
    if (!errors.isEmpty()) {
      status = 400;
      errors.forEach(e -> html.append("<p class=\"error\">").append(esc(e)).append("</p>\n"));
    } else {
      ReportResult result;
      try {
        result = engine.indicatorReport(SipaMontbeliard.TENANT, scope.build());
      } catch (IllegalArgumentException e) {
        result = null;
        status = 400;
        html.append("<p class=\"error\">").append(esc(e.getMessage())).append("</p>\n");
      }
      if (result != null && result.refused()) {
        status = 400;
        html.append("<p class=\"error\" id=\"report-refused\">").append(esc(result.refusal().orElseThrow().message())).append("</p>\n");
      } else if (result != null) {
        // Translated first, as the report command does: the reasons a figure cannot be computed come in English.
        IndicatorReport report = FigureLabels.of(language.locale()).translate(result.orElseThrow());
        html.append("<div class=\"report\" id=\"report\">\n").append(ReportHtml.body(report, Optional.of(programme), language)).append("</div>\n");
      }
    }
    WebPages.html(ctx, status, page.page(page.text("report.title"), html.toString(), 0, ReportHtml.CONTENT_STYLE));
  }

  private static String form(Context ctx, PageContext page, Programme programme, ReportLanguage language) {
    return "<form method=\"get\" action=\"/report\" class=\"grid\" id=\"report-scope\">\n"
        + Html.field("from", page.text("report.from"), Html.input("date", "from", ctx.queryParam("from"),
            "min=\"" + programme.period().start() + "\" max=\"" + programme.period().end() + "\""))
        + Html.field("to", page.text("report.to"), Html.input("date", "to", ctx.queryParam("to"),
            "min=\"" + programme.period().start() + "\" max=\"" + programme.period().end() + "\""))
        + Html.field("site", page.text("report.site"), "<select id=\"site\" name=\"site\">"
            + Html.options(programme.sites(), s -> s.id().value(), Site::name, ctx.queryParam("site"), page.text("report.all"))
            + "</select>")
        + Html.field("channel", page.text("report.channel"), "<select id=\"channel\" name=\"channel\">"
            + Html.options(Arrays.asList(CaptureChannel.values()), Enum::name, language::channel, ctx.queryParam("channel"),
                page.text("report.all")) + "</select>")
        + Html.field("group", page.text("report.group"), "<select id=\"group\" name=\"group\">"
            + Html.options(Arrays.asList(TargetGroup.values()), Enum::name, language::targetGroup, ctx.queryParam("group"),
                page.text("report.all")) + "</select>")
        + "<div class=\"field\"><button type=\"submit\" id=\"narrow\">" + esc(page.text("report.narrow")) + "</button></div>\n"
        + "</form>\n";
  }

  private static Optional<LocalDate> date(Context ctx, String name, PageContext page, List<String> errors) {
    String value = blankless(ctx.queryParam(name));
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      errors.add(page.text("report.bad_date", page.text("report." + name)));
      return Optional.empty();
    }
  }

  private static <T> T parse(String value, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
  }

  static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
