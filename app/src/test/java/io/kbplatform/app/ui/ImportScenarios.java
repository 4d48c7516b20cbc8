package io.kbplatform.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Browser;
import io.kbplatform.app.testsupport.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Importing documents in the browser: a ZIP followed file by file, then a second upload. */
public final class ImportScenarios {

  private static final String FINISHED =
      "return [...document.querySelectorAll('[data-test=import-job]')]"
          + ".every(e => ['COMPLETED', 'FAILED', 'REFUSED'].includes(e.dataset.state))";

  private final Browser browser;
  private final Api admin;

  public ImportScenarios(Browser browser, URI base) {
    this.browser = browser;
    this.admin = Api.admin(base);
  }

  /**
   * An author picks a ZIP with a Markdown file, a GBK text file and a damaged Word file: the job
   * shows its progress, each file ends imported (with a link to its draft) or failed with the
   * reason, a summary is announced, and the drafts really exist. A second upload gets its own job.
   */
  public void importZipWithProgress() {
    Api author = admin.newUser("AUTHOR");
    String space = admin.newSpace();
    admin.grant(space, author.username(), "EDIT");
    Path zip = write("manuals.zip", manualsZip());

    signIn(author, "#/import?space=" + space);
    browser.waitFor("[data-test=import-drop]");
    assertEquals(space, browser.waitFor("[data-test=import-space]").getAttribute("value"));
    String types = browser.text("[data-test=import-types]");
    for (String type : List.of(".docx", ".pptx", "PDF", "HTML", ".md", ".txt", "ZIP")) {
      assertTrue(types.contains(type), "the page says it takes " + type + ": " + types);
    }

    browser
        .driver()
        .findElement(By.cssSelector("[data-test=import-input]"))
        .sendKeys(zip.toString());
    WebElement job = browser.waitFor("[data-test=import-job]");
    assertTrue(job.getText().contains("manuals.zip"), job.getText());
    browser.waitFor("[data-test=import-job] [data-test=import-progress]");
    untilFinished();

    assertEquals("COMPLETED", job.getAttribute("data-state"));
    assertEquals(
        "100",
        job.findElement(By.cssSelector("[data-test=upload-progress]")).getAttribute("value"),
        "the upload's own bar went all the way");
    assertEquals(
        "100",
        job.findElement(By.cssSelector("[data-test=import-progress]")).getAttribute("value"));
    assertTrue(job.getText().contains("3 of 3 files"), job.getText());
    Map<String, WebElement> rows = rowsByFile(job);
    assertEquals(List.of("退货政策.md", "投诉处理规范.txt", "损坏的文档.docx"), List.copyOf(rows.keySet()));
    assertEquals("IMPORTED", rows.get("退货政策.md").getAttribute("data-state"));
    assertEquals("IMPORTED", rows.get("投诉处理规范.txt").getAttribute("data-state"));
    WebElement damaged = rows.get("损坏的文档.docx");
    assertEquals("FAILED", damaged.getAttribute("data-state"));
    assertTrue(damaged.getText().contains("Failed"), damaged.getText());
    assertTrue(damaged.getText().contains("damaged"), "the reason in words: " + damaged.getText());
    assertTrue(damaged.findElements(By.cssSelector("[data-test=import-draft]")).isEmpty());
    assertEquals(
        "manuals.zip: 2 imported, 1 failed.",
        browser.script("return document.querySelector('[data-test=import-live]').textContent"),
        "the outcome is announced to screen readers");

    String markdownDraft = draftOf(rows.get("退货政策.md"));
    String textDraft = draftOf(rows.get("投诉处理规范.txt"));
    JsonNode markdown = Fixtures.require(author.get("/api/articles/" + markdownDraft), 200).json();
    assertEquals("DRAFT", markdown.get("status").asText());
    assertEquals(space, markdown.get("space").asText());
    assertTrue(markdown.get("body").asText().contains("七天内可以申请无理由退货"), markdown.toString());
    JsonNode text = Fixtures.require(author.get("/api/articles/" + textDraft), 200).json();
    assertTrue(text.get("body").asText().contains("十分钟内响应"), "GBK decoded: " + text);

    rows.get("退货政策.md").findElement(By.cssSelector("[data-test=import-draft]")).click();
    browser.until(driver -> browser.route().equals("#/articles/" + markdownDraft + "/edit"));

    browser.open("/#/import?space=" + space);
    browser.waitForCount("[data-test=import-job]", 1); // the earlier import is still listed
    Path single = write("密码重置.md", "# 密码重置\n\n先核验客户的手机号码。\n".getBytes(StandardCharsets.UTF_8));
    browser
        .driver()
        .findElement(By.cssSelector("[data-test=import-input]"))
        .sendKeys(single.toString());
    List<WebElement> jobs = browser.waitForCount("[data-test=import-job]", 2);
    untilFinished();
    assertTrue(jobs.get(0).getText().contains("密码重置.md"), "the newest job comes first");
    assertEquals("COMPLETED", jobs.get(0).getAttribute("data-state"));
    assertEquals("IMPORTED", rowsByFile(jobs.get(0)).get("密码重置.md").getAttribute("data-state"));
    assertTrue(jobs.get(1).getText().contains("manuals.zip"), "the first job stays");
    browser.assertNoJsErrors();
  }

  /** Readers (agents) are told plainly that importing is not for them. */
  public void agentsCannotImport() {
    Api agent = admin.newUser("AGENT");
    signIn(agent, "#/import");
    browser.waitForText("[data-test=import-not-allowed]", "Only authors");
    assertTrue(browser.all("[data-test=import-input]").isEmpty());
    browser.assertNoJsErrors();
  }

  private static Map<String, WebElement> rowsByFile(WebElement job) {
    Map<String, WebElement> rows = new LinkedHashMap<>();
    for (WebElement row : job.findElements(By.cssSelector("[data-test=import-file]"))) {
      rows.put(row.findElement(By.cssSelector("th")).getText(), row);
    }
    return rows;
  }

  private static String draftOf(WebElement row) {
    String href = row.findElement(By.cssSelector("[data-test=import-draft]")).getAttribute("href");
    String route = href.substring(href.indexOf('#'));
    assertTrue(route.matches("#/articles/[^/]+/edit"), route);
    String id = route.substring("#/articles/".length(), route.length() - "/edit".length());
    assertFalse(id.isBlank());
    return id;
  }

  /** A ZIP as people send them: Markdown, a text file from Chinese Windows, a damaged DOCX. */
  private static byte[] manualsZip() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "退货政策.md",
        "# 退货政策\n\n客户在签收后七天内可以申请无理由退货。\n\n## 流程\n1. 登记\n2. 审核\n".getBytes(StandardCharsets.UTF_8));
    entries.put(
        "投诉处理规范.txt", "投诉处理规范\r\n收到投诉后十分钟内响应，二十四小时内给出首个解决方案。\r\n".getBytes(Charset.forName("GBK")));
    entries.put("损坏的文档.docx", damagedDocx());
    return zip(entries);
  }

  /** A DOCX whose package is fine but whose document XML breaks off in the middle. */
  private static byte[] damagedDocx() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                + " Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
                + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                + " PartName=\"/word/document.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
            .getBytes(StandardCharsets.UTF_8));
    parts.put(
        "_rels/.rels",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                + " Id=\"rId1\""
                + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"word/document.xml\"/></Relationships>")
            .getBytes(StandardCharsets.UTF_8));
    parts.put(
        "word/document.xml",
        ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>破损")
            .getBytes(StandardCharsets.UTF_8));
    return zip(parts);
  }

  private static byte[] zip(Map<String, byte[]> entries) {
    try (var bytes = new java.io.ByteArrayOutputStream();
        var out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file the browser can pick: under the build's temporary folder. */
  private static Path write(String name, byte[] content) {
    try {
      Path dir = Path.of(System.getProperty("kb.test.tmpdir", "target")).toAbsolutePath();
      Path folder = Files.createTempDirectory(Files.createDirectories(dir), "ui-import-");
      return Files.write(folder.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Signs in as the user (the app boots signed in), then goes to the route. */
  private void signIn(Api user, String route) {
    browser.signInAs(user.username(), user.password()).open("/" + route);
  }

  /** Waits for every job to end: the first extraction starts a worker JVM, which takes a while. */
  private void untilFinished() {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(driver -> Boolean.TRUE.equals(browser.script(FINISHED)));
  }
}
