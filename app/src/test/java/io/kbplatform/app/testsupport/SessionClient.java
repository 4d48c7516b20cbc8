package io.kbplatform.app.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * An HTTP client that behaves like the web UI: keeps the session cookie, says it is the UI ({@code
 * X-Requested-With}) and sends the CSRF token it was given at sign-in, unless told not to.
 */
public final class SessionClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final URI base;
  private final HttpClient http;
  private final String clientAddress = Markers.clientAddress(); // see Api.anonymous
  private String csrfToken;

  public SessionClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** POST /api/session; remembers the CSRF token of a successful sign-in. */
  public Response signIn(String username, String password) {
    Response response =
        send("POST", "/api/session", Api.json(Map.of("username", username, "password", password)));
    if (response.status() == 200) {
      csrfToken = response.json().path("csrfToken").asText();
    }
    return response;
  }

  public String csrfToken() {
    return csrfToken;
  }

  public Response get(String path) {
    return send("GET", path, null);
  }

  /** A request with the session's CSRF token. */
  public Response send(String method, String path, String body) {
    return send(method, path, body, csrfToken);
  }

  /** A request with the given CSRF token (null: none). */
  public Response send(String method, String path, String body, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("X-Requested-With", "kb-ui")
            .header("X-Forwarded-For", clientAddress)
            .header("Accept", "application/json");
    if (token != null) {
      request.header("X-CSRF-Token", token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String text = response.body();
      JsonNode json =
          text == null || text.isBlank() || !text.startsWith("{") && !text.startsWith("[")
              ? JSON.missingNode()
              : JSON.readTree(text);
      return new Response(response, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its parsed JSON body (missing when there is none). */
  public record Response(HttpResponse<String> http, JsonNode json) {

    public int status() {
      return http.statusCode();
    }

    public String header(String name) {
      return http.headers().firstValue(name).orElse(null);
    }

    public String body() {
      return http.body();
    }

    @Override
    public String toString() {
      return http.statusCode() + " " + http.body();
    }
  }
}
