package eu.projectresolution.mobilisation.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.examples.http.ApiServer.Response;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the server serves names exactly the routes it serves, and every kind of command has one. */
class OpenApiDocumentTest {
  private static ApiServer server;

  @BeforeAll
  static void start() {
    server = ApiServer.onH2();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void documentsEveryRouteTheServerServesAndNoOther() throws IOException {
    Response served = server.get("/openapi.json", null);
    assertThat(served.status()).isEqualTo(200);
    JsonNode document = served.body();
    assertThat(document).isEqualTo(new ObjectMapper().readTree(HttpApi.openApiDocument()));
    assertThat(document.path("openapi").asText()).startsWith("3.");

    Set<HttpApi.Route> documented = new TreeSet<>(OpenApiDocumentTest::compare);
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      path.getValue().fieldNames().forEachRemaining(method -> documented.add(new HttpApi.Route(method, path.getKey())));
    }
    Set<HttpApi.Route> registered = new TreeSet<>(OpenApiDocumentTest::compare);
    registered.addAll(server.api.routes());

    assertThat(registered).hasSize(server.api.routes().size());
    assertThat(registered).as("the commands, the queries, the import and the document").hasSizeGreaterThan(20);
    assertThat(documented).containsExactlyElementsOf(registered);
  }

  @Test
  void everyDocumentedReferenceLeadsSomewhere() {
    String text = server.get("/openapi.json", null).body().toString();
    JsonNode components = server.get("/openapi.json", null).body().path("components");
    Set<String> missing = new HashSet<>();
    java.util.regex.Matcher ref = java.util.regex.Pattern.compile("#/components/(\\w+)/(\\w+)").matcher(text);
    while (ref.find()) {
      if (components.path(ref.group(1)).path(ref.group(2)).isMissingNode()) {
        missing.add(ref.group());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKindOfPathwayCommandHasItsRoute() {
    Set<Class<?>> routed = new HashSet<>();
    Arrays.stream(CommandKind.values()).forEach(kind -> routed.add(kind.type()));
    assertThat(routed).containsExactlyInAnyOrder(PathwayCommand.class.getPermittedSubclasses());
    assertThat(server.api.routes()).extracting(HttpApi.Route::path)
        .contains(Arrays.stream(CommandKind.values()).map(k -> "/api/v1/commands/" + k.urlName()).toArray(String[]::new));
  }

  @Test
  void everyCommandsExampleIsACommandTheApiReads() {
    JsonNode paths = server.get("/openapi.json", null).body().path("paths");
    JsonBodies bodies = new JsonBodies(eu.projectresolution.mobilisation.json.MobilisationJson.objectMapper());
    for (CommandKind kind : CommandKind.values()) {
      JsonNode example = paths.path("/api/v1/commands/" + kind.urlName()).path("post").path("requestBody")
          .path("content").path("application/json").path("example");
      assertThat(example.isObject()).as("example of %s", kind).isTrue();
      assertThat(bodies.read(example.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), kind.type()))
          .as("example of %s", kind).isInstanceOf(kind.type());
    }
  }

  private static int compare(HttpApi.Route a, HttpApi.Route b) {
    int byPath = a.path().compareTo(b.path());
    return byPath != 0 ? byPath : a.method().compareTo(b.method());
  }
}
