package io.kbplatform.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Authoring in the browser: an article written from a template, submitted, approved by a publisher
 * and found by an agent; two editors saving the same article without losing anyone's work;
 * attachments uploaded with progress; a rejection that reaches the author with its comment. Data is
 * set up through the REST API; every check a user would notice is made in the page, and what was
 * saved is confirmed through the API.
 */
public final class AuthoringScenarios {

  private static final Duration INDEXED = Duration.ofSeconds(20);
  private static final Duration SERVER_WORK = Duration.ofSeconds(60);
  private static final Random RANDOM = new Random();

  private final Browser browser;
  private final Api admin;

  public AuthoringScenarios(Browser browser, URI base) {
    this.browser = browser;
    this.admin = Api.admin(base);
  }

  /**
   * An author creates an article from the KCS template (title, tags, body), saves it and submits
   * it; a publisher, in a second browser, reviews and approves it; an agent then finds it in the
   * search screen.
   */
  public void authorWritesFromATemplatePublisherApprovesAgentFindsIt() {
    String space = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    Api publisher = admin.newUser("AUTHOR");
    admin.grant(space, publisher.username(), "PUBLISH");
    Api agent = admin.newUser("AGENT");
    String word = "Wifi" + token();
    String title = "打印机无法连接无线网络 " + word;

    signedIn(browser, author);
    browser.click("[data-test=language]"); // the author works in Chinese
    browser.waitForText("[data-test=nav-search]", "搜索");
    browser.open("/#/articles/new?space=" + space + "&template=KCS");
    browser.until(d -> body(browser).contains("## 问题 Issue")); // the template's skeleton
    browser.type("[data-test=editor-title]", title);
    browser.type("[data-test=tags-input]", "打印机").press(Keys.ENTER);
    browser.type("[data-test=tags-input]", "无线网络,");
    assertEquals(List.of("打印机", "无线网络"), chips(browser, "tags"));
    browser
        .waitFor("[data-test=editor-body]")
        .sendKeys("\n重启路由器后，在打印机面板上重新选择 " + word + " 网络并输入密码。");
    browser.waitForText("[data-test=editor-preview]", "重新选择 " + word);
    browser.waitForText("[data-test=save-state]", "未保存");
    browser.click("[data-test=save]");
    String id = browser.until(d -> articleIdIn(browser.route(), "/edit"));
    browser.waitForText("[data-test=editor-version]", "1");

    browser.click("[data-test=submit]");
    browser.type("[data-test=prompt-input]", "新写的故障排查，请审核");
    browser.click("[data-test=prompt-ok]");
    browser.waitFor("[data-test=status][data-status=IN_REVIEW]");
    JsonNode submitted = author.get("/api/articles/" + id).json();
    assertEquals("IN_REVIEW", submitted.get("status").asText());
    assertEquals(title, submitted.get("title").asText());
    assertTrue(submitted.get("body").asText().contains("## 环境 Environment"), "template kept");
    assertTrue(submitted.get("body").asText().contains("重新选择 " + word + " 网络"));
    assertEquals(List.of("打印机", "无线网络"), Api.texts(submitted.get("tags")));
    browser.assertNoJsErrors();

    Browser reviewer = signedIn(browser.secondSession(), publisher);
    reviewer.open("/#/articles/" + id + "/review");
    reviewer.waitForText("[data-test=review-rendered]", "重新选择 " + word);
    assertEquals("新写的故障排查，请审核", reviewer.text("[data-test=submit-comment]"));
    reviewer.type("[data-test=review-comment]", "写得清楚，通过");
    reviewer.click("[data-test=approve]");
    reviewer.waitFor("[data-test=review-result][data-result=approve]");
    reviewer.click("[data-test=back-to-work]");
    reviewer.until(d -> reviewer.route().startsWith("#/work"));
    reviewer.assertNoJsErrors();
    assertEquals("PUBLISHED", author.get("/api/articles/" + id).json().get("status").asText());

    // The agent's search finds the published article (drafts are never found).
    Api.Reply found =
        agent.searchUntil(
            word, r -> r.status() == 200 && r.json().get("total").asInt() > 0, INDEXED);
    assertEquals(id, found.json().get("hits").get(0).get("id").asText(), found.body());
    assertEquals(title, found.json().get("hits").get(0).get("title").asText());

    // ... and so does the agent typing it into the search screen.
    reviewer.clearSession();
    reviewer.open("/").signInThroughApi(agent.username(), agent.password());
    reviewer.driver().navigate().refresh();
    reviewer.waitFor("[data-test=user]");
    reviewer.type("[data-test=search-input]", word);
    reviewer.waitForText("[data-test=results]", title);
    reviewer.assertNoJsErrors();
  }

  /**
   * Two editors change the same article in two browsers: different paragraphs, one paragraph both,
   * the title, a tag. The first saves; the second gets the merge view (their changes, a clean merge
   * of the rest, one conflict), keeps both versions of the conflicting paragraph and saves: the
   * latest version holds every change of both.
   */
  public void twoEditorsSaveTheSameArticleAndNoWorkIsLost() {
    String space = admin.newSpace();
    Api first = admin.newUser("AUTHOR");
    Api second = admin.newUser("AUTHOR");
    String body =
        String.join(
            "\n\n",
            "## 退款时限",
            "第一段：退款在 7 个工作日内原路退回。",
            "第二段：超过时限请先核实订单号。",
            "第三段：客户情绪激动时先安抚，再解释流程。",
            "第四段：仍未到账的，提交工单给财务组。");
    String id = first.newArticle(space, "退款多久到账", body);

    Browser a = signedIn(browser, first);
    Browser b = signedIn(a.secondSession(), second);
    a.open("/#/articles/" + id + "/edit");
    b.open("/#/articles/" + id + "/edit");
    a.waitForText("[data-test=editor-preview]", "第四段");
    b.waitForText("[data-test=editor-preview]", "第四段");

    replaceInBody(a, "7 个工作日内原路退回", "3 到 5 个工作日内原路退回（A）");
    replaceInBody(a, "先安抚，再解释流程", "先道歉并安抚（A）");
    a.type("[data-test=tags-input]", "时效").press(Keys.ENTER);
    new Actions(a.driver()).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
    a.waitForText("[data-test=editor-version]", "2");

    replaceInBody(b, "先安抚，再解释流程", "先倾听，再解释流程（B）");
    replaceInBody(b, "提交工单给财务组", "提交工单给财务组，并在 24 小时内回电（B）");
    b.type("[data-test=editor-title]", "退款多久到账（B 补充）");
    b.click("[data-test=save]");

    b.waitFor("[data-test=merge-view]");
    // What the other editor changed, marked as insertions.
    b.until(d -> insertedText(b).contains("道歉并") && insertedText(b).contains("（A）"));
    assertEquals(1, b.all("[data-test=merge-conflict]").size());
    assertTrue(b.text("[data-test=merge-mine]").contains("先倾听"));
    assertTrue(b.text("[data-test=merge-theirs]").contains("先道歉并安抚"));
    b.screenshot("authoring-merge-view");
    b.click("[data-test=merge-save]"); // not yet: one conflict is open
    assertEquals(1, b.all("[data-test=merge-view]").size(), "an unresolved merge is not saved");
    assertEquals("keep-mine", b.focused().getAttribute("data-test"), "focus goes to the conflict");
    b.click("[data-test=merge-conflict] [data-test=keep-both]");
    b.waitFor("[data-test=merge-resolution]");
    b.click("[data-test=merge-save]");
    b.waitUntilGone("[data-test=merge-view]");
    b.waitForText("[data-test=editor-version]", "3");
    a.assertNoJsErrors();
    b.assertNoJsErrors();

    JsonNode latest = first.get("/api/articles/" + id).json();
    String saved = latest.get("body").asText();
    assertEquals(3, latest.get("latestVersion").asInt());
    assertEquals("退款多久到账（B 补充）", latest.get("title").asText());
    assertEquals(List.of("时效"), Api.texts(latest.get("tags")));
    for (String change :
        List.of("3 到 5 个工作日内原路退回（A）", "先道歉并安抚（A）", "先倾听，再解释流程（B）", "在 24 小时内回电（B）")) {
      assertTrue(saved.contains(change), "kept: " + change + " in\n" + saved);
    }
    assertTrue(saved.contains("第二段：超过时限请先核实订单号。"), "untouched text kept");
  }

  /**
   * An author uploads a file in the editor: a progress bar follows the upload and the attachment
   * appears in the list, is inserted into the text as a link and is saved with it; a program is
   * refused with a clear message.
   */
  public void attachmentUploadShowsProgressAndTheAttachmentAppears() {
    String space = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    String id = author.newArticle(space, "退款操作手册", "见附件。");
    Path manual = file("退款操作手册.txt", manualText().getBytes(StandardCharsets.UTF_8));
    byte[] executable = new byte[2048];
    executable[0] = 'M';
    executable[1] = 'Z';
    executable[2] = (byte) 0x90;
    Path program = file("tool.exe", executable);

    signedIn(browser, author);
    browser.open("/#/articles/" + id + "/edit");
    browser.waitFor("[data-test=editor-body]");
    browser.until(d -> !browser.all("[data-test=attachment-file]").isEmpty());
    browser.script(
        "window.__uploadProgress = [];"
            + "new MutationObserver(() => document.querySelectorAll('[data-test=upload] progress')"
            + ".forEach((p) => window.__uploadProgress.push(p.value)))"
            + ".observe(document.querySelector('[data-test=uploads]'),"
            + " {childList: true, subtree: true, characterData: true});");
    fileInput(browser).sendKeys(manual.toString());

    // The server extracts the text before it answers: give it longer than a page reaction.
    WebElement item =
        new WebDriverWait(browser.driver(), SERVER_WORK)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-test=attachment][data-name='退款操作手册.txt']")));
    assertTrue(item.getText().contains("Text extracted"), item.getText());
    @SuppressWarnings("unchecked")
    List<Number> progress = (List<Number>) browser.script("return window.__uploadProgress");
    assertFalse(progress.isEmpty(), "a progress bar was shown");
    assertEquals(100, progress.get(progress.size() - 1).intValue(), "progress reached 100%");

    item.findElement(By.cssSelector("[data-test=attachment-insert]")).click();
    browser.until(d -> body(browser).contains("[退款操作手册.txt](/api/attachments/"));
    browser.click("[data-test=save]");
    browser.waitForText("[data-test=editor-version]", "2");

    fileInput(browser).sendKeys(program.toString());
    String refusal =
        new WebDriverWait(browser.driver(), SERVER_WORK)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-test=upload-error]")))
            .getText();
    assertTrue(refusal.contains("tool.exe") && refusal.contains("not allowed"), refusal);
    browser.assertNoJsErrors();

    JsonNode attachments = author.get("/api/articles/" + id + "/attachments").json();
    assertEquals(1, attachments.size());
    String attachmentId = attachments.get(0).get("id").asText();
    assertTrue(
        author
            .get("/api/articles/" + id)
            .json()
            .get("body")
            .asText()
            .contains("/api/attachments/" + attachmentId));
  }

  /**
   * A publisher sends a submitted article back: without a comment the review screen refuses; with
   * one the article is a draft again, and the author sees the comment in the editor.
   */
  public void rejectionWithACommentReturnsTheArticleToItsAuthor() {
    String space = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    Api publisher = admin.newUser("AUTHOR");
    admin.grant(space, publisher.username(), "PUBLISH");
    String id = author.newArticle(space, "会员积分怎么查", "## 回答\n\n登录 App 查看。");
    assertEquals(200, author.post("/api/articles/" + id + "/workflow/submit", "{}").status());
    String comment = "请补充积分到账时间和客服电话。";

    Browser reviewer = signedIn(browser, publisher);
    reviewer.open("/#/articles/" + id + "/review");
    reviewer.waitForText("[data-test=review-rendered]", "登录 App 查看");
    reviewer.click("[data-test=reject]");
    reviewer.waitForText("[data-test=review-message]", "comment");
    assertEquals("review-comment", reviewer.focused().getAttribute("data-test"));
    assertEquals("IN_REVIEW", author.get("/api/articles/" + id).json().get("status").asText());
    reviewer.type("[data-test=review-comment]", comment);
    reviewer.click("[data-test=reject]");
    reviewer.waitFor("[data-test=review-result][data-result=reject]");
    reviewer.assertNoJsErrors();
    assertEquals("DRAFT", author.get("/api/articles/" + id).json().get("status").asText());

    Browser writer = signedIn(reviewer.secondSession(), author);
    writer.open("/#/articles/" + id + "/edit");
    assertEquals(comment, writer.text("[data-test=rejection-comment]"));
    writer.waitFor("[data-test=status][data-status=DRAFT]");
    writer.waitFor("[data-test=submit]");
    writer.assertNoJsErrors();
  }

  /**
   * The editor's three-way merge (ui/authoring/merge.js), run in the browser on the cases a merge
   * must get right: changes to different lines combine, the same change twice is no conflict,
   * deletions and insertions at both ends combine, only overlapping changes conflict, tags merge as
   * sets.
   */
  public void threeWayMergeCombinesEverythingThatDoesNotOverlap() {
    browser.open("/");
    browser.waitFor("[data-test=login-username]");
    Object result =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/ui/authoring/merge.js').then((m) => {"
                    + " const run = (o, a, b) => { const r = m.merge3(o, a, b);"
                    + "  return r.conflicts + ':' + m.mergedText(r.chunks); };"
                    + " done([run('a\\nb\\nc\\nd', 'A\\nb\\nc\\nd', 'a\\nb\\nc\\nD'),"
                    + "  run('a\\nb\\nc', 'a\\nB\\nc', 'a\\nB\\nc'),"
                    + "  run('a\\nb\\nc\\nd', 'a\\nc\\nd', 'a\\nb\\nc\\nD'),"
                    + "  run('a\\nb', 'a\\nb\\nmine', 'theirs\\na\\nb'),"
                    + "  run('a\\nb\\nc', 'a\\nmine\\nc', 'a\\ntheirs\\nc'),"
                    + "  run('', '', 'new'),"
                    + "  m.mergeTags(['x', 'y'], ['x', 'y', 'mine'], ['y', 'theirs']).join(',')]);"
                    + "}, (e) => done(String(e)));");
    assertEquals(
        List.of(
            "0:A\nb\nc\nD",
            "0:a\nB\nc",
            "0:a\nc\nD",
            "0:theirs\na\nb\nmine",
            "1:a\nmine\nc",
            "0:new",
            "y,mine,theirs"),
        result);
    browser.assertNoJsErrors();
  }

  // ---- helpers ----

  /** Signs the browser in as the user, with nothing left of an earlier session. */
  private static Browser signedIn(Browser browser, Api user) {
    browser.open("/");
    browser.clearSession();
    browser.signInAs(user.username(), user.password());
    browser.console().clear();
    return browser;
  }

  private static String body(Browser browser) {
    return (String)
        browser.script("return document.querySelector('[data-test=editor-body]')?.value ?? ''");
  }

  /** The text the diff panel marks as inserted (without its screen-reader labels). */
  private static String insertedText(Browser browser) {
    return (String)
        browser.script(
            "return [...document.querySelectorAll('[data-test=diff-panel] ins')].map((e) => {"
                + " const c = e.cloneNode(true);"
                + " c.querySelectorAll('.visually-hidden').forEach((x) => x.remove());"
                + " return c.textContent; }).join('|')");
  }

  private static List<String> chips(Browser browser, String test) {
    return browser.all("[data-test=" + test + "-chip]").stream()
        .map(e -> e.getAttribute("data-tag"))
        .toList();
  }

  /** Selects a passage of the body and types over it, as an author would. */
  private static void replaceInBody(Browser browser, String passage, String replacement) {
    Boolean found =
        (Boolean)
            browser.script(
                "const ta = document.querySelector('[data-test=editor-body]');"
                    + "const at = ta.value.indexOf(arguments[0]);"
                    + "if (at < 0) return false;"
                    + "ta.focus(); ta.setSelectionRange(at, at + arguments[0].length); return true;",
                passage);
    assertTrue(found, "the body contains " + passage);
    browser.press(replacement);
    browser.until(d -> body(browser).contains(replacement));
  }

  private static String articleIdIn(String route, String suffix) {
    if (route == null || !route.startsWith("#/articles/") || !route.endsWith(suffix)) {
      return null;
    }
    String id = route.substring("#/articles/".length(), route.length() - suffix.length());
    return id.equals("new") ? null : id;
  }

  private static WebElement fileInput(Browser browser) {
    return browser.driver().findElement(By.cssSelector("[data-test=attachment-file]"));
  }

  /** Six random lowercase letters: a word no other article contains. */
  private static String token() {
    return RANDOM
        .ints(6, 'a', 'z' + 1)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /** A few megabytes of text, so that the upload takes long enough to show its progress. */
  private static String manualText() {
    String line = "退款流程：核实订单号，确认支付渠道，提交退款申请。Refund steps for agents.\n";
    return line.repeat(20_000);
  }

  private static Path file(String name, byte[] content) {
    try {
      Path dir =
          Files.createTempDirectory(
              Path.of(System.getProperty("kb.test.tmpdir", "target")), "uploads");
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
