package io.kbplatform.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void forwardedForIsIgnoredFromAnUntrustedPeer() {
    assertEquals("198.51.100.4", ClientAddress.of("198.51.100.4", "10.9.9.9", Set.of()));
    assertEquals("198.51.100.4", ClientAddress.of("198.51.100.4", "10.9.9.9", Set.of("127.0.0.1")));
  }

  @Test
  void behindATrustedProxyTheNearestUntrustedHopCounts() {
    Set<String> proxies = Set.of("127.0.0.1", "10.0.0.2");

    assertEquals("203.0.113.5", ClientAddress.of("127.0.0.1", "203.0.113.5", proxies));
    assertEquals(
        "203.0.113.5",
        ClientAddress.of("127.0.0.1", "1.2.3.4, 203.0.113.5, 10.0.0.2", proxies),
        "an address the client wrote itself (1.2.3.4) is not believed");
    assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, proxies));
  }
}
