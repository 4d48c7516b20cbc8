package io.kbplatform.bench.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through Debian's chromedriver (both paths given, so Selenium Manager
 * never runs; {@code KB_CHROMIUM} / {@code KB_CHROMEDRIVER} override them), with the benchmark's
 * instrumentation installed in every page before the page's own scripts run.
 */
final class UiBrowser implements AutoCloseable {

  private static final Logger CDP_VERSION_FINDER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_FINDER.setLevel(Level.SEVERE); // no DevTools API is used: no devtools module
  }

  private final ChromeDriver driver;
  private final Thread hook = new Thread(this::quitQuietly, "bench-browser-quit");

  private UiBrowser(ChromeDriver driver) {
    this.driver = driver;
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static UiBrowser start(String language, Path logDir, String instrumentation) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(executable("KB_CHROMEDRIVER", "/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .withLogFile(logDir.resolve("chromedriver.log").toFile())
            .withTimeout(Duration.ofSeconds(30))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable("KB_CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--no-first-run",
        "--password-store=basic",
        "--window-size=1280,800",
        "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    UiBrowser browser = new UiBrowser(new ChromeDriver(service, options));
    writeDriverPid(logDir.resolve("pids").resolve("chromedriver.pid"));
    browser.driver.manage().window().setSize(new Dimension(1280, 800));
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    browser.driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", instrumentation));
    return browser;
  }

  ChromeDriver driver() {
    return driver;
  }

  Object script(String javascript, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(javascript, args);
  }

  Object asyncScript(String javascript, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(javascript, args);
  }

  /** Empties the HTTP cache (and drops no cookies): the next load fetches every asset again. */
  void clearCache() {
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
  }

  @Override
  public void close() {
    quitQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down
    }
  }

  private void quitQuietly() {
    try {
      driver.quit();
    } catch (RuntimeException e) {
      // already gone
    }
  }

  /** For scripts/benchmark.sh, which kills it by pid if this JVM dies without quitting it. */
  private static void writeDriverPid(Path file) {
    ProcessHandle.current()
        .children()
        .filter(p -> p.info().command().orElse("").endsWith("chromedriver"))
        .findFirst()
        .ifPresent(
            p -> {
              try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, Long.toString(p.pid()));
              } catch (IOException e) {
                // the browser still quits with this JVM
              }
            });
  }

  private static File executable(String env, String fallback) {
    String configured = System.getenv(env);
    File file = new File(configured == null || configured.isBlank() ? fallback : configured);
    if (!file.canExecute()) {
      throw new IllegalStateException(
          file + " is missing: apt-get install -y chromium chromium-driver, or set " + env);
    }
    return file;
  }
}
