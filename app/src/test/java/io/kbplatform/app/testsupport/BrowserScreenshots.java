package io.kbplatform.app.testsupport;

import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On a failed test, saves what every open {@link Browser} showed — {@code
 * target/browser-failures/<TestClass>-<method>.png}, {@code .html} and {@code .console.txt} (the
 * second session's files end in {@code -2}) — right after the test method, before
 * {@code @AfterEach} can change the page; after the class, quits every browser. Register it after
 * Arquillian's extension: {@code @ExtendWith(ArquillianExtension.class) @ExtendWith(
 * BrowserScreenshots.class)} on a {@code @RunAsClient} class.
 */
public final class BrowserScreenshots implements AfterTestExecutionCallback, AfterAllCallback {

  private static final Logger LOG = Logger.getLogger(BrowserScreenshots.class.getName());

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "-"
            + context.getRequiredTestMethod().getName();
    List<Browser> browsers = Browser.open();
    for (int i = 0; i < browsers.size(); i++) {
      String file = i == 0 ? name : name + "-" + (i + 1);
      try {
        browsers.get(i).saveArtifacts(file);
        LOG.info(() -> "Browser state of the failed test saved as browser-failures/" + file + ".*");
      } catch (RuntimeException e) {
        LOG.warning(() -> "Could not save the browser state of " + file + ": " + e);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Browser.quitAll();
  }
}
