package io.kbplatform.devtools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Loads a folder of documents into a demo space through the import pipeline of a running server:
 * zips the folder, creates the space if it is missing, posts the import, follows the job and prints
 * what became of each file.
 *
 * <pre>
 * KB_URL=http://localhost:8080 KB_ADMIN_PASSWORD=… java -cp kb-devtools.jar \
 *     io.kbplatform.devtools.DemoLoader folder [SPACE]
 * </pre>
 */
public final class DemoLoader {

  /** The outcome: the job's final state and its files. */
  public record Result(String jobId, String state, List<Map<String, Object>> files) {

    public long count(String fileState) {
      return files.stream().filter(f -> fileState.equals(f.get("state"))).count();
    }
  }

  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(30);

  private final KbApi api;
  private final PrintStream out;

  public DemoLoader(URI base, String user, String password, PrintStream out) {
    this.api = new KbApi(base, user, password, Duration.ofMinutes(5));
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("Usage: DemoLoader <folder> [SPACE]   (env KB_URL, KB_ADMIN_PASSWORD)");
      System.exit(2);
    }
    String password = System.getenv("KB_ADMIN_PASSWORD");
    if (password == null || password.isBlank()) {
      System.err.println("Set KB_ADMIN_PASSWORD to the password of the user 'admin'.");
      System.exit(2);
    }
    String url = System.getenv().getOrDefault("KB_URL", "http://localhost:8080");
    DemoLoader loader = new DemoLoader(URI.create(url), "admin", password, System.out);
    Result result = loader.load(Path.of(args[0]), args.length > 1 ? args[1] : "DEMO");
    System.exit("COMPLETED".equals(result.state()) && result.count("FAILED") == 0 ? 0 : 1);
  }

  /** Loads every regular, non-hidden file under the folder into the space. */
  public Result load(Path folder, String space) throws IOException, InterruptedException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("Not a folder: " + folder);
    }
    ensureSpace(space);
    Path zip = Files.createTempFile("kb-demo-", ".zip");
    try {
      int files = zip(folder, zip);
      out.println("[demo] Importing " + files + " files from " + folder + " into space " + space);
      String name = folder.toAbsolutePath().normalize().getFileName() + ".zip";
      HttpResponse<String> posted =
          api.send(
              api.request("/api/spaces/" + space + "/imports?name=" + encode(name))
                  .header("Content-Type", "application/zip")
                  .POST(HttpRequest.BodyPublishers.ofFile(zip)));
      if (posted.statusCode() != 202) {
        throw new IOException(
            "The import was refused: " + posted.statusCode() + " " + posted.body());
      }
      String job = posted.headers().firstValue("Location").orElseThrow();
      return follow(URI.create(job).getPath());
    } finally {
      Files.deleteIfExists(zip);
    }
  }

  private void ensureSpace(String space) throws IOException, InterruptedException {
    HttpResponse<String> found = api.send(api.request("/api/spaces/" + space).GET());
    if (found.statusCode() == 200) {
      return;
    }
    String body = "{\"key\":\"" + space + "\",\"name\":\"Demo " + space + "\"}";
    HttpResponse<String> created =
        api.send(
            api.request("/api/spaces")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (created.statusCode() != 201) {
      throw new IOException(
          "Could not create space " + space + ": " + created.statusCode() + " " + created.body());
    }
    out.println("[demo] Created space " + space);
  }

  @SuppressWarnings("unchecked")
  private Result follow(String jobPath) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
    int lastPercent = -1;
    while (true) {
      HttpResponse<String> reply = api.send(api.request(jobPath).GET());
      if (reply.statusCode() != 200) {
        throw new IOException("Cannot read the job: " + reply.statusCode() + " " + reply.body());
      }
      Map<String, Object> job = (Map<String, Object>) MiniJson.parse(reply.body());
      String state = String.valueOf(job.get("state"));
      int percent = ((Number) job.get("percent")).intValue();
      if (percent != lastPercent) {
        out.println("[demo] " + state + " " + percent + "%");
        lastPercent = percent;
      }
      if (state.equals("COMPLETED") || state.equals("FAILED")) {
        List<Map<String, Object>> files = new ArrayList<>();
        ((List<Object>) job.get("files")).forEach(f -> files.add((Map<String, Object>) f));
        for (Map<String, Object> f : files) {
          out.printf(
              "%-9s %s%s%n",
              f.get("state"),
              f.get("path"),
              f.get("reason") != null
                  ? "  (" + f.get("reason") + ")"
                  : f.get("articleId") != null ? "  -> /api/articles/" + f.get("articleId") : "");
        }
        if (job.get("reason") != null) {
          out.println("[demo] " + job.get("reason"));
        }
        return new Result(String.valueOf(job.get("id")), state, files);
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("The job did not finish within " + JOB_TIMEOUT);
      }
      Thread.sleep(500);
    }
  }

  /** Zips the folder's regular, non-hidden files with paths relative to it; returns the count. */
  static int zip(Path folder, Path zip) throws IOException {
    int count = 0;
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8);
        Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = folder.relativize(p).toString().replace('\\', '/');
        if (Stream.of(name.split("/")).anyMatch(s -> s.startsWith("."))) {
          continue;
        }
        out.putNextEntry(new ZipEntry(name));
        Files.copy(p, out);
        out.closeEntry();
        count++;
      }
    }
    return count;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
