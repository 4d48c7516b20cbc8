package io.kbplatform.app.ui;

import static io.kbplatform.app.testsupport.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Browser;
import io.kbplatform.app.testsupport.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The article reader: content from authors can never run script; attachments are shown in place; a
 * mandatory article is acknowledged from the page.
 */
public final class ReaderScenarios {

  private static final String BODY = "[data-test=article-body]";

  private final Browser browser;
  private final Api admin;

  public ReaderScenarios(Browser browser, URI base) {
    this.browser = browser;
    this.admin = Api.admin(base);
  }

  /**
   * An article with a script element, an image with an error handler and javascript: links renders
   * as inert text, on its page and in the search pane: the payload never runs.
   */
  public void scriptInArticleRendersInert() {
    String token = SearchScenarios.token();
    String space = admin.newSpace();
    String body =
        "Before <script>window.kbPwned = 1; document.title = 'pwned'; alert(1)</script> after.\n\n"
            + "<img src=\"x\" onerror=\"window.kbPwned = 2; alert(2)\">\n\n"
            + "[click me](javascript:window.kbPwned=3)\n\n"
            + "<a href=\"javascript:window.kbPwned=4\">raw link</a>\n\n"
            + "<iframe src=\"javascript:window.kbPwned=5\"></iframe>\n\n"
            + "<svg><script>window.kbPwned = 6</script></svg>\n\n"
            + "Visible text "
            + token
            + " <b>stays</b>.";
    String id = createAndPublish(space, "Payload " + token, body);
    admin.searchUntil(
        token,
        r -> r.status() == 200 && r.json().get("total").asInt() == 1,
        Duration.ofSeconds(60));
    Api agent = admin.newUser("AGENT");
    signIn(agent);

    browser.open("/#/articles/" + id);
    browser.driver().navigate().refresh();
    browser.waitForText(BODY, "Visible text " + token);
    assertInert();
    assertEquals(
        0L,
        browser.script(
            "return document.querySelectorAll('[data-test=article-body] script, [data-test=article-body] iframe').length"));
    assertEquals(
        0L,
        browser.script(
            "return [...document.querySelectorAll('[data-test=article-body] *')]"
                + ".filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"),
        "no event handler attribute survived");
    assertEquals(
        0L,
        browser.script(
            "return [...document.querySelectorAll('[data-test=article-body] a')]"
                + ".filter(a => /^\\s*javascript:/i.test(a.getAttribute('href') || '')).length"),
        "no javascript: link survived");
    assertTrue(browser.text(BODY).contains("Before"), "the text around the payload is shown");
    assertTrue(browser.text(BODY).contains("click me"));
    browser.driver().findElement(org.openqa.selenium.By.linkText("click me")).click();
    assertInert();

    // The same article in the search screen's preview pane.
    browser.open("/#/");
    browser.type("[data-test=search-input]", token);
    browser.until(
        d ->
            token.equals(
                browser.script(
                    "return document.querySelector('[data-test=results]')?.dataset.query")));
    browser.press(Keys.ENTER);
    browser.waitForText("[data-test=pane] " + BODY, "Visible text " + token);
    assertInert();
    // Parsing the sanitiser's input makes Chromium report an inline handler it will never run
    // (core/markdown.js); anything else in the console is an error.
    List<String> errors =
        browser.console().jsErrors().stream()
            .filter(
                e -> !(e.contains("/webjars/dompurify/") && e.contains("Content Security Policy")))
            .toList();
    assertEquals(List.of(), errors, "browser console errors");
  }

  /**
   * Images show inline, a PDF in a frame, other files as download links with their size; a
   * mandatory article is acknowledged with one click and leaves the reader's pending list.
   */
  public void attachmentsAndAcknowledgement() {
    String token = SearchScenarios.token();
    String space = admin.newSpace();
    Api agent = admin.newUser("AGENT");
    String group = Fixtures.newGroup(admin, agent);
    String id = createAndPublish(space, "身份核验新规 " + token, "来电核验身份时，必须核对**两项**信息。");
    upload(id, "核验流程.png", png());
    upload(id, "核验表.pdf", pdf());
    upload(id, "notes.txt", "核验备注\n".getBytes(StandardCharsets.UTF_8));
    Fixtures.require(
        admin.put("/api/articles/" + id + "/mandatory", json(Map.of("groups", List.of(group)))),
        200);
    signIn(agent);

    browser.open("/#/articles/" + id);
    browser.driver().navigate().refresh();
    browser.waitForText("[data-test=article-title]", token);
    browser.waitFor("[data-test=attachments]");
    browser.until(
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    "const img = document.querySelector('[data-test=attachments] img');"
                        + "return !!img && img.complete && img.naturalWidth === 40;")));
    assertEquals(
        1L,
        browser.script(
            "return document.querySelectorAll('[data-test=attachments] iframe.pdf-frame[src^=\"/api/attachments/\"]').length"));
    assertTrue(browser.text("[data-test=attachments]").contains("notes.txt"));
    assertEquals(
        1L,
        browser.script(
            "return document.querySelectorAll('[data-test=attachments] a[download=\"notes.txt\"]').length"));
    assertTrue(browser.all("[data-test=article-edit]").isEmpty(), "agents get no edit link");

    browser.waitFor("[data-test=acknowledgement]");
    browser.click("[data-test=acknowledge]");
    browser.waitUntilGone("[data-test=acknowledge]");
    assertEquals(
        true,
        browser.script(
            "return document.querySelector('[data-test=acknowledgement]').classList.contains('ack-done')"));
    String pending = Fixtures.require(agent.get("/api/acknowledgements/pending"), 200).body();
    assertFalse(pending.contains(id), "nothing left to acknowledge: " + pending);

    // A publisher of the space sees where to edit, the history and who must read it.
    signIn(admin);
    browser.open("/#/articles/" + id);
    browser.driver().navigate().refresh();
    browser.waitFor("[data-test=article-edit]");
    browser.waitFor("[data-test=article-history]");
    browser.waitFor("[data-test=article-reading]");
    browser.assertNoJsErrors();
  }

  private void assertInert() {
    assertEquals(
        null,
        browser.script("return window.kbPwned === undefined ? null : window.kbPwned"),
        "the payload did not run");
    assertFalse(String.valueOf(browser.script("return document.title")).contains("pwned"));
    assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
  }

  private void signIn(Api user) {
    browser.clearSession();
    browser.signInAs(user.username(), user.password());
  }

  private String createAndPublish(String space, String title, String body) {
    String id =
        Fixtures.require(
                admin.post(
                    "/api/articles", json(Map.of("space", space, "title", title, "body", body))),
                201)
            .json()
            .get("id")
            .asText();
    Fixtures.publish(admin, id, true);
    return id;
  }

  private void upload(String articleId, String name, byte[] bytes) {
    String encoded = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    Fixtures.require(
        admin.sendBytes(
            "POST",
            "/api/articles/" + articleId + "/attachments?publish=true&name=" + encoded,
            bytes,
            "Content-Type",
            "application/octet-stream"),
        201);
  }

  private static byte[] png() {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 20; y++) {
        image.setRGB(x, y, 0x3366cc);
      }
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF saying "Verification form". */
  private static byte[] pdf() {
    String content = "BT /F1 24 Tf 72 720 Td (Verification form) Tj ET";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
          + " /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
