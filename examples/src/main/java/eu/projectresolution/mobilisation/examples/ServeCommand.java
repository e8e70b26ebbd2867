package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.http.ApiKeys;
import eu.projectresolution.mobilisation.examples.http.HttpApi;
import eu.projectresolution.mobilisation.examples.pages.ScenarioStores;
import eu.projectresolution.mobilisation.examples.pages.WebPages;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the engine's commands and queries as a JSON API over HTTP, for partner systems in any
 * language, and web pages for toolkit authors on the same server.
 */
@Command(
    name = "serve",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Starts a web server with the engine's commands and queries as a JSON API (described at /openapi.json), "
          + "on the same store as the other commands (schema " + ServeCommand.SCHEMA + "). Each partner organisation "
          + "calls it with its own API key and sees only its own records. The same server has web pages for toolkit "
          + "authors (run SIPA, its report, the toolkit of practice sheets, sheet checks, transferability), at the "
          + "address it prints, whose secret token only the person who started it knows. Stop it with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  /** The schema of the API's records on a database, apart from the scenarios'. */
  static final String SCHEMA = "http_api";

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "<address>",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface, "
          + "behind a proxy that adds TLS).")
  String host;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "<port>",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--api-key", paramLabel = "<tenant>=<key>",
      description = "A partner organisation and its secret API key (at least 16 characters); repeat for each. "
          + "Requests give it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'. Without any, the API "
          + "answers every request with 401 and only the web pages are of use.")
  Map<String, String> apiKeys = new LinkedHashMap<>();

  @Option(names = "--connections", defaultValue = "10", paramLabel = "<n>",
      description = "Database connections, the most requests the store serves at once (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(names = "--pages-token", paramLabel = "<token>", defaultValue = "${env:MOBILISATION_PAGES_TOKEN}",
      description = "The secret in the web pages' address (at least 16 characters; default: "
          + "$MOBILISATION_PAGES_TOKEN, else a new random one at each start).")
  String pagesToken;

  @Mixin StoreOptions storeOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Words words = Main.words(spec);
    ApiKeys keys = keys(words);
    // The program's --language is the pages' language until the reader picks another on a page.
    Locale pagesLanguage = words.locale();
    String token = pagesToken == null || pagesToken.isBlank() ? WebPages.newToken() : pagesToken;
    try {
      WebPages.checkToken(token);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure("--pages-token: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    try (Store store = storeOptions.open(SCHEMA, false, Math.max(1, connections), words)) {
      MobilisationEngine engine = MobilisationEngine.builder().storage(store.storage()).build();
      WebPages.Settings settings = new WebPages.Settings(pagesLanguage, token, store.storage(), scenarioStores());
      AtomicReference<WebPages> pages = new AtomicReference<>();
      HttpApi api;
      try {
        api = HttpApi.start(engine, keys, host, port, config -> pages.set(WebPages.register(config, settings)));
      } catch (RuntimeException e) {
        throw new CommandFailure(words.text("serve.cannot_listen", host, port, e.getMessage()), e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        api.close();
        pages.get().close();
        stopped.countDown();
      }, "http-api-stop"));
      out.println(words.text("serve.serving", host, api.port(), store.description(words),
          apiKeys.isEmpty() ? words.text("serve.no_tenant") : String.join(", ", apiKeys.keySet())));
      // On the screen only, never in the log: whoever has this address may use the pages.
      out.println(words.text("serve.pages", WebPages.address(host, api.port(), token)));
      out.flush();
      stopped.await();
    }
    return 0;
  }

  /** Runs from the pages keep their records where 'run' does: the scenario's schema of the same store. */
  private ScenarioStores scenarioStores() {
    return new ScenarioStores() {
      @Override
      public Opened replace(Scenario scenario) {
        // In English, as the description the pages show beside it.
        Store store = storeOptions.open(scenario.schema(), true, 2, Words.ENGLISH);
        return new Opened(store.storage(), store.description(), store::close);
      }

      @Override
      public Optional<Opened> existing(Scenario scenario) {
        if (storeOptions.inMemory) {
          return Optional.empty(); // nothing outlives the server's own runs
        }
        try {
          Store store = storeOptions.openExisting(scenario);
          return Optional.of(new Opened(store.storage(), store.description(), store::close));
        } catch (CommandFailure nothingStored) {
          return Optional.empty();
        }
      }
    };
  }

  private ApiKeys keys(Words words) {
    Map<TenantId, String> byTenant = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : apiKeys.entrySet()) {
      TenantId tenant;
      try {
        tenant = TenantId.of(e.getKey());
      } catch (IllegalArgumentException invalid) {
        throw new CommandFailure(words.text("serve.not_a_tenant", e.getKey(), invalid.getMessage()));
      }
      byTenant.put(tenant, e.getValue());
    }
    try {
      return ApiKeys.of(byTenant);
    } catch (IllegalArgumentException invalid) {
      throw new CommandFailure("--api-key: " + invalid.getMessage());
    }
  }
}
