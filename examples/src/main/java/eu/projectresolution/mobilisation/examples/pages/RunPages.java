package eu.projectresolution.mobilisation.examples.pages;

import static eu.projectresolution.mobilisation.examples.pages.Html.esc;

import eu.projectresolution.mobilisation.examples.pages.ScenarioRuns.State;
import eu.projectresolution.mobilisation.examples.pages.ScenarioRuns.Status;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;

/**
 * Running SIPA from a page: a form (scale, seed), then a page that loads itself again every second while
 * the replay runs, with how many records are done, until it links to the report.
 */
final class RunPages {
  /** The scales offered: small enough to watch, up to the real programme. */
  static final List<String> SCALES = List.of("0.005", "0.01", "0.02", "0.05", "0.1", "0.25", "0.5", "1");

  private final ScenarioRuns runs;

  RunPages(ScenarioRuns runs) {
    this.runs = runs;
  }

  void register(WebPages.Registrar pages) {
    pages.add(HandlerType.GET, "/run", this::form);
    pages.add(HandlerType.POST, "/run", this::start);
    pages.add(HandlerType.GET, "/run/status", this::status);
  }

  private void form(Context ctx, PageContext page) {
    WebPages.html(ctx, 200, page.page(page.text("run.title"), formHtml(page, null), 0, ""));
  }

  private String formHtml(PageContext page, String error) {
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(esc(page.text("run.intro"))).append("</p>\n");
    if (error != null) {
      html.append("<p class=\"error\" id=\"form-error\">").append(esc(error)).append("</p>\n");
    }
    NumberFormat number = NumberFormat.getNumberInstance(page.language());
    html.append("<form method=\"post\" action=\"/run\">\n")
        .append(Html.field("scale", page.text("run.scale"), "<select id=\"scale\" name=\"scale\">"
            + Html.options(SCALES, s -> s, s -> number.format(Double.parseDouble(s)) + " · " + page.text("run.people",
                number.format(Math.round(17_000 * Double.parseDouble(s)))), "0.01", null) + "</select>"))
        .append(Html.field("seed", page.text("run.seed"), Html.input("number", "seed", "1", "min=\"0\" step=\"1\"")))
        .append("<p class=\"note\">").append(esc(page.text("run.replaces"))).append("</p>\n")
        .append("<button type=\"submit\" id=\"start-run\">").append(esc(page.text("run.start"))).append("</button>\n</form>\n");
    runs.latest().ifPresent(latest -> html.append("<p><a id=\"latest-run\" href=\"/run/status\">")
        .append(esc(page.text("run.latest", latest.number()))).append("</a></p>\n"));
    return html.toString();
  }

  private void start(Context ctx, PageContext page) {
    double scale;
    long seed;
    try {
      scale = Double.parseDouble(ctx.formParam("scale"));
      seed = Long.parseLong(ctx.formParam("seed").strip());
    } catch (RuntimeException e) {
      WebPages.html(ctx, 400, page.page(page.text("run.title"), formHtml(page, page.text("run.bad_input")), 0, ""));
      return;
    }
    if (!ScenarioRuns.validScale(scale) || seed < 0) {
      WebPages.html(ctx, 400, page.page(page.text("run.title"), formHtml(page, page.text("run.bad_input")), 0, ""));
      return;
    }
    Optional<Long> started = runs.start(scale, seed);
    if (started.isEmpty()) {
      WebPages.html(ctx, 409, page.page(page.text("run.title"), formHtml(page, page.text("run.busy")), 0, ""));
      return;
    }
    WebPages.seeOther(ctx, "/run/status");
  }

  private void status(Context ctx, PageContext page) {
    Optional<Status> latest = runs.latest();
    if (latest.isEmpty()) {
      WebPages.html(ctx, 200, page.page(page.text("status.title"), "<p id=\"run-state\" data-state=\"none\">"
          + esc(page.text("status.none")) + " <a href=\"/run\">" + esc(page.text("run.start")) + "</a></p>\n", 0, ""));
      return;
    }
    Status run = latest.get();
    NumberFormat number = NumberFormat.getNumberInstance(page.language());
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(esc(page.text("status.what", run.number(), number.format(run.scale()), run.seed()))).append("</p>\n");
    String state = run.state().name().toLowerCase(java.util.Locale.ROOT);
    html.append("<p id=\"run-state\" data-state=\"").append(state).append("\">")
        .append(esc(page.text("status." + state))).append("</p>\n");
    if (run.total() > 0) {
      html.append("<progress id=\"run-progress\" max=\"").append(run.total()).append("\" value=\"").append(run.done()).append("\">")
          .append(run.done()).append("</progress>\n<p id=\"run-count\">")
          .append(esc(page.text("status.count", number.format(run.done()), number.format(run.total())))).append("</p>\n");
    } else if (run.state() == State.RUNNING) {
      html.append("<p id=\"run-count\">").append(esc(page.text("status.planning"))).append("</p>\n");
    }
    NumberFormat seconds = NumberFormat.getNumberInstance(page.language());
    seconds.setMaximumFractionDigits(1);
    run.took().ifPresent(took -> html.append("<p>").append(esc(page.text("status.took",
        seconds.format(took.toMillis() / 1000.0)))).append("</p>\n"));
    run.failure().ifPresent(why -> html.append("<p class=\"error\" id=\"run-failure\">").append(esc(why)).append("</p>\n"));
    if (run.state() == State.DONE) {
      html.append("<p><a id=\"open-report\" href=\"/report\">").append(esc(page.text("status.open_report"))).append("</a></p>\n");
    }
    if (run.state() != State.RUNNING) {
      html.append("<p><a href=\"/run\">").append(esc(page.text("status.again"))).append("</a></p>\n");
    }
    WebPages.html(ctx, 200, page.page(page.text("status.title"), html.toString(), run.state() == State.RUNNING ? 1 : 0, ""));
  }
}
