package io.kbplatform.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Browser;
import io.kbplatform.app.testsupport.Fixtures;
import java.net.URI;
import java.util.List;
import org.openqa.selenium.WebElement;

/** The version history of an article: the list, a side-by-side comparison and a restore. */
public final class HistoryScenarios {

  private static final String V1 =
      "## 退款时限\n客户申请退款后，款项在24小时内原路退回。\n\nRefunds take one business day.\n";
  private static final String V2 = V1 + "\n## 备注\n节假日顺延。\n";
  private static final String V3 =
      "## 退款时限\n客户申请退款后，款项在48小时内原路退回。\n\nRefunds take two business days.\n" + "\n## 备注\n节假日顺延。\n";

  /** The marked text of the matches, without the words added for screen readers. */
  private static final String MARKED =
      "return [...document.querySelectorAll(arguments[0])].map(e => [...e.childNodes]"
          + ".filter(n => n.nodeType === 3).map(n => n.textContent).join(''))";

  private final Browser browser;
  private final Api admin;

  public HistoryScenarios(Browser browser, URI base) {
    this.browser = browser;
    this.admin = Api.admin(base);
  }

  /**
   * An author with three versions compares version 1 with version 3: deletions show in the old
   * (left) column, insertions in the new (right) one. Restoring version 1 makes version 4 with
   * version 1's text.
   */
  public void compareAndRestore() {
    Api author = admin.newUser("AUTHOR");
    String space = admin.newSpace();
    admin.grant(space, author.username(), "EDIT");
    String id = author.newArticle(space, "退款时限", V1);
    Fixtures.revise(author, id, "退款时限", V2);
    Fixtures.revise(author, id, "退款时限（修订）", V3);

    signIn(author, "#/articles/" + id + "/history");
    List<WebElement> rows = browser.waitForCount("[data-test=version-row]", 3);
    assertEquals(
        List.of("3", "2", "1"),
        rows.stream().map(row -> row.getAttribute("data-version")).toList(),
        "newest first");
    assertTrue(rows.get(0).getText().contains("Latest"), rows.get(0).getText());
    assertTrue(rows.get(2).getText().contains(author.username()), rows.get(2).getText());
    browser.waitForText("[data-test=diff-heading]", "Comparing version 2 with version 3");

    browser.click("[data-test=version-row][data-version='1'] [data-test=compare-from]");
    browser.click("[data-test=compare]");
    browser.waitForText("[data-test=diff-heading]", "Comparing version 1 with version 3");
    assertTrue(browser.route().endsWith("/history?from=1&to=3"), browser.route());
    browser.waitFor("[data-test=diff-split]");
    List<String> deleted = marked("[data-test=diff-split] [data-test=diff-old] del");
    List<String> inserted = marked("[data-test=diff-split] [data-test=diff-new] ins");
    assertTrue(deleted.contains("24") && deleted.contains("one"), "left: " + deleted);
    assertTrue(inserted.contains("48") && inserted.contains("two"), "right: " + inserted);
    assertTrue(inserted.stream().anyMatch(text -> text.contains("节假日顺延")), "right: " + inserted);
    assertTrue(marked("[data-test=diff-old] ins").isEmpty(), "nothing inserted on the left");
    assertTrue(marked("[data-test=diff-new] del").isEmpty(), "nothing deleted on the right");
    assertEquals(
        List.of("（修订）"), marked("[data-test=diff-title] ins"), "the title's change is shown");
    String sameRow =
        (String)
            browser.script(
                "const cell = [...document.querySelectorAll('[data-test=diff-old]')]"
                    + ".find(c => c.textContent.includes('款项在'));"
                    + "const right = cell.parentElement.querySelector('[data-test=diff-new]')"
                    + ".cloneNode(true);"
                    + "right.querySelectorAll('.visually-hidden').forEach(e => e.remove());"
                    + "return right.textContent");
    assertTrue(sameRow.contains("48小时内原路退回"), "old and new line side by side: " + sameRow);

    browser.click("[data-test=version-row][data-version='1'] [data-test=restore-version]");
    browser.waitForText("dialog[open]", "version 4");
    browser.click("[data-test=confirm]");
    browser.waitFor("[data-test=version-row][data-version='4']");
    browser.waitForText("[data-test=toasts]", "Version 1 was restored as version 4.");
    assertEquals(4, browser.all("[data-test=version-row]").size());

    JsonNode restored =
        Fixtures.require(author.get("/api/articles/" + id + "/versions/4"), 200).json();
    assertEquals(V1, restored.get("body").asText(), "version 4 has version 1's text");
    assertEquals("退款时限", restored.get("title").asText());
    JsonNode article = Fixtures.require(author.get("/api/articles/" + id), 200).json();
    assertEquals(4, article.get("latestVersion").asInt());
    browser.assertNoJsErrors();
  }

  /** At tablet width the comparison falls back to one inline column, still marked both ways. */
  public void tabletShowsTheComparisonInline() {
    Api author = admin.newUser("AUTHOR");
    String space = admin.newSpace();
    admin.grant(space, author.username(), "EDIT");
    String id = author.newArticle(space, "退款时限", V1);
    Fixtures.revise(author, id, "退款时限", V3);

    browser.resize(Browser.TABLET);
    try {
      signIn(author, "#/articles/" + id + "/history?from=1&to=2");
      browser.waitFor("[data-test=diff-inline]");
      assertTrue(browser.all("[data-test=diff-split]").isEmpty());
      assertFalse(browser.waitFor("[data-test=diff-mode-split]").isEnabled());
      List<String> lines = marked("[data-test=diff-inline] del");
      assertTrue(lines.contains("24"), "deletions: " + lines);
      assertTrue(marked("[data-test=diff-inline] ins").contains("48"));
      assertEquals(
          0L, browser.script("return document.scrollingElement.scrollWidth - window.innerWidth"));
    } finally {
      browser.resize(Browser.DESKTOP);
    }
    browser.waitFor("[data-test=diff-split]");
    browser.assertNoJsErrors();
  }

  /** A reader may read the article but not its history, and is told so instead of an error. */
  public void readersAreToldTheHistoryIsForEditors() {
    Api agent = admin.newUser("AGENT");
    String space = admin.newSpace();
    admin.grant(space, agent.username(), "VIEW");
    String id = admin.newArticle(space, "退款时限", V1);
    admin.publish(id);

    signIn(agent, "#/articles/" + id + "/history");
    browser.waitForText("[data-test=history-forbidden]", "Only editors of this space");
    assertTrue(browser.all("[data-test=version-row]").isEmpty());
    browser.click("[data-test=history-forbidden] a");
    browser.until(driver -> browser.route().equals("#/articles/" + id));
    browser.assertNoJsErrors();
  }

  @SuppressWarnings("unchecked")
  private List<String> marked(String css) {
    return (List<String>) browser.script(MARKED, css);
  }

  /** Signs in as the user (the app boots signed in), then goes to the route. */
  private void signIn(Api user, String route) {
    browser.signInAs(user.username(), user.password()).open("/" + route);
  }
}
