package io.kbplatform.bench.ui;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Types one query into the search box key by key, with a human pause between keys, and pairs every
 * keystroke (its keydown's timestamp) with the first rendering of the result list for exactly the
 * text typed so far ({@code data-query}). All times are the page's own clock.
 */
final class TypingRun {

  static final Duration FINAL_RESULTS_TIMEOUT = Duration.ofSeconds(10);

  /**
   * One keystroke that changed the query: the text after it, and how long until the result list
   * showed that text's results (null: never, because a later keystroke superseded it).
   */
  record Keystroke(String text, double at, Double shownAfterMillis) {}

  /**
   * Where the final keystroke's time went: until the page sent its search request (typing delay,
   * script), the request as the browser saw it, and from the response until the results were
   * painted. Null parts when the request was not captured.
   */
  record Anatomy(Double untilRequestMillis, Double requestMillis, Double untilPaintedMillis) {}

  /**
   * One typed query: its keystrokes, the latency a user feels when they stop typing (last key to
   * results for the whole text; null if they never came), and the search requests the page made for
   * the final text, with their in-browser durations.
   */
  record Typed(
      String query,
      List<Keystroke> keystrokes,
      Double finalMillis,
      int renders,
      String finalRequest,
      Double finalRequestMillis,
      Anatomy anatomy,
      Map<String, Integer> requests) {}

  private final UiBrowser browser;
  private final UiSettings settings;
  private final Random random;

  TypingRun(UiBrowser browser, UiSettings settings, long seed) {
    this.browser = browser;
    this.settings = settings;
    this.random = new Random(seed);
  }

  Typed type(String query) throws InterruptedException {
    clearBox();
    String target = normalize(query);
    long next = System.nanoTime();
    for (int i = 0; i < query.length(); ) {
      int cp = query.codePointAt(i);
      i += Character.charCount(cp);
      sleepUntil(next);
      new Actions(browser.driver()).sendKeys(new String(Character.toChars(cp))).perform();
      next = System.nanoTime() + gap() * 1_000_000L;
    }
    try {
      new WebDriverWait(browser.driver(), FINAL_RESULTS_TIMEOUT, Duration.ofMillis(25))
          .until(
              d ->
                  browser.script(
                      "return window.__kbBench.renders.some(r => r.frame !== null"
                          + " && r.q.trim().replace(/\\s+/g, ' ') === arguments[0])",
                      target));
    } catch (RuntimeException e) {
      // no results for the whole text within the timeout: recorded as missing
    }
    Thread.sleep(200); // late renders of superseded prefixes, for the record
    @SuppressWarnings("unchecked")
    Map<String, Object> recorded = (Map<String, Object>) browser.script(Instrumentation.READ);
    return analyse(query, target, recorded);
  }

  /** Selects all and deletes, as a user starting a new search, then lets the screen settle. */
  private void clearBox() throws InterruptedException {
    var box = browser.driver().findElement(By.cssSelector(settings.input()));
    if (!box.equals(browser.driver().switchTo().activeElement())) {
      box.click();
    }
    if (!box.getDomProperty("value").isEmpty()) {
      new Actions(browser.driver())
          .keyDown(Keys.CONTROL)
          .sendKeys("a")
          .keyUp(Keys.CONTROL)
          .sendKeys(Keys.BACK_SPACE)
          .perform();
    }
    Thread.sleep(600);
    browser.script(Instrumentation.RESET);
  }

  @SuppressWarnings("unchecked")
  private static Typed analyse(String query, String target, Map<String, Object> recorded) {
    List<Map<String, Object>> keys = (List<Map<String, Object>>) recorded.get("keys");
    List<Map<String, Object>> inputs = (List<Map<String, Object>>) recorded.get("inputs");
    List<Map<String, Object>> renders = (List<Map<String, Object>>) recorded.get("renders");
    List<Map<String, Object>> api = (List<Map<String, Object>>) recorded.get("api");
    List<Keystroke> keystrokes = new ArrayList<>();
    String previous = "";
    for (Map<String, Object> input : inputs) {
      String text = normalize((String) input.get("value"));
      if (text.isEmpty() || text.equals(previous)) {
        continue; // a space, or a key that did not change the query
      }
      previous = text;
      double inputAt = num(input.get("t"));
      double at = inputAt;
      for (Map<String, Object> key : keys) {
        double t = num(key.get("t"));
        if (t <= inputAt) {
          at = t;
        }
      }
      keystrokes.add(new Keystroke(text, round(at), shownAfter(renders, text, at)));
    }
    Keystroke last = keystrokes.isEmpty() ? null : keystrokes.get(keystrokes.size() - 1);
    Double finalMillis =
        last != null && last.text().equals(target) ? last.shownAfterMillis() : null;
    String request = null;
    Double requestMillis = null;
    Double requestStart = null;
    for (Map<String, Object> call : api) {
      String url = (String) call.get("url");
      if (target.equals(normalize(queryParameter(url)))) {
        request = url;
        requestMillis = round(num(call.get("duration")));
        requestStart = num(call.get("start"));
      }
    }
    Anatomy anatomy = new Anatomy(null, null, null);
    if (finalMillis != null && requestStart != null) {
      double untilRequest = requestStart - last.at();
      anatomy =
          new Anatomy(
              round(untilRequest),
              requestMillis,
              round(finalMillis - untilRequest - requestMillis));
    }
    Map<String, Integer> requests = new TreeMap<>();
    ((Map<String, Object>) recorded.get("calls"))
        .forEach((path, count) -> requests.put(path, ((Number) count).intValue()));
    return new Typed(
        query, keystrokes, finalMillis, renders.size(), request, requestMillis, anatomy, requests);
  }

  private static Double shownAfter(List<Map<String, Object>> renders, String text, double at) {
    for (Map<String, Object> render : renders) {
      double t = num(render.get("t"));
      if (t >= at && text.equals(normalize((String) render.get("q")))) {
        Object frame = render.get("frame");
        return round((frame instanceof Number n ? n.doubleValue() : t) - at);
      }
    }
    return null;
  }

  static String queryParameter(String url) {
    String rawQuery = URI.create(url).getRawQuery();
    if (rawQuery == null) {
      return "";
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith("q=")) {
        return URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  static String normalize(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  private long gap() {
    return settings.minGapMillis()
        + random.nextInt(Math.max(1, settings.maxGapMillis() - settings.minGapMillis() + 1));
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static double num(Object value) {
    return ((Number) value).doubleValue();
  }
}
