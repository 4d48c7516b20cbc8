package io.kbplatform.bench.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Small blocking JSON calls for set-up and polling (not for the measured load). */
public final class Http {

  public static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;
  private final String authorization;

  /** Calls to {@code base}, with HTTP Basic credentials unless {@code user} is null. */
  public Http(String base, String user, String password) {
    this.base = base;
    this.authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A status and a body. */
  public record Answer(int status, String body, HttpResponse<String> response) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public Answer get(String path) throws IOException {
    return send("GET", path, null);
  }

  public Answer post(String path, String json) throws IOException {
    return send("POST", path, json);
  }

  public Answer put(String path, String json) throws IOException {
    return send("PUT", path, json);
  }

  public Answer delete(String path) throws IOException {
    return send("DELETE", path, null);
  }

  public Answer send(String method, String path, String json) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    } else if (!method.equals("GET")) {
      // A change without a JSON body must show it is no cross-site form (docs/api.md).
      request.header("X-Requested-With", "kb-bench");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body(), response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted", e);
    }
  }
}
