package io.kbplatform.app.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A small HTTP client for the API under test, as one user (or anonymous). */
public final class Api {

  public static final String ADMIN_PASSWORD = "Admin-Test-Passw0rd";

  /** What scripts send on a state-changing request without a JSON body (see docs/api.md). */
  public static final String SCRIPT_HEADER = "X-Requested-With";

  private static final String SCRIPT = "kb-test-script";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // as curl and browsers speak to plain http
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final String authorization;
  private final String username;
  private final String password;
  private final String clientAddress;

  private Api(
      URI base, String authorization, String username, String password, String clientAddress) {
    this.base = base;
    this.authorization = authorization;
    this.username = username;
    this.password = password;
    this.clientAddress = clientAddress;
  }

  /**
   * An anonymous client at an address of its own ({@link Markers#clientAddress()}), so that failed
   * sign-ins of one test never throttle another's.
   */
  public static Api anonymous(URI base) {
    return new Api(base, null, null, null, Markers.clientAddress());
  }

  /** The user this client acts as (null when anonymous). */
  public String username() {
    return username;
  }

  /** The password of that user (null when anonymous), e.g. to sign in through the web UI. */
  public String password() {
    return password;
  }

  public static Api admin(URI base) {
    return anonymous(base).as("admin", ADMIN_PASSWORD);
  }

  public Api as(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, "Basic " + token, username, password, clientAddress);
  }

  /** Creates a user with the given roles (as the administrator) and returns a client for it. */
  public Api newUser(String... roles) {
    String username = Markers.username();
    String password = Markers.password("Pw");
    Reply created =
        admin(base)
            .post(
                "/api/admin/users",
                json(Map.of("username", username, "password", password, "roles", roles)));
    if (created.status() != 201) {
      throw new IllegalStateException("Could not create a user: " + created);
    }
    return as(username, password);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String body) {
    return send(request(path).header("Content-Type", "application/json").POST(body(body)));
  }

  /**
   * A JSON POST that may take longer than the usual 30 seconds, such as a relevance evaluation that
   * runs a hundred searches on a busy machine.
   */
  public Reply post(String path, String body, Duration timeout) {
    return send(
        request(path).timeout(timeout).header("Content-Type", "application/json").POST(body(body)));
  }

  /** A POST of any content type, from a script that says so ({@code X-Requested-With}). */
  public Reply post(String path, String body, String contentType) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .header(SCRIPT_HEADER, SCRIPT)
            .POST(body(body)));
  }

  /** Posts like curl does for large bodies: waits for "100 Continue" before sending the body. */
  public Reply postExpectingContinue(String path, String body) {
    return send(
        request(path)
            .expectContinue(true)
            .header("Content-Type", "application/json")
            .POST(body(body)));
  }

  public Reply put(String path, String body) {
    return send(request(path).header("Content-Type", "application/json").PUT(body(body)));
  }

  /**
   * A DELETE as a well-behaved script sends it: with {@code X-Requested-With}, because a request
   * that changes something without a non-form body must show it is no cross-site form.
   */
  public Reply delete(String path) {
    return send(request(path).header(SCRIPT_HEADER, SCRIPT).DELETE());
  }

  /** Any request, with extra headers given as name, value, name, value… */
  public Reply send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request = request(path);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    } else if (!method.equals("GET") && !method.equals("HEAD")) {
      request.header(SCRIPT_HEADER, SCRIPT);
    }
    return send(
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body)));
  }

  /** Exactly this request and these headers, nothing added (e.g. to play a cross-site form). */
  public Reply raw(String method, String path, String body, String... headers) {
    HttpRequest.Builder request = request(path);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body)));
  }

  /** Creates an open space (as the administrator) and returns its key. */
  public String newSpace() {
    String key = Markers.spaceKey("S");
    Reply reply = admin(base).post("/api/spaces", json(Map.of("key", key, "name", "空间 " + key)));
    if (reply.status() != 201) {
      throw new IllegalStateException("Could not create a space: " + reply);
    }
    return key;
  }

  /** Creates a restricted space (as the administrator), where only grants decide; its key. */
  public String newRestrictedSpace() {
    String key = Markers.spaceKey("R");
    Reply reply =
        admin(base)
            .post(
                "/api/spaces", json(Map.of("key", key, "name", "受限空间 " + key, "restricted", true)));
    if (reply.status() != 201) {
      throw new IllegalStateException("Could not create a space: " + reply);
    }
    return key;
  }

  /** Gives a user a level (VIEW, EDIT, PUBLISH, ADMINISTER) on a space, as the administrator. */
  public void grant(String space, String user, String level) {
    Reply reply =
        admin(base)
            .put(
                "/api/spaces/" + space + "/grants",
                json(Map.of("principalType", "USER", "principal", user, "level", level)));
    if (reply.status() != 200) {
      throw new IllegalStateException("Could not grant: " + reply);
    }
  }

  /** Creates an article as this user and returns its id. */
  public String newArticle(String space, String title, String body) {
    Reply reply = post("/api/articles", json(Map.of("space", space, "title", title, "body", body)));
    if (reply.status() != 201) {
      throw new IllegalStateException("Could not create an article: " + reply);
    }
    return reply.json().get("id").asText();
  }

  /** Publishes an article directly, as the administrator. */
  public void publish(String articleId) {
    Reply reply = admin(base).post("/api/articles/" + articleId + "/workflow/publish", "{}");
    if (reply.status() != 200) {
      throw new IllegalStateException("Could not publish: " + reply);
    }
  }

  /**
   * Searches until the reply satisfies the condition (indexing is asynchronous); fails with the
   * last reply when the time is up.
   */
  public Reply searchUntil(String query, Predicate<Reply> condition, Duration within) {
    return Eventually.eventually(
        "a search for '" + query + "' as " + username + " to give the expected reply",
        within,
        () -> get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
        condition);
  }

  /** The texts of a JSON array, in order. */
  public static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.header("X-Forwarded-For", clientAddress);
  }

  private static HttpRequest.BodyPublisher body(String body) {
    return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response, parse(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.missingNode();
    }
  }

  /** Waits, e.g. for a {@code Retry-After}. */
  public static void sleepSeconds(long seconds) {
    Eventually.pause(seconds * 1000 + 200);
  }

  /**
   * Any request with a raw byte body, with extra headers given as name, value, name, value…; like a
   * well-behaved upload script, it says {@code X-Requested-With} (uploads may be of any type).
   */
  public Reply sendBytes(String method, String path, byte[] body, String... headers) {
    HttpRequest.Builder request = request(path).header(SCRIPT_HEADER, SCRIPT);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Uploads a file as an attachment of the article's working draft (as raw bytes). */
  public Reply attach(String articleId, String fileName, byte[] bytes) {
    return sendBytes(
        "POST",
        "/api/articles/"
            + articleId
            + "/attachments?name="
            + URLEncoder.encode(fileName, StandardCharsets.UTF_8),
        bytes,
        "Content-Type",
        "application/octet-stream");
  }

  /** A GET whose body is kept as bytes (downloads, exports). */
  public HttpResponse<byte[]> download(String path) {
    try {
      return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One HTTP response with its body parsed as JSON when it is JSON. */
  public record Reply(HttpResponse<String> response, JsonNode json) {

    public int status() {
      return response.statusCode();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public String body() {
      return response.body();
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }
}
