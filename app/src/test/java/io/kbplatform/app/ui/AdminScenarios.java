package io.kbplatform.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Browser;
import io.kbplatform.app.testsupport.Markers;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Administration in the browser: an administrator sets up a new agent end to end (user, group,
 * space, permission, synonym), rebuilds the search index while watching its progress, and finds
 * their own actions in the audit log; the new agent then signs in and sees the space.
 */
public final class AdminScenarios {

  private static final Duration REBUILD = Duration.ofSeconds(120);

  private final Browser browser;
  private final Api admin;

  public AdminScenarios(Browser browser, URI base) {
    this.browser = browser;
    this.admin = Api.admin(base);
  }

  /** The whole set-up of a new agent, done through the administration screens only. */
  public void administratorSetsUpANewAgent() {
    String suffix = Markers.unique("");
    String username = "agent." + suffix;
    String password = "Agent-Passw0rd-" + suffix;
    String group = "team-" + suffix;
    String space = "S" + suffix.toUpperCase(Locale.ROOT).replace('-', '_');
    String term = "退款" + suffix;

    signIn("admin", Api.ADMIN_PASSWORD);
    click("[data-test=nav-admin]");
    browser.waitForText("[data-test=admin-tab-users][aria-current=page]", "Users");

    createUser(username, password);
    createGroupWith(group, username);
    createRestrictedSpace(space);
    grantGroupView(space, group);
    addSynonym(term);
    rebuildIndexAndWatchItFinish();
    findOwnActionsInTheAuditLog(username, group, space, term);
    browser.assertNoJsErrors();

    assertThroughTheApi(username, group, space, term);
    newAgentSignsInAndSeesTheSpace(username, password, space);
  }

  private void createUser(String username, String password) {
    click("[data-test=user-new]");
    browser.waitFor("[data-test=user-dialog]");
    browser.type("[data-test=user-username]", username);
    browser.type("[data-test=user-display-name]", "Agent " + username);
    browser.type("[data-test=user-password]", "short");
    browser.waitForText("[data-test=password-strength]", "Too short");
    click("[data-test=dialog-submit]");
    browser.waitForText("[data-test=error-password]", "At least 10 characters");
    browser.type("[data-test=user-password]", password);
    assertTrue(
        browser.waitFor("[data-test=role-AGENT]").isSelected(), "Agent is ticked by default");
    click("[data-test=dialog-submit]");
    browser.waitUntilGone("[data-test=user-dialog]");
    browser.waitForText("[data-test=toasts]", "User " + username + " created");
    browser.waitForText("[data-test='user-" + username + "']", "Agent");
  }

  private void createGroupWith(String group, String username) {
    click("[data-test=admin-tab-groups]");
    click("[data-test=group-new]");
    browser.type("[data-test=group-key]", group);
    browser.type("[data-test=group-name]", "Team " + group);
    click("[data-test=dialog-submit]");
    browser.waitUntilGone("[data-test=group-dialog]");
    click("[data-test='group-" + group + "'] [data-test=group-members]");
    browser.type("[data-test=member-username]", username);
    click("[data-test=member-add]");
    browser.waitFor("[data-test='member-" + username + "']");
    click("[data-test=members-close]");
    browser.waitForText("[data-test='group-" + group + "']", username);
  }

  private void createRestrictedSpace(String space) {
    click("[data-test=admin-tab-spaces]");
    click("[data-test=space-new]");
    browser.type("[data-test=space-key]", space.toLowerCase(Locale.ROOT));
    assertEquals(
        space,
        browser.waitFor("[data-test=space-key]").getAttribute("value"),
        "space keys are typed in capitals");
    browser.type("[data-test=space-name]", "Space " + space);
    click("[data-test=space-restricted]");
    click("[data-test=dialog-submit]");
    browser.waitUntilGone("[data-test=space-dialog]");
    browser.waitForText("[data-test=space-detail]", "Space " + space);
    assertTrue(browser.route().contains("space=" + space), browser.route());
  }

  private void grantGroupView(String space, String group) {
    new Select(browser.waitFor("[data-test=grant-type]")).selectByValue("GROUP");
    browser.type("[data-test=grant-principal]", group);
    new Select(browser.waitFor("[data-test=grant-new-level]")).selectByValue("VIEW");
    click("[data-test=grant-add]");
    String row = "[data-test='grant-GROUP-" + group + "']";
    browser.waitFor(row);
    assertEquals(
        "VIEW",
        new Select(browser.waitFor(row + " [data-test=grant-level]"))
            .getFirstSelectedOption()
            .getAttribute("value"));
  }

  private void addSynonym(String term) {
    click("[data-test=admin-tab-synonyms]");
    browser.waitForText("[data-test=synonym-note]", "very next search");
    browser.type("[data-test=synonym-terms]", term + ", refund-" + term);
    click("[data-test=synonym-add]");
    browser.waitForText("[data-test=synonyms-table]", "refund-" + term);
  }

  private void rebuildIndexAndWatchItFinish() {
    click("[data-test=admin-tab-index]");
    browser.waitForText("[data-test=index-alias]", "kb-articles");
    click("[data-test=rebuild-start]");
    click("[data-test=confirm]");
    browser.waitFor("[data-test=rebuild-progress]");
    new WebDriverWait(browser.driver(), REBUILD)
        .until(
            d ->
                !d.findElements(
                        By.cssSelector("[data-test=rebuild-progress][data-state=COMPLETED]"))
                    .isEmpty());
    assertEquals(
        "100",
        browser.waitFor("[data-test=rebuild-progress] progress").getAttribute("value"),
        "the progress bar reaches the end");
    browser.waitForText("[data-test=rebuild-status]", "Rebuild complete");
  }

  private void findOwnActionsInTheAuditLog(
      String username, String group, String space, String term) {
    click("[data-test=admin-tab-audit]");
    browser.waitFor("[data-test=audit-table]");
    browser.type("[data-test=audit-actor]", "admin");
    for (String[] expected :
        List.of(
            new String[] {"USER_CREATED", "User created", username},
            new String[] {"GROUP_MEMBER_ADDED", "Member added to group", username},
            new String[] {"SPACE_CREATED", "Space created", space},
            new String[] {"GRANT_CHANGED", "Permission granted", "group:" + group},
            new String[] {"SYNONYMS_CHANGED", "Synonyms changed", term})) {
      new Select(browser.waitFor("[data-test=audit-action]")).selectByValue(expected[0]);
      click("[data-test=audit-apply]");
      browser.until(d -> d.getCurrentUrl().contains("action=" + expected[0]));
      browser.waitForText("[data-test=audit-table]", expected[2]);
      browser.waitForText("[data-test=audit-" + expected[0] + "]", expected[1]);
    }
  }

  private void assertThroughTheApi(String username, String group, String space, String term) {
    JsonNode user = admin.get("/api/admin/users/" + username).json();
    assertEquals(List.of("AGENT"), Api.texts(user.get("roles")));
    assertTrue(
        Api.texts(admin.get("/api/admin/groups/" + group).json().get("members"))
            .contains(username));
    boolean granted = false;
    for (JsonNode g : admin.get("/api/spaces/" + space + "/grants").json()) {
      granted |=
          "GROUP".equals(g.get("principalType").asText())
              && group.equals(g.get("principal").asText())
              && "VIEW".equals(g.get("level").asText());
    }
    assertTrue(granted, "the group has VIEW on the space");
    assertTrue(admin.get("/api/synonyms").body().contains("refund-" + term));
    assertEquals(
        "COMPLETED",
        admin.get("/api/admin/search-index/rebuilds").json().get(0).get("state").asText());
  }

  private void newAgentSignsInAndSeesTheSpace(String username, String password, String space) {
    click("[data-test=sign-out]");
    browser.waitFor("[data-test=login-username]");
    browser.type("[data-test=login-username]", username);
    browser.type("[data-test=login-password]", password);
    click("[data-test=login-submit]");
    browser.waitForText("[data-test=user]", "Agent " + username);
    assertTrue(browser.all("[data-test=nav-admin]").isEmpty(), "agents see no administration");
    Object spaces =
        browser.script(
            "const r = new XMLHttpRequest(); r.open('GET', '/api/spaces', false);"
                + " r.setRequestHeader('X-Requested-With', 'test'); r.send(); return r.responseText;");
    assertTrue(String.valueOf(spaces).contains("\"" + space + "\""), String.valueOf(spaces));
    assertTrue(
        admin.as(username, password).get("/api/spaces").body().contains("\"" + space + "\""),
        "the agent reads the restricted space through its group");
    browser.open("/#/admin/users");
    browser.waitForText("[data-test=admin-denied]", "Only administrators");
    browser.assertNoJsErrors();
  }

  /** Someone who is not an administrator is told so; the sections fit a tablet. */
  public void sectionsFitATabletAndOthersAreTurnedAway() {
    Api agent = admin.newUser("AGENT");
    signIn("admin", Api.ADMIN_PASSWORD);
    try {
      browser.resize(Browser.TABLET);
      for (String section :
          List.of("users", "groups", "spaces", "synonyms", "index", "audit", "analytics")) {
        browser.open("/#/admin/" + section);
        browser.waitFor("[data-test=admin-tab-" + section + "][aria-current=page]");
        browser.waitFor("[data-test=admin-" + section + "] h2");
        browser.until(d -> d.findElements(By.cssSelector(".admin-loading")).isEmpty());
        Object overflow =
            browser.script(
                "const e = document.scrollingElement; return e.scrollWidth - e.clientWidth;");
        assertEquals(0L, overflow, "no horizontal scrolling at 768 px in " + section);
      }
      browser.waitForText("[data-test=admin-analytics]", "Top queries");
    } finally {
      browser.resize(Browser.DESKTOP);
    }
    browser.assertNoJsErrors();

    browser.clearSession();
    signIn(agent.username(), agent.password());
    browser.open("/#/admin/users");
    browser.waitForText("[data-test=admin-denied]", "Only administrators");
    assertTrue(browser.all("[data-test=users-table]").isEmpty(), "no user list for agents");
    browser.assertNoJsErrors();
  }

  /** Signs in through the API, then loads the application (a hash change alone would not). */
  private void signIn(String username, String password) {
    browser.signInAs(username, password);
  }

  /**
   * Clicks an element scrolled to the middle of the window, where a toast in the corner cannot
   * cover it.
   */
  private void click(String css) {
    browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(css));
    browser.click(css);
  }
}
