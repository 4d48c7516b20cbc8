package io.kbplatform.app.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven like a user: open a page, wait for what appears, type, press keys,
 * read the console. A test class shares one ({@link #shared(URI)}); {@link #secondSession()} is a
 * separate browser with its own cookies, for two users at once. {@link BrowserScreenshots} saves a
 * screenshot and the page of every open browser when a test fails, and quits them after the class.
 */
public final class Browser implements AutoCloseable {

  public static final Dimension DESKTOP = new Dimension(1280, 800);
  public static final Dimension TABLET = new Dimension(768, 1024);
  public static final String ENGLISH = "en";
  public static final String CHINESE = "zh-CN";

  private static final Duration TIMEOUT =
      Duration.ofSeconds(Long.getLong("kb.browser.timeoutSeconds", 10));
  private static final List<Browser> OPEN = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll, "quit-browsers"));
  }

  private final URI base;
  private final String language;
  private final ChromeDriver driver;
  private final ConsoleLog console;
  private Browser second;

  private Browser(URI base, String language) {
    this.base = base;
    this.language = language;
    this.driver = Chromium.start(language, DESKTOP.width, DESKTOP.height);
    this.console = new ConsoleLog(driver);
    resize(DESKTOP);
  }

  /** The test class's browser (English UI), started on first use. */
  public static Browser shared(URI base) {
    return shared(base, ENGLISH);
  }

  /**
   * The test class's browser, started on first use with the given UI language ({@link #ENGLISH} or
   * {@link #CHINESE}); a different language restarts it.
   */
  public static synchronized Browser shared(URI base, String language) {
    Browser first = OPEN.isEmpty() ? null : OPEN.get(0);
    if (first != null && first.base.equals(base) && first.language.equals(language)) {
      return first;
    }
    quitAll();
    return start(base, language);
  }

  private static synchronized Browser start(URI base, String language) {
    Browser browser = new Browser(base, language);
    OPEN.add(browser);
    return browser;
  }

  /** Every browser still open, the shared one first. */
  static synchronized List<Browser> open() {
    return List.copyOf(OPEN);
  }

  /**
   * Quits every browser (and its chromedriver); {@link BrowserScreenshots} does it after a class.
   */
  public static synchronized void quitAll() {
    for (Browser browser : List.copyOf(OPEN)) {
      browser.quit();
    }
  }

  /** Where browser artifacts go: {@code kb.test.tmpdir} (the module's target/) or ./target. */
  static String artifactsRoot() {
    return System.getProperty("kb.test.tmpdir", "target");
  }

  /**
   * A second, independent browser (own process, own cookie jar) for a second user at the same time;
   * started on first use, then the same one until it is quit.
   */
  public synchronized Browser secondSession() {
    if (second == null || !OPEN.contains(second)) {
      second = start(base, language);
    }
    return second;
  }

  public WebDriver driver() {
    return driver;
  }

  public String language() {
    return language;
  }

  /** Opens a path of the application, e.g. {@code "/"} or {@code "/#/search?q=退款"}. */
  public Browser open(String path) {
    driver.get(base.resolve(path).toString());
    return this;
  }

  /** The hash route currently shown, e.g. {@code "#/articles/42"}. */
  public String route() {
    return (String) script("return location.hash");
  }

  /** Waits until an element matching the CSS selector is visible, and returns it. */
  public WebElement waitFor(String css) {
    return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until the (first) element matching the selector shows the text, and returns it. */
  public WebElement waitForText(String css, String text) {
    until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return driver.findElement(By.cssSelector(css));
  }

  /** Waits until no visible element matches the selector (closed dialog, finished spinner). */
  public void waitUntilGone(String css) {
    until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Waits until exactly {@code count} elements match the selector, and returns them. */
  public List<WebElement> waitForCount(String css, int count) {
    return until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), count));
  }

  /** Waits until the condition returns something other than null or false. */
  public <T> T until(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(driver, TIMEOUT).until(condition);
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The visible text of the first element matching the selector (waits for it). */
  public String text(String css) {
    return waitFor(css).getText();
  }

  public Browser click(String css) {
    until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    return this;
  }

  /** Clears a field and types into it, key by key, as a user would. */
  public Browser type(String css, CharSequence text) {
    WebElement field = waitFor(css);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Presses keys on whatever has the focus, e.g. {@code press(Keys.ENTER)}, {@code press("/")}. */
  public Browser press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** The element that has the keyboard focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  public Object script(String javascript, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(javascript, args);
  }

  /**
   * Resizes the viewport (what the page gets as {@code innerWidth × innerHeight}), e.g. to {@link
   * #TABLET} (768×1024) or back to {@link #DESKTOP} (1280×800).
   */
  public Browser resize(Dimension viewport) {
    driver.manage().window().setSize(viewport);
    @SuppressWarnings("unchecked")
    List<Number> inner = (List<Number>) script("return [window.innerWidth, window.innerHeight]");
    int width = 2 * viewport.width - inner.get(0).intValue();
    int height = 2 * viewport.height - inner.get(1).intValue();
    if (width != viewport.width || height != viewport.height) {
      driver.manage().window().setSize(new Dimension(width, height));
    }
    return this;
  }

  /** The viewport's size, {@code innerWidth × innerHeight}. */
  public Dimension viewport() {
    @SuppressWarnings("unchecked")
    List<Number> inner = (List<Number>) script("return [window.innerWidth, window.innerHeight]");
    return new Dimension(inner.get(0).intValue(), inner.get(1).intValue());
  }

  /**
   * Signs in through {@code POST /api/session} from the page, so the session cookie lands in this
   * browser; then reload or open a page. Needs a page of the application open (same origin).
   */
  public Browser signInThroughApi(String username, String password) {
    if (!driver.getCurrentUrl().startsWith(base.resolve("/").toString())) {
      open("/");
    }
    Object status =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/api/session', {method: 'POST', credentials: 'same-origin',"
                    + " headers: {'Content-Type': 'application/json',"
                    + " 'X-Requested-With': 'XMLHttpRequest'},"
                    + " body: JSON.stringify({username: arguments[0], password: arguments[1]})})"
                    + ".then(r => done(r.status), e => done(String(e)));",
                username,
                password);
    assertEquals(200L, status, "POST /api/session as " + username);
    return this;
  }

  /**
   * Signs in as the user and starts the application afresh, signed in (a hash change alone would
   * not restart it): the page shows the top bar with the sign-out button when this returns.
   */
  public Browser signInAs(String username, String password) {
    open("/");
    signInThroughApi(username, password);
    driver.navigate().refresh();
    waitFor("[data-test=sign-out]");
    return this;
  }

  /** Forgets cookies and web storage of this origin: the next page starts signed out. */
  public Browser clearSession() {
    if (driver.getCurrentUrl().startsWith("http")) {
      script("localStorage.clear(); sessionStorage.clear();");
    }
    driver.manage().deleteAllCookies();
    return this;
  }

  /** The console of this browser: JavaScript errors, CSP violations, failed requests. */
  public ConsoleLog console() {
    return console;
  }

  /** Asserts the page raised no JavaScript error and violated no Content Security Policy. */
  public void assertNoJsErrors() {
    assertEquals(List.of(), console.jsErrors(), "browser console errors");
  }

  /** Saves a PNG screenshot under target/browser-failures and returns its path. */
  public Path screenshot(String name) {
    Path file = artifact(name + ".png");
    write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  /** Saves a screenshot, the page's HTML and the console log, named after a failed test. */
  void saveArtifacts(String name) {
    screenshot(name);
    String html = driver.getPageSource();
    write(artifact(name + ".html"), html.getBytes(StandardCharsets.UTF_8));
    String log = driver.getCurrentUrl() + "\n" + String.join("\n", console.all()) + "\n";
    write(artifact(name + ".console.txt"), log.getBytes(StandardCharsets.UTF_8));
  }

  /** Quits this browser and its driver; safe to call twice. */
  public void quit() {
    synchronized (Browser.class) {
      if (!OPEN.remove(this)) {
        return;
      }
    }
    try {
      driver.quit();
    } catch (RuntimeException e) {
      // already gone
    }
  }

  @Override
  public void close() {
    quit();
  }

  @Override
  public String toString() {
    return "Browser" + Map.of("base", base, "language", language);
  }

  private static Path artifact(String fileName) {
    return Path.of(artifactsRoot(), "browser-failures", fileName.replaceAll("[^\\w.-]", "_"));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
