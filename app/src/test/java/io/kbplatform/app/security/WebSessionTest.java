package io.kbplatform.app.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A session lasts while its password is current and it is younger than the absolute lifetime. */
class WebSessionTest {

  private static final long T0 = 1_765_000_000_000L;
  private static final long TWELVE_HOURS = Duration.ofHours(12).toMillis();
  private final Map<String, Object> attributes = new HashMap<>();
  private final HttpServletRequest request = request();

  @Test
  void aSessionEndsOnceItIsOlderThanTheAbsoluteLifetimeHoweverActive() {
    WebSession.start(request, "amy", 0, T0);

    assertTrue(WebSession.current(request, 0, T0 + TWELVE_HOURS, TWELVE_HOURS));
    assertFalse(WebSession.current(request, 0, T0 + TWELVE_HOURS + 1, TWELVE_HOURS));
  }

  @Test
  void aSessionEndsWhenThePasswordChangedAfterItStarted() {
    WebSession.start(request, "amy", 3, T0);

    assertTrue(WebSession.current(request, 3, T0 + 1, TWELVE_HOURS));
    assertFalse(WebSession.current(request, 4, T0 + 1, TWELVE_HOURS));
  }

  @Test
  void aSessionFromBeforeTheUpgradeWithoutThoseFactsHasEnded() {
    WebSession.start(request, "amy", 0, T0);
    attributes.remove(WebSession.SIGNED_IN_AT);

    assertFalse(WebSession.current(request, 0, T0, TWELVE_HOURS));
  }

  private HttpServletRequest request() {
    HttpSession session =
        (HttpSession)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getAttribute" -> attributes.get((String) args[0]);
                      case "setAttribute" -> attributes.put((String) args[0], args[1]);
                      case "removeAttribute" -> attributes.remove((String) args[0]);
                      case "invalidate" -> {
                        attributes.clear();
                        yield null;
                      }
                      default -> null;
                    });
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getSession" -> session;
                  default -> null;
                });
  }
}
