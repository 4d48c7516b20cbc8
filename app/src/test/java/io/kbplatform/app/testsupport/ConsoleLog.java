package io.kbplatform.app.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What a browser's console said since the session started (or since {@link #clear()}): uncaught
 * JavaScript errors, CSP violations ("Refused to execute inline script because it violates the
 * following Content Security Policy directive …"), failed requests and {@code console.*} calls.
 *
 * <p>Chromedriver hands out each entry once, so this keeps them: every query first collects what is
 * new.
 */
public final class ConsoleLog {

  private static final String FAILED_REQUEST = "Failed to load resource";

  private final WebDriver driver;
  private final List<LogEntry> entries = new ArrayList<>();

  ConsoleLog(WebDriver driver) {
    this.driver = driver;
  }

  /** Every entry, oldest first, as "LEVEL message". */
  public synchronized List<String> all() {
    return matching(entry -> true);
  }

  /** Every SEVERE entry: errors, CSP violations and failed requests (HTTP 4xx/5xx included). */
  public synchronized List<String> errors() {
    return matching(ConsoleLog::severe);
  }

  /** Content Security Policy violations (inline scripts or styles, eval, foreign sources). */
  public synchronized List<String> cspViolations() {
    return matching(entry -> isCspViolation(entry.getMessage()));
  }

  /**
   * Errors other than failed requests: uncaught exceptions, rejected promises, {@code
   * console.error}, CSP violations. An expected 409 or 404 from the API is not one of them.
   */
  public synchronized List<String> jsErrors() {
    return matching(entry -> severe(entry) && !entry.getMessage().contains(FAILED_REQUEST));
  }

  /** Requests the browser saw fail (HTTP status 4xx/5xx or no connection). */
  public synchronized List<String> failedRequests() {
    return matching(entry -> entry.getMessage().contains(FAILED_REQUEST));
  }

  /** Forgets what was logged so far (e.g. after a step that fails requests on purpose). */
  public synchronized void clear() {
    collect();
    entries.clear();
  }

  static boolean isCspViolation(String message) {
    return message.contains("Content Security Policy")
        || message.contains("Content-Security-Policy");
  }

  private static boolean severe(LogEntry entry) {
    return entry.getLevel().intValue() >= Level.SEVERE.intValue();
  }

  private List<String> matching(Predicate<LogEntry> filter) {
    collect();
    return entries.stream()
        .filter(filter)
        .map(entry -> entry.getLevel() + " " + entry.getMessage())
        .toList();
  }

  private void collect() {
    try {
      entries.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
    } catch (RuntimeException e) {
      // the session is gone (quit or crashed): keep what was collected
    }
  }
}
