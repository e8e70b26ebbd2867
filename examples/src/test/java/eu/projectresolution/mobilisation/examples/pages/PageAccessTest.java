package eu.projectresolution.mobilisation.examples.pages;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Only whoever has the address {@code serve} printed uses the pages: the token becomes a strict cookie
 * and leaves the address; a form posted from another site is refused; the log names routes, never what
 * an address or a form said.
 */
class PageAccessTest {
  private static PageServer server;
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    server = PageServer.start(Locale.FRENCH);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(server.url(path))).GET();
  }

  @Test
  void withoutTheTokenEveryPageIsRefusedInThePagesLanguage() throws Exception {
    for (String path : new String[] {"/", "/run", "/report", "/toolkit", "/sheets/validate", "/transfer", "/?token=not-the-right-one"}) {
      HttpResponse<String> page = send(get(path));
      assertThat(page.statusCode()).as(path).isEqualTo(401);
      assertThat(page.body()).as(path).contains("id=\"access-refused\"", "lang=\"fr\"", "Ouvrez les pages depuis leur adresse");
    }
  }

  @Test
  void theTokenBecomesAStrictCookieAndLeavesTheAddress() throws Exception {
    HttpResponse<String> first = send(get("/run?token=" + PageServer.TOKEN));

    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(first.headers().firstValue("Location")).hasValue("/run");
    String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mobilisation_pages=")).findFirst()
        .orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");

    HttpResponse<String> next = send(get("/run").header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(next.body()).contains("Lancer SIPA", "id=\"start-run\"");
  }

  @Test
  void aFormPostedFromAnotherSiteIsRefusedAndStartsNothing() throws Exception {
    HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(server.url("/run")))
        .header("Cookie", "mobilisation_pages=" + PageServer.TOKEN)
        .header("Origin", "http://elsewhere.example")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("scale=0.005&seed=1")));

    assertThat(post.statusCode()).isEqualTo(403);
    HttpResponse<String> status = send(get("/run/status").header("Cookie", "mobilisation_pages=" + PageServer.TOKEN));
    assertThat(status.body()).contains("data-state=\"none\"");
  }

  @Test
  void theLogNamesTheRouteNeverTheTokenNorWhatWasAsked() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.setContext(context);
    log.start();
    root.addAppender(log);
    root.setLevel(Level.INFO);
    try {
      send(get("/?token=" + PageServer.TOKEN));
      send(get("/toolkit?q=Montbeliard-secret-words").header("Cookie", "mobilisation_pages=" + PageServer.TOKEN));
      send(get("/toolkit/sheets/sipa-montbeliard").header("Cookie", "mobilisation_pages=" + PageServer.TOKEN));
    } finally {
      root.detachAppender(log);
      root.setLevel(level);
    }
    String written = String.join("\n", log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    assertThat(written).contains("page GET /toolkit 200", "page GET /toolkit/sheets/{sheetId} 200");
    assertThat(written).doesNotContain(PageServer.TOKEN, "secret-words", "sipa-montbeliard");
  }
}
