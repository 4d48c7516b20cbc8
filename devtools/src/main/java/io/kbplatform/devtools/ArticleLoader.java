package io.kbplatform.devtools;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a folder of Markdown articles with front matter (see {@link FrontMatter}) into a space of a
 * running server through the REST API, creating the space and categories it needs, and publishes
 * each article. Articles whose title the space already has are left alone, so a second run adds
 * only what is new.
 *
 * <pre>
 * KB_URL=http://localhost:8080 KB_ADMIN_PASSWORD=… java -cp kb-devtools.jar \
 *     io.kbplatform.devtools.ArticleLoader demo/relevance/articles [SPACE]
 * </pre>
 */
public final class ArticleLoader {

  /** What one run did: the ids of the articles by title (created or already there). */
  public record Result(Map<String, String> created, Map<String, String> existing) {}

  private final KbApi api;
  private final PrintStream out;

  public ArticleLoader(URI base, String user, String password, PrintStream out) {
    this.api = new KbApi(base, user, password, Duration.ofMinutes(1));
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println(
          "Usage: ArticleLoader <folder of .md> [SPACE]   (env KB_URL, KB_USER, KB_PASSWORD or"
              + " KB_ADMIN_PASSWORD)");
      System.exit(2);
    }
    String user = System.getenv().getOrDefault("KB_USER", "admin");
    String password = System.getenv("KB_PASSWORD");
    if (password == null || password.isBlank()) {
      password = System.getenv("KB_ADMIN_PASSWORD");
    }
    if (password == null || password.isBlank()) {
      System.err.println("Set KB_PASSWORD (or KB_ADMIN_PASSWORD for the user 'admin').");
      System.exit(2);
    }
    String url = System.getenv().getOrDefault("KB_URL", "http://localhost:8080");
    ArticleLoader loader = new ArticleLoader(URI.create(url), user, password, System.out);
    loader.load(Path.of(args[0]), args.length > 1 ? args[1] : "RELEVANCE");
  }

  /** Creates and publishes every {@code .md} file of the folder (sorted by name) in the space. */
  public Result load(Path folder, String space) throws IOException, InterruptedException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    ensureSpace(space);
    Map<String, String> categories = categories(space);
    Map<String, String> titles = titles(space);
    Map<String, String> created = new LinkedHashMap<>();
    Map<String, String> existing = new LinkedHashMap<>();
    for (Path file : files) {
      FrontMatter article;
      try {
        article = FrontMatter.parse(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
      }
      if (titles.containsKey(article.title())) {
        existing.put(article.title(), titles.get(article.title()));
        continue;
      }
      String category = null;
      if (article.category() != null) {
        category = categories.get(article.category());
        if (category == null) {
          category = createCategory(space, article.category());
          categories.put(article.category(), category);
        }
      }
      String id = create(space, category, article, file);
      publish(id, file);
      created.put(article.title(), id);
      titles.put(article.title(), id);
      out.println("[articles] published " + file.getFileName() + "  -> /api/articles/" + id);
    }
    out.println(
        "[articles] "
            + created.size()
            + " published, "
            + existing.size()
            + " already in space "
            + space);
    return new Result(created, existing);
  }

  private String create(String space, String category, FrontMatter article, Path file)
      throws IOException, InterruptedException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("space", space);
    body.put("title", article.title());
    body.put("body", article.body());
    body.put("tags", article.tags());
    if (category != null) {
      body.put("category", category);
    }
    if (article.template() != null) {
      body.put("template", article.template());
    }
    HttpResponse<String> reply = api.post("/api/articles", Json.write(body));
    if (reply.statusCode() != 201) {
      throw new IOException(
          file.getFileName() + " was refused: " + reply.statusCode() + " " + reply.body());
    }
    return string(MiniJson.parse(reply.body()), "id");
  }

  private void publish(String id, Path file) throws IOException, InterruptedException {
    HttpResponse<String> reply = api.post("/api/articles/" + id + "/workflow/publish", "{}");
    if (reply.statusCode() != 200) {
      throw new IOException(
          file.getFileName() + " was not published: " + reply.statusCode() + " " + reply.body());
    }
  }

  private void ensureSpace(String space) throws IOException, InterruptedException {
    if (api.send(api.request("/api/spaces/" + space).GET()).statusCode() == 200) {
      return;
    }
    HttpResponse<String> created =
        api.post("/api/spaces", Json.write(Map.of("key", space, "name", "Demo " + space)));
    if (created.statusCode() != 201) {
      throw new IOException(
          "Could not create space " + space + ": " + created.statusCode() + " " + created.body());
    }
    out.println("[articles] created space " + space);
  }

  /** Top-level category names to ids. */
  private Map<String, String> categories(String space) throws IOException, InterruptedException {
    HttpResponse<String> reply =
        api.send(api.request("/api/spaces/" + space + "/categories").GET());
    if (reply.statusCode() != 200) {
      throw new IOException("Cannot list categories: " + reply.statusCode() + " " + reply.body());
    }
    Map<String, String> names = new HashMap<>();
    for (Object node : (List<?>) MiniJson.parse(reply.body())) {
      names.put(string(node, "name"), string(node, "id"));
    }
    return names;
  }

  private String createCategory(String space, String name)
      throws IOException, InterruptedException {
    HttpResponse<String> reply =
        api.post("/api/spaces/" + space + "/categories", Json.write(Map.of("name", name)));
    if (reply.statusCode() != 201) {
      throw new IOException(
          "Could not create category " + name + ": " + reply.statusCode() + " " + reply.body());
    }
    return string(MiniJson.parse(reply.body()), "id");
  }

  /** The titles of the articles already in the space, to their ids. */
  private Map<String, String> titles(String space) throws IOException, InterruptedException {
    Map<String, String> titles = new HashMap<>();
    Set<String> seen = new HashSet<>();
    String next =
        "/api/articles?limit=200&space=" + URLEncoder.encode(space, StandardCharsets.UTF_8);
    while (next != null && seen.add(next)) {
      HttpResponse<String> reply = api.send(api.request(next).GET());
      if (reply.statusCode() != 200) {
        throw new IOException("Cannot list articles: " + reply.statusCode() + " " + reply.body());
      }
      Map<?, ?> page = (Map<?, ?>) MiniJson.parse(reply.body());
      for (Object item : (List<?>) page.get("items")) {
        titles.put(string(item, "title"), string(item, "id"));
      }
      Object link = page.get("next");
      next = link == null ? null : pathOf(link.toString());
    }
    return titles;
  }

  private static String pathOf(String link) {
    URI uri = URI.create(link);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private static String string(Object json, String field) {
    return String.valueOf(((Map<?, ?>) json).get(field));
  }

  /** Writes the few JSON shapes the loader sends: maps of text, lists of text. */
  static final class Json {

    private Json() {}

    static String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(value, out);
      return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
      if (value instanceof Map<?, ?> map) {
        out.append('{');
        String sep = "";
        for (Map.Entry<?, ?> e : map.entrySet()) {
          out.append(sep);
          text(String.valueOf(e.getKey()), out);
          out.append(':');
          write(e.getValue(), out);
          sep = ",";
        }
        out.append('}');
      } else if (value instanceof List<?> list) {
        out.append('[');
        String sep = "";
        for (Object item : new ArrayList<>(list)) {
          out.append(sep);
          write(item, out);
          sep = ",";
        }
        out.append(']');
      } else if (value == null) {
        out.append("null");
      } else {
        text(value.toString(), out);
      }
    }

    private static void text(String s, StringBuilder out) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }
  }
}
