package io.kbplatform.app.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The web UI's session cookie: HttpOnly, never in URLs, {@code Secure} when {@code
 * kb.session.secure-cookie} says the app is reached over HTTPS, and an idle timeout of {@code
 * kb.session.timeout} (a shift's length by default). {@code SameSite=Strict} is set in {@code
 * WEB-INF/payara-web.xml}, where Payara reads it.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    var config = ConfigProvider.getConfig();
    Duration timeout =
        config.getOptionalValue("kb.session.timeout", Duration.class).orElse(Duration.ofHours(9));
    boolean secure =
        config.getOptionalValue("kb.session.secure-cookie", Boolean.class).orElse(false);
    var context = event.getServletContext();
    context.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    context.setSessionTimeout((int) Math.max(1, timeout.toMinutes()));
    SessionCookieConfig cookie = context.getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setPath("/");
  }
}
