package io.kbplatform.search.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class ClusterUnavailableTest {

  @Test
  void connectionFailuresAnywhereInTheCauseChainMeanUnavailable() {
    assertTrue(ClusterUnavailable.isCause(new ConnectException("refused")));
    assertTrue(ClusterUnavailable.isCause(new RuntimeException(new ConnectException("refused"))));
  }

  @Test
  void otherFailuresAreAboutTheRequest() {
    assertFalse(ClusterUnavailable.isCause(new IllegalArgumentException("bad mapping")));
  }
}
