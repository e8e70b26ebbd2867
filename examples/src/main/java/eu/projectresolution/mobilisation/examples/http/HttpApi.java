package eu.projectresolution.mobilisation.examples.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.CommitNotConfirmed;
import eu.projectresolution.mobilisation.RetriesExhausted;
import eu.projectresolution.mobilisation.StorageFailure;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind a small web server (Javalin, on Jetty): its commands and queries as a JSON API for
 * partner systems that are not written in Java. Every route but {@code /openapi.json} acts for the tenant
 * whose API key the request gives ({@link ApiKeys}), never for one the request names.
 *
 * <p>Answers: the engine's {@link CommandResult} with 200 when a command is recorded now or was before
 * (a retry), 422 when it is refused (its {@code reason} is the engine's {@code Refusal}: code, message,
 * field); 400 for a body or a parameter the API cannot read, with the JSON path at fault; 401 without a
 * known key; 404 for a record the tenant does not hold; 409 for a {@link VersionConflict}; 503 when the
 * store cannot answer now (send the same command id again). The log has one line per request: method,
 * route (its template, never the path with its ids), status and time; never a body.
 *
 * <p>The routes themselves are in {@link Routes}.
 */
public final class HttpApi implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

  /** Where the OpenAPI document is, on the class path and on the server. */
  static final String OPENAPI_RESOURCE = "openapi.json";

  /** The largest body read: an import of {@value JsonBodies#MOST_COMMANDS_PER_IMPORT} commands fits. */
  private static final long LARGEST_BODY = 16L * 1024 * 1024;

  /** What a route does for the tenant of the request's key: its status and the value written as JSON. */
  @FunctionalInterface
  interface TenantHandler {
    Reply handle(Context ctx, TenantId tenant);
  }

  /** An answer: an HTTP status and the value its body is. */
  record Reply(int status, Object body) {
    static Reply ok(Object body) {
      return new Reply(200, body);
    }

    static Reply of(CommandResult result) {
      return new Reply(result.refused() ? 422 : 200, result);
    }

    static Reply of(ApiProblem problem) {
      return new Reply(problem.status(), problem);
    }
  }

  /** A route of the API, as the OpenAPI document names it. */
  public record Route(String method, String path) {}

  private final Javalin server;

  private HttpApi(Javalin server) {
    this.server = server;
  }

  /**
   * Starts the server on {@code host}:{@code port} ({@code port} 0: any free port, see {@link #port()}).
   *
   * @param engine the engine, on the store it keeps the records in
   * @param keys the tenants that may call the API, each with its key
   */
  public static HttpApi start(MobilisationEngine engine, ApiKeys keys, String host, int port) {
    return start(engine, keys, host, port, config -> {});
  }

  /**
   * As {@link #start(MobilisationEngine, ApiKeys, String, int)}, with more routes on the same server: the
   * web pages, registered by {@code more} (outside {@value Routes#BASE}, which is the API's).
   */
  public static HttpApi start(MobilisationEngine engine, ApiKeys keys, String host, int port, Consumer<JavalinConfig> more) {
    ObjectMapper json = MobilisationJson.objectMapper();
    byte[] openApi = openApiDocument();
    Javalin server = Javalin.create(config -> {
      config.jetty.host = host;
      config.jetty.port = port;
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = LARGEST_BODY;
      config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
      Routes.Registrar registrar = (method, path, handler) -> {
        config.routes.addHttpHandler(method, path, ctx -> answer(ctx, json, keys, path, handler));
      };
      new Routes(engine, new JsonBodies(json)).register(registrar);
      more.accept(config);
      config.routes.error(404, ctx -> {
        String type = ctx.res().getContentType();
        // No route matched; a route's own 404 (the API's JSON, a page's HTML) has its body.
        if (type == null || !(type.startsWith("application/json") || type.startsWith("text/html"))) {
          LOG.info("{} (no such route) 404", ctx.method());
          write(ctx, json, Reply.of(new ApiProblem(404, "no_such_route",
              "No such route: see /openapi.json for the routes of this API", java.util.Optional.empty())));
        }
      });
    });
    server.start();
    LOG.info("HTTP API on http://{}:{}/ for {} tenant(s); its description at /openapi.json", host, server.port(), keys.size());
    return new HttpApi(server);
  }

  /** The port the server listens on. */
  public int port() {
    return server.port();
  }

  /** The API's routes, {@code /openapi.json} included, as the server's router holds them (not the web pages). */
  public List<Route> routes() {
    return server.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> new Route(parsed.endpoint.method.name().toLowerCase(Locale.ROOT), parsed.endpoint.path))
        .filter(route -> route.path().startsWith(Routes.BASE + "/") || route.path().equals("/" + OPENAPI_RESOURCE))
        .toList();
  }

  /** Stops the server; requests under way are answered first. */
  @Override
  public void close() {
    server.stop();
  }

  /** The OpenAPI 3 document of the API, as the resource holds it. */
  static byte[] openApiDocument() {
    try (InputStream in = HttpApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The resource " + OPENAPI_RESOURCE + " is missing from the program: rebuild it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void answer(Context ctx, ObjectMapper json, ApiKeys keys, String route, TenantHandler handler) {
    long start = System.nanoTime();
    Reply reply;
    TenantId tenant = keys.tenantOf(presentedKey(ctx)).orElse(null);
    if (tenant == null) {
      reply = Reply.of(ApiProblem.unauthorized());
    } else {
      reply = handled(ctx, tenant, route, handler);
    }
    write(ctx, json, reply);
    LOG.info("{} {} {} {} ms", ctx.method(), route, reply.status(), (System.nanoTime() - start) / 1_000_000);
  }

  private static Reply handled(Context ctx, TenantId tenant, String route, TenantHandler handler) {
    try {
      return handler.handle(ctx, tenant);
    } catch (JsonBodies.BadRequest e) {
      return Reply.of(e.problem());
    } catch (Routes.NotFound e) {
      return Reply.of(ApiProblem.notFound(e.getMessage()));
    } catch (VersionConflict e) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", 409);
      body.put("error", "version_conflict");
      body.put("message", "The pathway is at version " + e.actualVersion() + ", not " + e.expectedVersion()
          + ": read it again, decide again and send the command with the version read");
      body.put("expectedVersion", e.expectedVersion());
      body.put("actualVersion", e.actualVersion());
      return new Reply(409, body);
    } catch (RetriesExhausted | CommitNotConfirmed e) {
      return Reply.of(new ApiProblem(503, "retry", e.getMessage()
          + " (send the same request again, with the same command ids: nothing is recorded twice)", java.util.Optional.empty()));
    } catch (StorageFailure e) {
      LOG.warn("{} {}: the store failed ({})", ctx.method(), route, e.getClass().getSimpleName());
      LOG.debug("Store failure", e);
      return Reply.of(new ApiProblem(503, "store_unavailable",
          "The store could not answer; try again later, with the same command ids", java.util.Optional.empty()));
    } catch (IllegalArgumentException | NullPointerException e) {
      // The engine's caller mistakes name the field and the fix: e.g. a command id another person's command has.
      return Reply.of(ApiProblem.badRequest(e.getMessage() == null ? "a required value is missing" : e.getMessage(), null));
    } catch (RuntimeException e) {
      // Its message might quote what the request said: the log names the type, the details go to debug.
      LOG.error("{} {} failed: {} (run with --verbose for the details)", ctx.method(), route, e.getClass().getName());
      LOG.debug("Failure", e);
      return Reply.of(new ApiProblem(500, "internal_error", "The server failed; its log says where", java.util.Optional.empty()));
    }
  }

  private static String presentedKey(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).strip();
    }
    return ctx.header("X-Api-Key");
  }

  private static void write(Context ctx, ObjectMapper json, Reply reply) {
    try {
      ctx.status(reply.status()).contentType("application/json").result(json.writeValueAsBytes(reply.body()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write an answer as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
