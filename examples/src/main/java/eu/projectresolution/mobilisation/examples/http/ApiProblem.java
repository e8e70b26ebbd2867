package eu.projectresolution.mobilisation.examples.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * An HTTP answer that is not the engine's: a request the API could not read, a missing key, a record
 * that is not there, a version conflict. Its JSON is {@code {"status", "error", "message", "path"}}, the
 * path (a JSON path such as {@code $.contact.on}, or a query parameter's name) only when one thing of the
 * request is at fault. A message never repeats a value of the request body.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ApiProblem(int status, String error, String message, Optional<String> path) {
  static ApiProblem badRequest(String message, String path) {
    return new ApiProblem(400, "bad_request", message, Optional.ofNullable(path));
  }

  static ApiProblem unauthorized() {
    return new ApiProblem(401, "unauthorized",
        "Give your API key in 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'; ask the server's operator for one",
        Optional.empty());
  }

  static ApiProblem notFound(String message) {
    return new ApiProblem(404, "not_found", message, Optional.empty());
  }
}
