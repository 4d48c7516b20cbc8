package io.kbplatform.bench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measurement against a stand-in search screen that honours the contract (a search box that
 * takes the focus; a result list marked {@code data-query} once it shows that query's results) and
 * whose API answers after 60 ms: every figure must include that delay, the final request must be
 * the one the page sent, and spaces must not count as keystrokes.
 */
class TypingRunTest {

  private static final int API_DELAY_MS = 60;
  private static final String PAGE =
      "<!doctype html><html><head><meta charset=utf-8><script src=\"/screen.js\" defer></script>"
          + "</head><body><h1>Search</h1><input type=search data-test=search-input>"
          + "<ul data-test=results></ul></body></html>";
  private static final String SCREEN =
      "const box = document.querySelector('[data-test=search-input]');"
          + "const list = document.querySelector('[data-test=results]');"
          + "box.focus();"
          + "box.addEventListener('input', async () => {"
          + " const q = box.value.trim(); if (!q) { list.replaceChildren(); return; }"
          + " const r = await fetch('/api/search?q=' + encodeURIComponent(q) + '&limit=10');"
          + " const hits = await r.json(); if (box.value.trim() !== q) return;"
          + " list.replaceChildren(...hits.map(h => { const li = document.createElement('li');"
          + " li.textContent = h; return li; }));"
          + " list.setAttribute('data-query', q); });";

  private static HttpServer server;
  private static String base;

  @TempDir static Path work;

  @BeforeAll
  static void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", e -> reply(e, "text/html", PAGE));
    server.createContext("/screen.js", e -> reply(e, "text/javascript", SCREEN));
    server.createContext(
        "/api/search",
        e -> {
          try {
            Thread.sleep(API_DELAY_MS);
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
          reply(e, "application/json", "[\"a\",\"b\"]");
        });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void timesEveryKeystrokeUntilItsResultsArePainted() throws Exception {
    Files.createDirectories(work);
    UiSettings settings = UiSettings.from(Map.of());
    try (UiBrowser browser =
        UiBrowser.start(
            "zh-CN", work, Instrumentation.script(settings.input(), settings.results()))) {
      ScreenLoad.Sample load = new ScreenLoad(browser, base + "/").once(true);
      assertNotNull(load.searchFocused(), load.toString());
      assertNotNull(load.firstContentfulPaint(), load.toString());
      assertTrue(load.searchFocused() < 5000, load.toString());

      TypingRun run = new TypingRun(browser, settings, 1);
      run.type("warm");
      TypingRun.Typed typed = run.type("退款 流程");

      assertEquals(
          List.of("退", "退款", "退款 流", "退款 流程"),
          typed.keystrokes().stream().map(TypingRun.Keystroke::text).toList(),
          typed.toString());
      assertNotNull(typed.finalMillis(), typed.toString());
      assertTrue(typed.finalMillis() >= API_DELAY_MS, typed.toString());
      assertTrue(typed.finalMillis() < 2000, typed.toString());
      assertEquals("退款 流程", TypingRun.queryParameter(typed.finalRequest()));
      assertTrue(typed.finalRequestMillis() >= API_DELAY_MS, typed.toString());
      assertTrue(ApiReplay.pathFor(typed).startsWith("/api/search?q="), ApiReplay.pathFor(typed));
      assertTrue(typed.requests().getOrDefault("/api/search", 0) >= 1, typed.toString());
      TypingRun.Anatomy parts = typed.anatomy();
      assertTrue(parts.untilRequestMillis() >= 0, parts.toString());
      assertTrue(parts.requestMillis() >= API_DELAY_MS, parts.toString());
      assertTrue(parts.untilPaintedMillis() >= 0, parts.toString());
      for (TypingRun.Keystroke k : typed.keystrokes()) {
        assertTrue(
            k.shownAfterMillis() == null || k.shownAfterMillis() >= API_DELAY_MS, k.toString());
      }
    }
  }

  private static void reply(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
