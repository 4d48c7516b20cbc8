package io.kbplatform.app.ui;

import static io.kbplatform.app.testsupport.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Browser;
import io.kbplatform.app.testsupport.Fixtures;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The agent search screen as an agent uses it: results that follow typing, the keyboard, the
 * preview pane beside the list, feedback from the pane, what a user without access never sees, and
 * the empty result with "did you mean" and "request an article".
 */
public final class SearchScenarios {

  private static final String RESULTS = "[data-test=results]";
  private static final String RESULT = "[data-test=result]";
  private static final String BOX = "[data-test=search-input]";
  private static final String PANE = "[data-test=pane]";

  private final Browser browser;
  private final Api admin;

  public SearchScenarios(Browser browser, URI base) {
    this.browser = browser;
    this.admin = Api.admin(base);
  }

  /**
   * Typing letter by letter updates the results; ↓ ↓ Enter opens the second result beside the list
   * without re-rendering it; Esc closes the pane and keeps the list; "/" focuses the box.
   */
  public void searchAsYouTypeAndOpenByKeyboard() {
    String token = token();
    String space = admin.newSpace();
    String process = publish(space, token + " 退款流程", token + " 客户申请退款时，先核实订单号和购买日期。", List.of());
    String arrival = publish(space, token + " 退款到账时间", token + " 退款审核通过后三到五个工作日到账。", List.of());
    String invoice = publish(space, token + " 电子发票开具", token + " 电子发票在订单完成后开具。", List.of());
    waitSearchable(token, 3);
    Api agent = admin.newUser("AGENT");
    signIn(agent);

    WebElement box = browser.waitFor(BOX);
    assertEquals(box, browser.focused(), "the search box has the focus on arrival");
    for (char c : token.toCharArray()) {
      browser.press(String.valueOf(c));
    }
    waitForQuery(browser, token);
    assertEquals(3, browser.all(RESULT).size(), "every article with the word");
    browser.press(" ", "退", "款");
    String query = token + " 退款";
    waitForQuery(browser, query);
    List<String> ids = resultIds(browser);
    // Other tests' refund articles on the shared server may come too, found by meaning: the
    // narrowing shows on this test's own three articles.
    List<String> own = ids.stream().filter(List.of(process, arrival, invoice)::contains).toList();
    assertEquals(2, own.size(), "the results narrowed as the query grew: " + ids);
    assertTrue(own.containsAll(List.of(process, arrival)), ids.toString());

    // Suggestions come while typing; Esc dismisses them and keeps the query.
    browser.waitFor("[data-test=suggestions]");
    browser.press(Keys.ESCAPE);
    browser.waitUntilGone("[data-test=suggestions]");
    assertEquals(query, browser.waitFor(BOX).getAttribute("value"));

    browser.script("document.querySelector(arguments[0]).kbMarker = 'same list'", RESULTS);
    browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
    String second = ids.get(1);
    String secondTitle =
        browser
            .all(RESULT)
            .get(1)
            .findElement(By.cssSelector("[data-test=result-title]"))
            .getText();
    browser.waitForText(PANE + " [data-test=article-title]", secondTitle);
    assertTrue(browser.route().contains("open=" + second), browser.route());
    assertEquals(
        "same list",
        browser.script("return document.querySelector(arguments[0]).kbMarker", RESULTS),
        "opening an article does not re-render the list");
    assertEquals(ids, resultIds(browser));
    assertEquals(
        query,
        browser.script("return document.querySelector(arguments[0]).dataset.query", RESULTS));

    browser.press(Keys.ESCAPE);
    browser.waitUntilGone(PANE);
    browser.until(d -> !browser.route().contains("open="));
    assertEquals(ids, resultIds(browser), "the list is intact after the pane closed");
    assertEquals(
        "same list",
        browser.script("return document.querySelector(arguments[0]).kbMarker", RESULTS));
    assertEquals("search-input", browser.focused().getAttribute("data-test"));

    // "/" brings the focus back to the box from anywhere on the page.
    browser.script(
        "document.querySelector('[data-test=result-count]').setAttribute('tabindex', '-1');"
            + "document.querySelector('[data-test=result-count]').focus()");
    browser.press("/");
    assertEquals("search-input", browser.focused().getAttribute("data-test"));
    assertEquals(
        query, browser.focused().getAttribute("value"), "the slash was not typed into the box");

    // Reload keeps the query and the open article (state in the address).
    browser.press(Keys.ARROW_DOWN, Keys.ENTER);
    browser.waitFor(PANE + " [data-test=article-title]");
    String route = browser.route();
    browser.driver().navigate().refresh();
    waitForQuery(browser, query);
    browser.waitFor(PANE + " [data-test=article-title]");
    assertEquals(route, browser.route());
    browser.assertNoJsErrors();
  }

  /**
   * Helpful, then not helpful with a reason and a comment, right in the pane: the API counts them.
   */
  public void feedbackFromThePane() {
    String token = token();
    String space = admin.newSpace();
    String id = publish(space, token + " 话费查询", token + " 发送短信 CXHF 到 10086 查询话费。", List.of());
    waitSearchable(token, 1);
    Api agent = admin.newUser("AGENT");
    signIn(agent);
    browser.open("/#/?q=" + encode(token) + "&open=" + id);
    browser.waitFor(PANE + " [data-test=feedback]");

    browser.click(PANE + " [data-test=feedback-helpful]");
    browser.until(
        d ->
            "true"
                .equals(
                    browser
                        .waitFor(PANE + " [data-test=feedback-helpful]")
                        .getAttribute("aria-pressed")));
    JsonNode summary = summary(agent, id);
    assertEquals(1, summary.get("helpful").asInt(), summary.toString());

    browser.click(PANE + " [data-test=feedback-not-helpful]");
    browser.click(PANE + " [data-test=reason-OUTDATED]");
    browser.type(PANE + " [data-test=feedback-comment]", "号码已经改成 10000 了");
    browser.click(PANE + " [data-test=feedback-send]");
    browser.until(
        d ->
            "true"
                .equals(
                    browser
                        .waitFor(PANE + " [data-test=feedback-not-helpful]")
                        .getAttribute("aria-pressed")));
    assertEquals(
        "false",
        browser.waitFor(PANE + " [data-test=feedback-helpful]").getAttribute("aria-pressed"));
    summary = summary(agent, id);
    assertEquals(
        0, summary.get("helpful").asInt(), "the new vote replaced the old one: " + summary);
    assertEquals(1, summary.get("notHelpful").asInt(), summary.toString());
    assertEquals(1, summary.get("reasons").get("OUTDATED").asInt(), summary.toString());

    // Reopened later, the pane shows the vote this agent gave.
    browser.open("/#/?q=" + encode(token));
    browser.driver().navigate().refresh();
    waitForQuery(browser, token);
    browser.press(Keys.ENTER);
    browser.until(
        d ->
            "true"
                .equals(
                    browser
                        .waitFor(PANE + " [data-test=feedback-not-helpful]")
                        .getAttribute("aria-pressed")));
    browser.assertNoJsErrors();
  }

  /**
   * An article restricted to a group never shows to others: not in results, suggestions or facet
   * counts, and its page is "not found"; a member sees it everywhere.
   */
  public void restrictedArticleNeverAppears() {
    String token = token();
    String space = admin.newSpace();
    Api outsider = admin.newUser("AGENT");
    Api member = admin.newUser("AGENT");
    String group = Fixtures.newGroup(admin, member);
    publish(space, token + " 普通客户升级流程", token + " 普通客户的升级处理。", List.of("公开标签", "shared-" + token));
    String secret =
        createArticle(
            space, token + " 机密 VIP 专线", token + " 专线号码 8008。", List.of("机密标签", "shared-" + token));
    Fixtures.restrict(admin, secret, group);
    Fixtures.publish(admin, secret, true);
    waitSearchable(token, 2);

    signIn(outsider);
    typeQuery(browser, token);
    assertEquals(1, browser.all(RESULT).size());
    assertFalse(resultIds(browser).contains(secret));
    assertFalse(browser.waitFor(RESULTS).getText().contains("机密"));
    browser.waitFor("[data-test=suggestions]");
    assertFalse(browser.text("[data-test=suggestions]").contains("机密"), "no suggestion names it");
    assertEquals(null, facetCount(browser, "tags", "机密标签"), "its tag is not a facet value");
    assertEquals(
        "1", facetCount(browser, "tags", "shared-" + token), "the shared tag counts one article");
    browser.open("/#/articles/" + secret);
    browser.waitFor("[data-test=not-found]");
    assertFalse(browser.waitFor("main").getText().contains("8008"));

    signIn(member);
    typeQuery(browser, token);
    assertEquals(2, browser.all(RESULT).size());
    assertTrue(resultIds(browser).contains(secret));
    assertEquals("1", facetCount(browser, "tags", "机密标签"));
    assertEquals("2", facetCount(browser, "tags", "shared-" + token));
    browser.open("/#/articles/" + secret);
    browser.waitForText("[data-test=article-title]", "机密 VIP 专线");
    browser.assertNoJsErrors();
  }

  /**
   * Nothing found: "did you mean" searches the correction in one click; the request reaches
   * authors.
   */
  public void emptySearchOffersDidYouMeanAndRequest() {
    String token = token();
    String space = admin.newSpace();
    publish(
        space,
        token + " Calm an angry customer",
        "Listen to the customer first, check the computer, then " + token + ".",
        List.of());
    waitSearchable(token, 1);
    Api agent = admin.newUser("AGENT");
    signIn(agent);

    // A slip in a word that no synonym set holds (a set's word is searched corrected at once:
    // custmer finds the customer articles) leaves nothing found and offers the right spelling.
    typeQuery(browser, "compter");
    browser.waitFor("[data-test=search-empty]");
    assertEquals(0, browser.all(RESULT).size());
    String correction = browser.text("[data-test=did-you-mean-link]");
    assertTrue(correction.startsWith("comput"), correction);
    browser.click("[data-test=did-you-mean-link]");
    waitForQuery(browser, correction);
    assertTrue(browser.all(RESULT).size() >= 1, "the correction finds the article");
    assertEquals(correction, browser.waitFor(BOX).getAttribute("value"));

    // A single unknown word is left to keywords: nothing found, so the agent asks for an article.
    String wanted = token();
    typeQuery(browser, wanted);
    browser.waitFor("[data-test=search-empty]");
    browser.click("[data-test=request-article]");
    browser.until(
        d ->
            "requested"
                .equals(browser.waitFor("[data-test=request-article]").getAttribute("data-state")));
    JsonNode mine = Fixtures.require(agent.get("/api/article-requests/mine"), 200).json();
    List<String> queries = new ArrayList<>();
    mine.get("items").forEach(item -> queries.add(item.get("query").asText()));
    assertTrue(queries.contains(wanted), "the request reached the API: " + queries);
    JsonNode handled = Fixtures.require(admin.get("/api/article-requests?status=OPEN"), 200).json();
    assertTrue(handled.toString().contains(wanted), "authors see the request: " + handled);
    browser.assertNoJsErrors();
  }

  /**
   * The passage that answers the query, not the article's start, is what the list shows (its words
   * marked), what the pane opens scrolled to and marks, what "Copy answer" copies, and what the
   * full article page opens at.
   */
  public void thePassageIsMarkedInTheListThePaneAndTheArticlePage() {
    String token = token();
    String space = admin.newSpace();
    String filler = "下单后系统会发送确认短信，请核对收货地址和联系电话。\n\n".repeat(25);
    String answer = "退款审核通过后（单号 " + token + "），款项一般在三到五个工作日内原路到账，节假日顺延。";
    String id =
        publish(
            space,
            token + " 售后须知",
            "## 订单说明\n" + filler + "## 退款时效\n" + answer + "\n\n## 其他\n如有疑问请联系客服。",
            List.of());
    waitSearchable(token, 1);
    Api agent = admin.newUser("AGENT");
    signIn(agent);

    typeQuery(browser, token + " 退款多久到账");
    // Other tests' refund articles on the shared server may rank too: this test reads its own.
    WebElement first = browser.waitFor(RESULT + "[data-id=\"" + id + "\"]");
    WebElement snippet = first.findElement(By.cssSelector("[data-test=result-snippet]"));
    assertTrue(snippet.getText().contains("三到五个工作日"), snippet.getText());
    assertFalse(snippet.getText().contains("下单后"), "not the start of the article");
    List<String> marked = new ArrayList<>();
    snippet.findElements(By.tagName("mark")).forEach(m -> marked.add(m.getText()));
    assertTrue(marked.contains("退款"), marked.toString());

    browser.script(
        "window.kbCopied = null;"
            + "navigator.clipboard.writeText = (text) => { window.kbCopied = text; return Promise.resolve(); }");
    first.click();
    WebElement mark = browser.waitFor(PANE + " [data-test=passage-mark]");
    assertTrue(mark.getText().contains("三到五个工作日"), mark.getText());
    browser.until(
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    "const box = document.querySelector('.pane-body').getBoundingClientRect();"
                        + "const at = arguments[0].getBoundingClientRect();"
                        + "return at.top >= box.top && at.bottom <= box.bottom;",
                    mark)));
    browser.click("[data-test=copy-answer]");
    browser.until(d -> browser.script("return window.kbCopied") != null);
    assertEquals(answer, browser.script("return window.kbCopied"), "the passage is the answer");

    browser.click("[data-test=open-full]");
    WebElement onPage = browser.waitFor("[data-test=reader] [data-test=passage-mark]");
    assertTrue(browser.route().startsWith("#/articles/" + id + "?passage="), browser.route());
    assertTrue(onPage.getText().contains("三到五个工作日"), onPage.getText());
    browser.until(
        d ->
            Boolean.TRUE.equals(
                browser.script(
                    "const at = arguments[0].getBoundingClientRect();"
                        + "return at.top >= 0 && at.bottom <= window.innerHeight;",
                    onPage)));
    browser.assertNoJsErrors();
  }

  // ----- helpers -----

  private Browser signIn(Api user) {
    browser.clearSession();
    browser.signInAs(user.username(), user.password());
    browser.waitFor(BOX);
    return browser;
  }

  private static void typeQuery(Browser browser, String query) {
    browser.type(BOX, query);
    waitForQuery(browser, query);
  }

  private static void waitForQuery(Browser browser, String query) {
    browser.until(
        d ->
            query.equals(
                browser.script(
                    "return document.querySelector(arguments[0])?.dataset.query", RESULTS)));
  }

  private static List<String> resultIds(Browser browser) {
    List<String> ids = new ArrayList<>();
    browser.all(RESULT).forEach(li -> ids.add(li.getAttribute("data-id")));
    return ids;
  }

  /** The count shown for a facet value (null when the value is not offered). */
  private static String facetCount(Browser browser, String facet, String value) {
    return (String)
        browser.script(
            "const box = document.querySelector(`[data-facet=\"${arguments[0]}\"][data-value=\"${arguments[1]}\"]`);"
                + "return box ? box.closest('label').querySelector('.facet-count').textContent : null;",
            facet,
            value);
  }

  private JsonNode summary(Api user, String id) {
    return Fixtures.require(user.get("/api/articles/" + id + "/feedback/summary"), 200).json();
  }

  private String createArticle(String space, String title, String body, List<String> tags) {
    return Fixtures.require(
            admin.post(
                "/api/articles",
                json(Map.of("space", space, "title", title, "body", body, "tags", tags))),
            201)
        .json()
        .get("id")
        .asText();
  }

  private String publish(String space, String title, String body, List<String> tags) {
    String id = createArticle(space, title, body, tags);
    Fixtures.publish(admin, id, true);
    return id;
  }

  private void waitSearchable(String query, int total) {
    Api.Reply reply =
        admin.searchUntil(
            query,
            r -> r.status() == 200 && r.json().get("total").asInt() == total,
            Duration.ofSeconds(60));
    assertEquals(200, reply.status(), "search: " + reply);
    assertEquals(total, reply.json().get("total").asInt(), "indexed: " + reply);
  }

  /** A word no other test uses (letters only, so that no analyser splits or stems it). */
  static String token() {
    String consonants = "bcdfghjklmnpqrtvwxz";
    Random random = new Random();
    StringBuilder word = new StringBuilder("kbq");
    for (int i = 0; i < 6; i++) {
      word.append(consonants.charAt(random.nextInt(consonants.length())));
    }
    return word.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
