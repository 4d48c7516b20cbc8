package io.kbplatform.app.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Takes the screenshots of docs/screenshots/ from a running application that has demo content
 * (scripts/screenshots.sh starts nothing itself: run the app, load demo/relevance, then this). Not
 * a test: a tool, so that the pictures in the user guide can be renewed whenever the UI changes.
 *
 * <p>Arguments: base URL, the administrator's password, the output folder, a search query.
 */
public final class DocScreenshots {

  private final Browser browser;
  private final Path out;
  private final Api admin;

  private DocScreenshots(Browser browser, Path out, Api admin) {
    this.browser = browser;
    this.out = out;
    this.admin = admin;
  }

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]).resolve("/");
    String password = args[1];
    Path out = Path.of(args[2]);
    String query = args.length > 3 ? args[3] : "退款";
    Files.createDirectories(out);
    Api admin = Api.anonymous(base).as("admin", password);
    try (Browser browser = Browser.shared(base, Browser.CHINESE)) {
      new DocScreenshots(browser, out, admin).takeAll(password, query);
    } finally {
      Browser.quitAll();
    }
  }

  private void takeAll(String password, String query) throws Exception {
    browser.clearSession();
    browser.open("/");
    browser.waitFor("[data-test=login-username]");
    shot("sign-in");

    browser.signInThroughApi("admin", password);
    browser.driver().navigate().refresh();
    browser.waitFor("[data-test=user]");

    browser.open("/#/?q=" + java.net.URLEncoder.encode(query, "UTF-8"));
    settle();
    browser.waitFor("[data-test=results]");
    browser.press(Keys.ARROW_DOWN);
    browser.press(Keys.ENTER);
    settle();
    shot("search");

    JsonNode hits = admin.get("/api/search?q=" + java.net.URLEncoder.encode(query, "UTF-8")).json();
    String id = hits.path("hits").path(0).path("id").asText();
    if (!id.isEmpty()) {
      browser.open("/#/articles/" + id);
      settle();
      shot("article");
      ensureTwoVersions(id);
      browser.open("/#/articles/" + id + "/edit");
      settle();
      shot("editor");
      browser.open("/#/articles/" + id + "/history");
      settle();
      shot("history");
    }
    for (Map.Entry<String, String> screen :
        Map.of(
                "work", "/#/work?tab=inbox",
                "work-requests", "/#/work?tab=requests",
                "import", "/#/import",
                "admin-users", "/#/admin/users",
                "admin-index", "/#/admin/index",
                "admin-audit", "/#/admin/audit",
                "reading", "/#/reading")
            .entrySet()) {
      browser.open(screen.getValue());
      settle();
      shot(screen.getKey());
    }
    browser.resize(Browser.TABLET);
    browser.open("/#/?q=" + java.net.URLEncoder.encode(query, "UTF-8"));
    settle();
    shot("search-tablet");
    browser.resize(new Dimension(1280, 800));
  }

  /** The history needs something to compare: a second version if there is only one. */
  private void ensureTwoVersions(String id) {
    Api.Reply versions = admin.get("/api/articles/" + id + "/versions");
    if (versions.json().size() >= 2) {
      return;
    }
    Api.Reply article = admin.get("/api/articles/" + id);
    JsonNode current = article.json();
    Map<String, Object> update = new java.util.HashMap<>();
    update.put("title", current.path("title").asText());
    update.put("body", current.path("body").asText() + "\n\n> 更新：补充了常见问题。\n");
    update.put("tags", Api.texts(current.path("tags")));
    update.put("changeNote", "补充常见问题");
    if (current.hasNonNull("category")) {
      update.put("category", current.get("category").asText());
    }
    admin.send("PUT", "/api/articles/" + id, Api.json(update), "If-Match", article.header("ETag"));
  }

  private void settle() throws InterruptedException {
    Thread.sleep(1500);
  }

  private void shot(String name) throws IOException {
    Files.write(
        out.resolve(name + ".png"),
        ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    System.out.println("[screenshots] " + out.resolve(name + ".png"));
  }
}
