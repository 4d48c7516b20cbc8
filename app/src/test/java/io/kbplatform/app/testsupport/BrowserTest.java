package io.kbplatform.app.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * The browser-test infrastructure itself, against a page served with a strict Content Security
 * Policy like the application's shell: keys reach the page, a CSP violation and an uncaught error
 * reach the test, two sessions keep separate cookies, the viewport takes the tablet size.
 */
@ExtendWith(BrowserScreenshots.class)
class BrowserTest {

  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
  private static final String PAGE =
      "<!doctype html><html><head><title>t</title><script src=\"/app.js\"></script></head><body>"
          + "<input id=\"q\" data-test=\"q\"><p data-test=\"echo\"></p></body></html>";
  private static final String SCRIPT =
      "addEventListener('DOMContentLoaded', () => {"
          + " const q = document.getElementById('q');"
          + " q.addEventListener('keydown', e => { if (e.key === 'Enter')"
          + "  document.querySelector('[data-test=echo]').textContent = 'you typed ' + q.value; });"
          + " if (location.search === '?error') setTimeout(() => { throw new Error('boom'); });"
          + " if (location.search === '?inline') {"
          + "  const s = document.createElement('script'); s.textContent = 'window.x = 1';"
          + "  document.body.append(s);"
          + "  document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">red</p>'); }"
          + "});";

  private static HttpServer server;
  private static URI base;
  private Browser browser;

  @BeforeAll
  static void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> reply(exchange, "text/html", PAGE));
    server.createContext("/app.js", exchange -> reply(exchange, "text/javascript", SCRIPT));
    server.createContext(
        "/cookie",
        exchange -> {
          String who = exchange.getRequestURI().getQuery();
          exchange.getResponseHeaders().add("Set-Cookie", "who=" + who + "; Path=/; HttpOnly");
          reply(exchange, "text/plain", who);
        });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @BeforeEach
  void setUp() {
    browser = Browser.shared(base);
    browser.console().clear();
  }

  @Test
  void typingAndKeysReachThePage() {
    browser.open("/").type("[data-test=q]", "退款 refund").press(Keys.ENTER);

    assertEquals("you typed 退款 refund", browser.waitForText("[data-test=echo]", "you").getText());
    assertEquals("q", browser.focused().getAttribute("id"));
    browser.assertNoJsErrors();
  }

  @Test
  void inlineScriptsAndStylesBlockedByTheCspAreVisible() {
    browser.open("/?inline").waitFor("[data-test=q]");

    List<String> violations = browser.until(d -> atLeast(2, browser.console().cspViolations()));
    assertTrue(
        violations.stream().anyMatch(v -> v.contains("inline script")), violations::toString);
    assertTrue(violations.stream().anyMatch(v -> v.contains("inline style")), violations::toString);
    assertEquals(violations, browser.console().jsErrors());
  }

  @Test
  void uncaughtErrorsAreVisible() {
    browser.open("/?error").waitFor("[data-test=q]");

    List<String> errors = browser.until(d -> atLeast(1, browser.console().jsErrors()));
    assertTrue(errors.get(0).contains("Uncaught Error: boom"), errors::toString);
  }

  @Test
  void twoSessionsKeepTheirOwnCookies() {
    Browser second = browser.secondSession();
    browser.open("/cookie?alice");
    second.open("/cookie?bob");
    browser.open("/");
    second.open("/");

    assertEquals("alice", browser.driver().manage().getCookieNamed("who").getValue());
    assertEquals("bob", second.driver().manage().getCookieNamed("who").getValue());
    second.quit();
  }

  @Test
  void theViewportTakesTabletAndDesktopSizes() {
    browser.open("/");
    assertEquals(Browser.DESKTOP, browser.viewport());
    assertEquals(Browser.TABLET, browser.resize(Browser.TABLET).viewport());
    assertEquals(Browser.DESKTOP, browser.resize(Browser.DESKTOP).viewport());
  }

  /** The list once it has enough entries; null (wait on) before. */
  private static List<String> atLeast(int count, List<String> entries) {
    return entries.size() >= count ? entries : null;
  }

  private static void reply(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().add("Content-Security-Policy", CSP);
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
