package io.kbplatform.app.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver. Both paths are given to
 * Selenium, so Selenium Manager never runs (it would try to download a browser and a driver).
 *
 * <p>Overrides: system property {@code kb.chromium} or env {@code KB_CHROMIUM} (default {@code
 * /usr/bin/chromium}); {@code kb.chromedriver} / {@code KB_CHROMEDRIVER} (default {@code
 * /usr/bin/chromedriver}).
 */
final class Chromium {

  static final String DEFAULT_BROWSER = "/usr/bin/chromium";
  static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

  /**
   * Quiets "Unable to find CDP implementation matching …": the tests use no DevTools API, so no
   * selenium-devtools module is on the classpath. Held here so the setting is not collected.
   */
  private static final Logger CDP_VERSION_FINDER =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
  }

  private Chromium() {}

  static ChromeDriver start(String language, int width, int height) {
    File driver = executable("kb.chromedriver", "KB_CHROMEDRIVER", DEFAULT_DRIVER);
    File browser = executable("kb.chromium", "KB_CHROMIUM", DEFAULT_BROWSER);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver)
            .usingAnyFreePort()
            .withLogFile(logFile())
            .withTimeout(Duration.ofSeconds(30))
            .build();
    return new ChromeDriver(service, options(browser, language, width, height));
  }

  private static ChromeOptions options(File browser, String language, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-default-apps",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--password-store=basic",
        "--window-size=" + width + "," + height,
        "--lang=" + language);
    options.setExperimentalOption(
        "prefs", Map.of("intl.accept_languages", language + "," + primary(language)));
    options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return options;
  }

  private static String primary(String language) {
    int dash = language.indexOf('-');
    return dash < 0 ? language : language.substring(0, dash);
  }

  private static File executable(String property, String env, String fallback) {
    String configured = System.getProperty(property, System.getenv(env));
    File file = new File(configured == null || configured.isBlank() ? fallback : configured);
    if (!file.canExecute()) {
      throw new IllegalStateException(
          file
              + " is missing: install Debian's chromium and chromium-driver"
              + " (apt-get install -y chromium chromium-driver, as .ci/run does) or set "
              + env);
    }
    return file;
  }

  private static File logFile() {
    try {
      Path dir = Path.of(Browser.artifactsRoot(), "browser-logs");
      Files.createDirectories(dir);
      return Files.createTempFile(dir, "chromedriver-", ".log").toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
