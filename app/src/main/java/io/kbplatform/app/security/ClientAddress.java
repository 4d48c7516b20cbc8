package io.kbplatform.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The address a request comes from, for throttling. {@code X-Forwarded-For} is believed only from
 * the reverse proxies listed in {@code kb.http.trusted-proxies}: behind a proxy every request would
 * otherwise come from the proxy (one failed guess slowing everyone), and without one the header is
 * whatever an attacker wants it to be.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServletRequest request, Set<String> trustedProxies) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
  }

  /** The nearest hop, walking back through trusted proxies in {@code X-Forwarded-For}. */
  static String of(String remote, String forwardedFor, Set<String> trustedProxies) {
    String address = remote == null ? "unknown" : remote;
    if (forwardedFor == null || !trustedProxies.contains(address)) {
      return address;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (hop.isEmpty()) {
        continue;
      }
      address = hop;
      if (!trustedProxies.contains(hop)) {
        break;
      }
    }
    return address;
  }
}
