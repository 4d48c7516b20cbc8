package io.kbplatform.app.ui;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Fixtures.find;
import static io.kbplatform.app.testsupport.Fixtures.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Browser;
import java.net.URI;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * "My work" (#/work): an owner's review queue and feedback inbox, an author's drafts, a publisher's
 * approvals, the article requests of a space, and everyone's own requests and feedback.
 */
public final class WorkScenarios {

  private final Browser browser;
  private final Api admin;

  public WorkScenarios(Browser browser, URI base) {
    this.browser = browser;
    this.admin = Api.admin(base);
  }

  /**
   * An owner sees an article past its review date in the review queue, verifies it there (the badge
   * goes away, the server records it) and moves between the tabs with the arrow keys.
   */
  public void ownerVerifiesAnArticleDueForReview() {
    String space = admin.newSpace();
    Api owner = admin.newUser("AUTHOR");
    String title = "退款到账时间说明 " + space;
    String id = article(owner, space, title, 0);
    admin.publish(id);
    require(admin.post("/api/reviews/check", ""), 200);
    assertTrue(owner.get("/api/articles/" + id).json().path("needsReview").asBoolean());

    signIn(owner).open("/#/work?tab=reviews");
    String row = row("work-review-row", id);
    browser.waitForText(row, "Needs review");
    assertEquals("1", browser.text("[data-test=work-count-reviews]"), "the tile counts it");
    WebElement verify = browser.waitFor(row + " [data-test=work-verify]");
    assertTrue(verify.getAttribute("aria-label").contains(title), "the button names the article");

    verify.click();
    browser.waitForText(row, "Verified");
    assertFalse(browser.text(row).contains("Needs review"), "the needs-review badge is gone");
    JsonNode article = owner.get("/api/articles/" + id).json();
    assertFalse(article.path("needsReview").asBoolean());
    assertFalse(article.path("verifiedAt").isMissingNode(), "the server recorded the check");
    assertEquals(owner.username(), article.path("verifiedBy").asText());

    browser.waitFor("[data-test=work-tab-reviews]").click();
    browser.press(Keys.ARROW_RIGHT);
    browser.until(d -> browser.route().equals("#/work?tab=inbox"));
    assertEquals("work-tab-inbox", browser.focused().getAttribute("data-test"));
    assertEquals("true", browser.focused().getAttribute("aria-selected"));
    browser.waitFor("[data-test=work-panel-inbox]");
    browser.press(Keys.ARROW_LEFT);
    browser.until(d -> browser.route().equals("#/work?tab=reviews"));
    browser.assertNoJsErrors();
  }

  /**
   * Feedback an agent leaves arrives in the owner's inbox; the owner resolves it with a reply, and
   * the agent sees the reply under "My requests and feedback".
   */
  public void ownerResolvesFeedbackFromAnAgent() {
    String space = admin.newSpace();
    Api owner = admin.newUser("AUTHOR");
    Api agent = admin.newUser("AGENT");
    String title = "会员积分过期规则 " + space;
    String id = article(owner, space, title, 180);
    admin.publish(id);
    String feedback =
        require(
                agent.post(
                    "/api/articles/" + id + "/feedback",
                    json(Map.of("kind", "FLAG", "reason", "INCORRECT", "comment", "有效期写错了，应为两年。"))),
                201)
            .json()
            .path("id")
            .asText();

    signIn(owner).open("/#/work?tab=inbox");
    String row = row("work-feedback-row", feedback);
    browser.waitForText(row, "有效期写错了");
    browser.waitForText(row + " [data-test=work-article-link]", title);
    assertTrue(browser.text(row).contains(agent.username()), "who sent it");
    browser.click(row + " [data-test=work-resolve]");
    browser.type("[data-test=prompt-input]", "已改为两年，谢谢指正。");
    browser.click("[data-test=prompt-ok]");
    browser.waitForText(row, "Resolved");
    assertTrue(browser.all(row + " [data-test=work-resolve]").isEmpty(), "nothing left to do");

    JsonNode mine = find(agent.get("/api/feedback/mine").json(), "id", feedback);
    assertEquals("RESOLVED", mine.path("state").asText());
    assertEquals("已改为两年，谢谢指正。", mine.path("reply").asText());

    signIn(agent).open("/#/work");
    browser.waitForText("h1", "My requests and feedback");
    assertTrue(browser.all("[data-test=work-tabs]").isEmpty(), "agents get no queues");
    String mineRow = row("work-my-feedback-row", feedback);
    browser.waitForText(mineRow + " [data-test=work-my-reply]", "已改为两年");
    browser.waitForText(mineRow + " [data-test=work-article-link]", title);
    browser.assertNoJsErrors();
  }

  /**
   * My drafts lists an author's draft, marks one a publisher sent back with the comment, lists the
   * submitted one under "Submitted by me", and reads well as cards at tablet width.
   */
  public void authorSeesDraftsAndReturnedOnes() {
    String space = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    String draft = article(author, space, "快递丢件赔付标准 " + space, 180);
    String returned = article(author, space, "海外订单关税说明 " + space, 180);
    require(author.post("/api/articles/" + returned + "/workflow/submit", "{}"), 200);
    require(
        admin.post(
            "/api/articles/" + returned + "/workflow/reject",
            json(Map.of("comment", "请补充关税计算示例。"))),
        200);
    String submitted = article(author, space, "售后换货时效 " + space, 180);
    require(author.post("/api/articles/" + submitted + "/workflow/submit", "{}"), 200);

    signIn(author).open("/#/work?tab=drafts");
    String draftRow = row("work-draft-row", draft);
    browser.waitForText(draftRow, "快递丢件赔付标准");
    assertTrue(
        browser
            .waitFor(draftRow + " [data-test=work-edit]")
            .getAttribute("href")
            .endsWith("#/articles/" + draft + "/edit"));
    browser.waitForText(
        row("work-draft-row", returned) + " [data-test=work-returned]", "请补充关税计算示例");
    assertTrue(browser.all(draftRow + " [data-test=work-returned]").isEmpty());
    assertTrue(browser.all(row("work-draft-row", submitted)).isEmpty(), "not a draft");
    assertEquals("2", browser.text("[data-test=work-count-drafts]"));

    new org.openqa.selenium.support.ui.Select(browser.waitFor("[data-test=work-drafts-status]"))
        .selectByValue("IN_REVIEW");
    browser.waitForText(row("work-draft-row", submitted), "售后换货时效");
    assertTrue(browser.all(draftRow).isEmpty());

    try {
      browser.resize(Browser.TABLET);
      Object overflow =
          browser.script("return document.scrollingElement.scrollWidth - window.innerWidth");
      assertEquals(0L, overflow, "no horizontal scrolling at 768 px");
      Object headerShown =
          browser.script(
              "return document.querySelector('[data-test=work-drafts] thead').offsetHeight > 2");
      assertEquals(false, headerShown, "rows are cards: the header row is only for screen readers");
    } finally {
      browser.resize(Browser.DESKTOP);
    }
    browser.assertNoJsErrors();
  }

  /**
   * An article an author submits waits under "Awaiting my approval" for a publisher of its space,
   * linking to the review screen; an author without PUBLISH gets no such list.
   */
  public void publisherSeesWhatAwaitsApproval() {
    String space = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    Api publisher = admin.newUser("AUTHOR");
    admin.grant(space, publisher.username(), "PUBLISH");
    String id = article(author, space, "Wi-Fi 访客网络申请 " + space, 180);
    require(author.post("/api/articles/" + id + "/workflow/submit", "{}"), 200);

    signIn(publisher).open("/#/work?tab=approvals");
    String row = row("work-approval-row", id);
    browser.waitForText(row, "Wi-Fi 访客网络申请");
    assertTrue(
        browser
            .waitFor(row + " [data-test=work-review]")
            .getAttribute("href")
            .endsWith("#/articles/" + id + "/review"));

    signIn(author).open("/#/work?tab=approvals");
    browser.waitFor("[data-test=work-panel-reviews]");
    assertTrue(browser.all("[data-test=work-tab-approvals]").isEmpty(), "no approvals tab");
    assertTrue(browser.all(row).isEmpty(), "nothing to approve");
    assertEquals(
        "true",
        browser.waitFor("[data-test=work-tab-reviews]").getAttribute("aria-selected"),
        "an unknown tab falls back to the first");
    browser.assertNoJsErrors();
  }

  /**
   * An agent's request for a missing article reaches an author of the space, who can write it (the
   * editor opens with the space and the query), mark one done or decline another; the agent sees
   * what became of both.
   */
  public void authorHandlesArticleRequests() {
    String space = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    Api agent = admin.newUser("AGENT");
    String declined = request(agent, "退款 多久 到账 " + space, space);
    String done = request(agent, "发票 重开 " + space, space);

    signIn(author).open("/#/work?tab=requests");
    String declinedRow = row("work-request-row", declined);
    browser.waitForText(declinedRow, "退款 多久 到账");
    assertTrue(browser.text(declinedRow).contains(agent.username()), "who asked");
    String write =
        browser.waitFor(declinedRow + " [data-test=work-request-write]").getAttribute("href");
    assertTrue(write.contains("#/articles/new?space=" + space + "&title="), write);

    browser.click(declinedRow + " [data-test=work-request-decline]");
    browser.type("[data-test=prompt-input]", "已有文章覆盖此问题。");
    browser.click("[data-test=prompt-ok]");
    browser.waitUntilGone(declinedRow);

    String doneRow = row("work-request-row", done);
    browser.click(doneRow + " [data-test=work-request-done]");
    browser.waitFor("[data-test=work-done-dialog]");
    browser
        .driver()
        .findElement(By.cssSelector("[data-test=work-done-dialog] input[value='']"))
        .click();
    browser.type("[data-test=work-done-comment]", "已补充到发票文章中。");
    browser.click("[data-test=work-done-ok]");
    browser.waitUntilGone(doneRow);

    JsonNode mine = agent.get("/api/article-requests/mine").json();
    assertEquals("DECLINED", find(mine, "id", declined).path("status").asText());
    assertEquals("DONE", find(mine, "id", done).path("status").asText());

    signIn(agent).open("/#/work");
    browser.waitForText(row("work-my-request-row", declined), "Declined");
    browser.waitForText(row("work-my-request-row", declined), "已有文章覆盖此问题。");
    browser.waitForText(row("work-my-request-row", done), "Done");
    browser.assertNoJsErrors();
  }

  private Browser signIn(Api user) {
    browser.clearSession();
    browser.signInAs(user.username(), user.password());
    return browser;
  }

  private static String row(String test, String id) {
    return "[data-test=" + test + "][data-id='" + id + "']";
  }

  private static String article(Api author, String space, String title, int reviewIntervalDays) {
    return require(
            author.post(
                "/api/articles",
                json(
                    Map.of(
                        "space", space,
                        "title", title,
                        "body", "## 步骤\n1. 核实订单",
                        "reviewIntervalDays", reviewIntervalDays))),
            201)
        .json()
        .path("id")
        .asText();
  }

  private static String request(Api agent, String query, String space) {
    return require(
            agent.post(
                "/api/article-requests",
                json(Map.of("query", query, "space", space, "note", "客户在问，搜不到"))),
            201)
        .json()
        .path("id")
        .asText();
  }
}
