package io.kbplatform.app.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Starts the test run's Elasticsearch node when the run opens and stops it when it closes. */
public class ElasticsearchSession implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (TestNode.configured()) {
      TestNode.startInBackground();
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestNode.shutdown();
  }
}
