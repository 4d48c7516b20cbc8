package io.kbplatform.app.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Opens an integration-test run on a clean slate: empties the embedded database's data directory
 * and starts the run's Elasticsearch node; stops the node when the run closes.
 */
public class ElasticsearchSession implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (TestNode.configured()) {
      String dataDir = System.getenv("KB_DATA_DIR");
      if (dataDir != null) {
        TestNode.deleteRecursively(java.nio.file.Path.of(dataDir));
      }
      TestNode.startInBackground();
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestNode.shutdown();
  }
}
