package eu.projectresolution.mobilisation.examples.pages;

import static eu.projectresolution.mobilisation.examples.pages.Html.esc;

import eu.projectresolution.mobilisation.port.MobilisationStorage;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages for toolkit authors, served by {@code serve} beside the JSON API: run SIPA and watch it, its
 * indicator report narrowed as asked, the toolkit of practice sheets with its search and ranking, a
 * sheet's page, the check of an uploaded sheet, and the transferability of SIPA to a context filled in
 * a form. Plain HTML written by the server, in English, French, Spanish or Italian, with nothing fetched
 * from elsewhere and no script.
 *
 * <p>Only whoever opened the address printed at start may use them ({@link PageAccess}). The log has one
 * line per page: method, route (its template), status and time; never a query, a form or a file.
 */
public final class WebPages implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebPages.class);

  /**
   * How the pages run.
   *
   * @param language the pages' language until the reader chooses another
   * @param token the secret of the pages' address (see {@link PageAccess})
   * @param toolkitStore where the toolkit's practice sheets are kept
   * @param scenarioStores where runs from the page keep their records
   */
  public record Settings(Locale language, String token, MobilisationStorage toolkitStore, ScenarioStores scenarioStores) {}

  /** What a page does: it writes its answer on {@code ctx}, in the reader's language. */
  @FunctionalInterface
  interface PageHandler {
    void handle(Context ctx, PageContext page);
  }

  /** Registers a page at a path. */
  @FunctionalInterface
  interface Registrar {
    void add(HandlerType method, String path, PageHandler handler);
  }

  private final Settings settings;
  private final PageAccess access;
  private final ScenarioRuns runs;

  private WebPages(Settings settings) {
    this.settings = settings;
    this.access = new PageAccess(settings.token());
    this.runs = new ScenarioRuns(settings.scenarioStores());
  }

  /**
   * Checks a secret for the pages' address before a server is started with it.
   *
   * @throws IllegalArgumentException if it is too short to be a secret, saying what a token must be
   */
  public static void checkToken(String token) {
    new PageAccess(token);
  }

  /** A new random secret for the pages' address. */
  public static String newToken() {
    return PageAccess.newToken();
  }

  /**
   * Adds the pages to the server being configured.
   *
   * @throws IllegalArgumentException if the token is too short to be a secret
   */
  public static WebPages register(JavalinConfig config, Settings settings) {
    WebPages pages = new WebPages(settings);
    Registrar registrar = (method, path, handler) ->
        config.routes.addHttpHandler(method, path, ctx -> pages.answer(ctx, path, handler));
    registrar.add(HandlerType.GET, "/", pages::home);
    new RunPages(pages.runs).register(registrar);
    new ReportPage(pages.runs, settings.scenarioStores()).register(registrar);
    new ToolkitPages(settings.toolkitStore()).register(registrar);
    new TransferPage().register(registrar);
    return pages;
  }

  /** The address to open first: the pages' home with the token, which the browser then trades for a cookie. */
  public static String address(String host, int port, String token) {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/?" + PageAccess.TOKEN + "=" + token;
  }

  private void answer(Context ctx, String route, PageHandler handler) {
    long start = System.nanoTime();
    switch (access.decide(ctx)) {
      case REDIRECT_WITHOUT_TOKEN -> ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER);
      case UNAUTHORIZED -> refuse(ctx, 401, "access.unauthorized");
      case FORBIDDEN -> refuse(ctx, 403, "access.forbidden");
      case ALLOW -> {
        PageContext page = new PageContext(PageAccess.language(ctx, settings.language()), ctx.path(), ctx.queryParamMap());
        try {
          handler.handle(ctx, page);
        } catch (RuntimeException e) {
          // Its message might quote what the form said: the log names the type, the details go to debug.
          LOG.error("page {} {} failed: {} (run with --verbose for the details)", ctx.method(), route, e.getClass().getName());
          LOG.debug("Page failure", e);
          html(ctx, 500, page.page(page.text("failure.title"), "<p class=\"error\">" + esc(page.text("failure.text")) + "</p>", 0, ""));
        }
      }
    }
    LOG.info("page {} {} {} {} ms", ctx.method(), route, ctx.status().getCode(), (System.nanoTime() - start) / 1_000_000);
  }

  private void refuse(Context ctx, int status, String key) {
    PageContext page = new PageContext(PageAccess.language(ctx, settings.language()), ctx.path(), Map.of());
    html(ctx, status, page.page(page.text(key + ".title"), "<p class=\"error\" id=\"access-refused\">"
        + esc(page.text(key + ".text")) + "</p>", 0, ""));
  }

  private void home(Context ctx, PageContext page) {
    StringBuilder html = new StringBuilder("<p>").append(esc(page.text("home.intro"))).append("</p>\n<ul class=\"home\">\n");
    for (String item : List.of("run", "report", "toolkit", "validate", "transfer")) {
      String path = switch (item) {
        case "validate" -> "/sheets/validate";
        default -> "/" + item;
      };
      html.append("<li><a href=\"").append(path).append("\">").append(esc(page.text("menu." + item))).append("</a>: ")
          .append(esc(page.text("home." + item))).append("</li>\n");
    }
    html.append("</ul>\n");
    html(ctx, 200, page.page(page.text("home.title"), html.toString(), 0, ""));
  }

  /** Writes a page. */
  static void html(Context ctx, int status, String html) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(html);
  }

  /** Sends the browser to another page after a form: it loads that page, and a reload does not post again. */
  static void seeOther(Context ctx, String path) {
    ctx.redirect(path, HttpStatus.SEE_OTHER);
  }

  /** Stops the runs under way and closes the store the latest run kept. */
  @Override
  public void close() {
    runs.close();
  }
}
