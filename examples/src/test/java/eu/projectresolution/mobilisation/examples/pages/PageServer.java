package eu.projectresolution.mobilisation.examples.pages;

import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.http.ApiKeys;
import eu.projectresolution.mobilisation.examples.http.HttpApi;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** {@code serve}'s server with its pages, on stores in memory, for the pages' tests. */
public final class PageServer implements AutoCloseable {
  public static final String TOKEN = "pages-token-0123456789abcdef";

  private final HttpApi api;
  private final WebPages pages;

  private PageServer(HttpApi api, WebPages pages) {
    this.api = api;
    this.pages = pages;
  }

  /** The server, its pages in {@code language} until the reader picks another. */
  public static PageServer start(Locale language) {
    MobilisationStorage store = InMemoryStorage.create();
    ScenarioStores runs = new ScenarioStores() {
      @Override
      public Opened replace(eu.projectresolution.mobilisation.examples.scenario.Scenario scenario) {
        return new Opened(InMemoryStorage.create(), "in memory", () -> {});
      }

      @Override
      public Optional<Opened> existing(eu.projectresolution.mobilisation.examples.scenario.Scenario scenario) {
        return Optional.empty();
      }
    };
    AtomicReference<WebPages> pages = new AtomicReference<>();
    HttpApi api = HttpApi.start(MobilisationEngine.builder().storage(store).build(), ApiKeys.of(Map.of()), "127.0.0.1", 0,
        config -> pages.set(WebPages.register(config, new WebPages.Settings(language, TOKEN, store, runs))));
    return new PageServer(api, pages.get());
  }

  public int port() {
    return api.port();
  }

  /** The address {@code serve} prints: the home page with the token. */
  public String address() {
    return WebPages.address("127.0.0.1", port(), TOKEN);
  }

  /** A page's address, without the token (the browser shows its cookie). */
  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  @Override
  public void close() {
    api.close();
    pages.close();
  }
}
