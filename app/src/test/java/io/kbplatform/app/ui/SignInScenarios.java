package io.kbplatform.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Browser;
import java.net.URI;
import org.openqa.selenium.Keys;

/** Signing in and out of the web UI, its language switch and its frame at tablet width. */
public final class SignInScenarios {

  private final Browser browser;
  private final Api admin;

  public SignInScenarios(Browser browser, URI base) {
    this.browser = browser;
    this.admin = Api.admin(base);
  }

  /** A wrong password is refused with a clear message; the right one signs in; sign-out ends it. */
  public void wrongPasswordThenSignInAndOut() {
    Api agent = admin.newUser("AGENT");
    browser.open("/");
    browser.waitFor("[data-test=login-username]");
    assertEquals(
        "login-username",
        browser.focused().getAttribute("data-test"),
        "the username field has focus on arrival");

    browser.type("[data-test=login-username]", agent.username());
    browser.type("[data-test=login-password]", "not-the-password");
    browser.press(Keys.ENTER);
    browser.waitForText("[data-test=login-message]", "not correct");
    assertEquals("", browser.waitFor("[data-test=login-password]").getAttribute("value"));

    browser.type("[data-test=login-password]", agent.password());
    browser.click("[data-test=login-submit]");
    browser.waitForText("[data-test=user]", agent.username());
    assertTrue(browser.all("[data-test=nav-admin]").isEmpty(), "agents see no administration");
    assertTrue(browser.all("[data-test=nav-new]").isEmpty(), "agents write no articles");

    browser.open("/");
    browser.waitForText("[data-test=user]", agent.username());

    browser.click("[data-test=sign-out]");
    browser.waitForText("[data-test=login-message]", "signed out");
    Object status =
        browser.script(
            "const r = new XMLHttpRequest(); r.open('GET', '/api/session', false);"
                + " r.setRequestHeader('X-Requested-With', 'test'); r.send(); return r.status;");
    assertEquals(401L, status, "the session is gone on the server too");
    browser.assertNoJsErrors();
  }

  /**
   * From the top bar, a user changes their own password: a wrong current password is refused on the
   * form, the right one changes it, this browser stays signed in and the old password stops
   * working.
   */
  public void changesOwnPassword() {
    Api learner = admin.newUser("LEARNER");
    browser.signInAs(learner.username(), learner.password());
    browser.click("[data-test=change-password]");
    browser.waitFor("[data-test=password-current]");
    String newPassword = "Browser-Passw0rd-" + System.nanoTime();

    browser.type("[data-test=password-current]", "not-the-password");
    browser.type("[data-test=password-new]", newPassword);
    browser.type("[data-test=password-confirm]", newPassword);
    browser.click("[data-test=password-submit]");
    browser.waitForText("[data-test=password-message]", "not correct");

    browser.type("[data-test=password-current]", learner.password());
    browser.type("[data-test=password-new]", newPassword);
    browser.type("[data-test=password-confirm]", newPassword);
    browser.click("[data-test=password-submit]");
    browser.until(
        d ->
            browser.text("[data-test=password-message]").isEmpty()
                && browser.waitFor("[data-test=password-current]").getAttribute("value").isEmpty());

    browser.open("/");
    browser.waitForText("[data-test=user]", learner.username());
    assertEquals(401, learner.get("/api/session").status(), "the old password is gone");
    assertEquals(200, learner.as(learner.username(), newPassword).get("/api/session").status());
    browser.assertNoJsErrors();
  }

  /** The interface switches between English and Simplified Chinese and remembers the choice. */
  public void switchesLanguage() {
    Api author = admin.newUser("AUTHOR");
    browser.open("/").signInThroughApi(author.username(), author.password());
    browser.driver().navigate().refresh();
    browser.waitForText("[data-test=nav-search]", "Search");

    browser.click("[data-test=language]");
    browser.waitForText("[data-test=nav-search]", "搜索");
    assertEquals("zh-CN", browser.script("return document.documentElement.lang"));
    assertEquals("退出登录", browser.text("[data-test=sign-out]"));

    browser.open("/");
    browser.waitForText("[data-test=nav-work]", "我的工作");
    browser.click("[data-test=language]");
    browser.waitForText("[data-test=nav-work]", "My work");
    assertEquals("en", browser.script("return document.documentElement.lang"));
    browser.assertNoJsErrors();
  }

  /** At tablet width the frame fits: nothing sticks out sideways, every link is reachable. */
  public void fitsATablet() {
    browser.open("/").signInThroughApi("admin", Api.ADMIN_PASSWORD);
    browser.driver().navigate().refresh();
    try {
      browser.resize(Browser.TABLET);
      browser.waitFor("[data-test=nav-admin]");
      // clientWidth, not innerWidth: a vertical scrollbar (a tall page) takes width of its own
      Object overflow =
          browser.script(
              "return document.scrollingElement.scrollWidth"
                  + " - document.scrollingElement.clientWidth");
      assertEquals(0L, overflow, "no horizontal scrolling at 768 px");
      for (String link : new String[] {"nav-search", "nav-work", "nav-new", "nav-admin"}) {
        assertFalse(browser.all("[data-test=" + link + "]").isEmpty(), link);
      }
    } finally {
      browser.resize(Browser.DESKTOP);
    }
    browser.assertNoJsErrors();
  }
}
