package io.kbplatform.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The browser's signed-in session: who signed in and the CSRF token that every state-changing
 * request of the session must echo in {@value #CSRF_HEADER}. Roles are not kept here: they are read
 * from the database on every request, so that a role change or a disabled account takes effect at
 * once.
 */
public final class WebSession {

  public static final String CSRF_HEADER = "X-CSRF-Token";
  static final String USER = "kb.user";
  static final String CSRF = "kb.csrf";
  static final String SIGNED_IN_AT = "kb.signedInAt";
  static final String CREDENTIALS_VERSION = "kb.credentialsVersion";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebSession() {}

  /**
   * Signs {@code username} in: a fresh session (a new id, so that a session id planted before the
   * sign-in is worthless) with a new CSRF token, which is returned.
   */
  public static String start(
      HttpServletRequest request, String username, int credentialsVersion, long nowMillis) {
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    session.setAttribute(USER, username);
    session.setAttribute(CSRF, csrf);
    session.setAttribute(SIGNED_IN_AT, nowMillis);
    session.setAttribute(CREDENTIALS_VERSION, credentialsVersion);
    return csrf;
  }

  /**
   * After the session's own user changed their password: the session stays signed in under a new id
   * (a copy of the old cookie is worthless) and takes the new credentials version, while every
   * other session of the user ends.
   */
  public static void renew(HttpServletRequest request, int credentialsVersion) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      request.changeSessionId();
      request.getSession(false).setAttribute(CREDENTIALS_VERSION, credentialsVersion);
    }
  }

  /**
   * True while the session may go on: it was started under the account's current password, and no
   * longer ago than {@code maxLifetimeMillis} (an absolute cap, beside the servlet idle timeout).
   */
  static boolean current(
      HttpServletRequest request, int credentialsVersion, long nowMillis, long maxLifetimeMillis) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    try {
      Object version = session.getAttribute(CREDENTIALS_VERSION);
      Object since = session.getAttribute(SIGNED_IN_AT);
      return version instanceof Integer v
          && v == credentialsVersion
          && since instanceof Long at
          && nowMillis - at <= maxLifetimeMillis;
    } catch (IllegalStateException invalidated) {
      return false;
    }
  }

  public static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** The username of the session's caller, if the request belongs to a signed-in session. */
  static Optional<String> user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? Optional.empty() : attribute(session, USER);
  }

  /** The session's CSRF token, if the request belongs to a signed-in session. */
  public static Optional<String> csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? Optional.empty() : attribute(session, CSRF);
  }

  /** Safe methods need no token; all others must carry the session's token. */
  static boolean csrfSatisfied(HttpServletRequest request) {
    if (!BrowserRequests.changesState(request.getMethod())) {
      return true;
    }
    String sent = request.getHeader(CSRF_HEADER);
    return sent != null
        && csrfToken(request)
            .map(
                expected ->
                    MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        sent.getBytes(StandardCharsets.UTF_8)))
            .orElse(false);
  }

  private static Optional<String> attribute(HttpSession session, String name) {
    try {
      return Optional.ofNullable((String) session.getAttribute(name));
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }
}
