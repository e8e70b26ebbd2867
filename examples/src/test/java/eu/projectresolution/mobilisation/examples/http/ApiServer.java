package eu.projectresolution.mobilisation.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A real server for the tests: the API on an ephemeral port of 127.0.0.1, over an engine on an H2
 * database, with two partner organisations and their keys; and a client that sends JSON to it.
 */
final class ApiServer implements AutoCloseable {
  static final TenantId IDEIS = TenantId.of("ideis");
  static final TenantId DEFI = TenantId.of("defi");
  static final String IDEIS_KEY = "ideis-key-0123456789abcdef";
  static final String DEFI_KEY = "defi-key-fedcba9876543210";

  /** A response: its status and its body read as JSON. */
  record Response(int status, JsonNode body) {}

  final MobilisationStorage storage;
  final HttpApi api;
  private final HikariDataSource pool;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = MobilisationJson.objectMapper();

  private final Runnable cleanUp;

  private ApiServer(HikariDataSource pool, String schema, Runnable cleanUp) {
    this.pool = pool;
    this.cleanUp = cleanUp;
    JdbcStorage.migrate(pool, schema);
    this.storage = JdbcStorage.create(pool, schema);
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).build();
    this.api = HttpApi.start(engine, ApiKeys.of(Map.of(IDEIS, IDEIS_KEY, DEFI, DEFI_KEY)), "127.0.0.1", 0);
  }

  /** The API on a new in-memory H2 database. */
  static ApiServer onH2() {
    return new ApiServer(pool("jdbc:h2:mem:http-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), "http_api", () -> {});
  }

  /**
   * The API on PostgreSQL, in a schema of its own dropped at the end: the server named by {@code
   * MOBILISATION_TEST_JDBC_URL} (user and password in {@code MOBILISATION_TEST_JDBC_USER} and {@code
   * _PASSWORD}), else the one on localhost:5432, database {@code test} then {@code postgres}, user {@code
   * postgres}, as the persistence-jdbc tests reach it. Never skipped: without one it fails saying what it tried.
   */
  static ApiServer onPostgres() {
    String schema = "http_api_" + UUID.randomUUID().toString().substring(0, 8);
    String named = System.getenv("MOBILISATION_TEST_JDBC_URL");
    List<String> urls = named != null && !named.isBlank() ? List.of(named)
        : List.of("jdbc:postgresql://localhost:5432/test?connectTimeout=5", "jdbc:postgresql://localhost:5432/postgres?connectTimeout=5");
    String user = System.getenv().getOrDefault("MOBILISATION_TEST_JDBC_USER", "postgres");
    String password = System.getenv().getOrDefault("MOBILISATION_TEST_JDBC_PASSWORD", "");
    List<String> tried = new java.util.ArrayList<>();
    for (String url : urls) {
      HikariDataSource pool;
      try {
        pool = pool(url, user, password);
      } catch (RuntimeException e) {
        tried.add(url + ": " + e.getMessage());
        continue;
      }
      return new ApiServer(pool, schema, () -> {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement sql = c.createStatement()) {
          sql.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    }
    if (named == null || named.isBlank()) {
      // The last resort, as for the persistence-jdbc tests: a real server with no install (not as root).
      try {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres embedded =
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        HikariDataSource pool = pool(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        return new ApiServer(pool, schema, () -> {
          pool.close();
          try {
            embedded.close();
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        });
      } catch (java.io.IOException | RuntimeException e) {
        tried.add("embedded PostgreSQL (zonky): " + e);
      }
    }
    throw new IllegalStateException("No PostgreSQL for the HTTP API tests. Tried: " + String.join("; ", tried)
        + ". Start PostgreSQL on localhost:5432 with database test and user postgres, or set MOBILISATION_TEST_JDBC_URL"
        + " (the embedded server cannot run as root)");
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(8);
    // A bound for a machine that is slow and busy, not a timing the tests rely on.
    config.setConnectionTimeout(Duration.ofMinutes(5).toMillis());
    // Fail at once, not after the connection time-out, when nothing listens at the address.
    config.setInitializationFailTimeout(1);
    return new HikariDataSource(config);
  }

  String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Response post(String path, String key, Object body) {
    return send(request(path, key).POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json(body))).build());
  }

  Response get(String path, String key) {
    return send(request(path, key).GET().build());
  }

  /** A GET giving the key as {@code X-Api-Key} rather than as a bearer token. */
  Response getWithApiKeyHeader(String path, String key) {
    return send(request(path, null).header("X-Api-Key", key).GET().build());
  }

  CompletableFuture<Response> postAsync(String path, String key, Object body) {
    HttpRequest request = request(path, key).POST(HttpRequest.BodyPublishers.ofString(json(body))).build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(this::read);
  }

  private HttpRequest.Builder request(String path, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
        .header("Content-Type", "application/json");
    return key == null ? request : request.header("Authorization", "Bearer " + key);
  }

  private Response send(HttpRequest request) {
    try {
      return read(client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Response read(HttpResponse<byte[]> response) {
    try {
      return new Response(response.statusCode(), response.body().length == 0 ? null : json.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), e);
    }
  }

  @Override
  public void close() {
    api.close();
    try {
      cleanUp.run();
    } finally {
      pool.close();
    }
  }
}
