package io.kbplatform.app.ui;

import static io.kbplatform.app.testsupport.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Browser;
import io.kbplatform.app.testsupport.Markers;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Required reading: a publisher makes an article mandatory; a member sees it until confirming. */
public final class ReadingScenarios {

  private final Browser browser;
  private final Api admin;

  public ReadingScenarios(Browser browser, URI base) {
    this.browser = browser;
    this.admin = Api.admin(base);
  }

  public void publisherMakesAnArticleMandatoryAndSeesWhoConfirmed() {
    Api agent = admin.newUser("AGENT");
    Api publisher = admin.newUser("AUTHOR");
    String space = admin.newSpace();
    admin.grant(space, publisher.username(), "PUBLISH");
    String group = Markers.groupKey();
    admin.post("/api/admin/groups", json(Map.of("key", group, "name", "新人 " + group)));
    admin.send("PUT", "/api/admin/groups/" + group + "/members/" + agent.username(), null);
    String title = "身份核验新规 " + Markers.unique("");
    String article = publisher.newArticle(space, title, "来电须核验身份证后四位。");
    admin.publish(article);

    signIn(publisher);
    browser.open("/#/articles/" + article + "/reading");
    browser.waitForText("h1", title);
    browser.type("[data-test=reading-groups]", group);
    browser.click("[data-test=reading-save]");
    browser.waitForText("[data-test=reading-totals]", "0 of 1 confirmed");
    assertEquals(
        List.of(group),
        Api.texts(publisher.get("/api/articles/" + article + "/mandatory").json().get("groups")));
    browser.assertNoJsErrors();

    browser.clearSession();
    signIn(agent);
    browser.waitForText("[data-test=reading-count]", "1");
    browser.click("[data-test=nav-reading]");
    browser.waitForText("[data-test=reading-list]", title);
    assertTrue(browser.text("[data-test=reading-list]").contains("Not confirmed yet"));
    browser.assertNoJsErrors();

    agent.send("POST", "/api/articles/" + article + "/acknowledgement", null);
    browser.clearSession();
    signIn(publisher);
    browser.open("/#/articles/" + article + "/reading");
    browser.waitForText("[data-test=reading-totals]", "1 of 1 confirmed");
    browser.assertNoJsErrors();
  }

  /** Signs in and loads the app afresh (a hash change alone would not restart it). */
  private void signIn(Api user) {
    browser.signInAs(user.username(), user.password());
  }
}
