package io.kbplatform.bench.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the search screen again and again, signed in, and reads the page's own navigation and paint
 * timings: first paint, first contentful paint, and the moment the search box took the keyboard
 * focus. Cold loads start from an empty HTTP cache, warm ones reuse it.
 */
final class ScreenLoad {

  /** One load; every figure in ms from the start of the navigation, null if it never happened. */
  record Sample(
      boolean cold,
      Double responseEnd,
      Double domContentLoaded,
      Double load,
      Double firstPaint,
      Double firstContentfulPaint,
      Double searchFocused,
      Double transferBytes) {}

  private final UiBrowser browser;
  private final String url;

  ScreenLoad(UiBrowser browser, String url) {
    this.browser = browser;
    this.url = url;
  }

  /** {@code loads} cold and {@code loads} warm loads, alternating, cold first. */
  List<Sample> run(int loads) {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < loads; i++) {
      samples.add(once(true));
      samples.add(once(false));
    }
    return samples;
  }

  /** Loads the screen (from about:blank, so that it is a real navigation) and waits for focus. */
  Sample once(boolean cold) {
    browser.driver().get("about:blank");
    if (cold) {
      browser.clearCache();
    }
    browser.driver().get(url);
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .until(
              d ->
                  browser.script(
                      "return window.__kbBench.focus !== null"
                          + " && performance.getEntriesByName('first-contentful-paint').length > 0"));
    } catch (RuntimeException e) {
      // the box never took the focus, or nothing was painted: recorded as null
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> t =
        new LinkedHashMap<>((Map<String, Object>) browser.script(Instrumentation.PAGE_TIMING));
    return new Sample(
        cold,
        number(t.get("responseEnd")),
        number(t.get("domContentLoaded")),
        number(t.get("load")),
        number(t.get("firstPaint")),
        number(t.get("firstContentfulPaint")),
        number(t.get("searchFocused")),
        number(t.get("transferBytes")));
  }

  static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }
}
