package io.kbplatform.app.security;

import io.kbplatform.app.problem.Problem;
import io.kbplatform.app.problem.Problems;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserAccount;
import io.kbplatform.content.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who calls {@code /api}: HTTP Basic credentials (scripts; checked on every request, no session),
 * or the browser session that {@code POST /api/session} started (the web UI; cookie plus a CSRF
 * token on every state-changing request, see {@link WebSession}). Anything else gets a 401 problem.
 * A state-changing request without a session must carry a custom header or a non-simple content
 * type ({@link BrowserRequests}), so that Basic credentials a browser cached cannot be abused by a
 * cross-site form.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String REALM = "KB Platform";
  private static final Logger LOG = Logger.getLogger(ApiAuthenticationMechanism.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  private PasswordSignIn passwords;
  private UserRepository users;
  private Clock clock;
  private Duration maxLifetime;

  protected ApiAuthenticationMechanism() {}

  @Inject
  public ApiAuthenticationMechanism(
      PasswordSignIn passwords,
      UserRepository users,
      Clock clock,
      @ConfigProperty(name = "kb.session.max-lifetime", defaultValue = "PT12H")
          Duration maxLifetime) {
    this.passwords = passwords;
    this.users = users;
    this.clock = clock;
    this.maxLifetime = maxLifetime;
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // The servlet path is decoded and normalised (no ";params", no "%61pi"), unlike the raw URI.
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.equals("/api") && !path.startsWith("/api/")) {
      return context.doNothing();
    }
    String authorization = request.getHeader("Authorization");
    boolean signIn = authorization == null && isSignIn(request, path);
    if (authorization == null && !signIn) {
      Optional<String> sessionUser = WebSession.user(request);
      if (sessionUser.isPresent()) {
        return fromSession(request, response, context, path, sessionUser.get());
      }
    }
    Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
    if ((signIn || credentials.isPresent())
        && BrowserRequests.changesState(request.getMethod())
        && !BrowserRequests.cannotBeForged(request::getHeader)) {
      return forbidden(
          response,
          path,
          "A request that changes something must send a JSON (or other non-form) Content-Type, or"
              + " the header X-Requested-With, or a signed-in session's "
              + WebSession.CSRF_HEADER
              + ".");
    }
    if (signIn) {
      return context.doNothing();
    }
    if (credentials.isEmpty()) {
      return unauthorized(request, response, path, "Authentication is required: use HTTP Basic.");
    }
    SignInResult result;
    try {
      result = passwords.check(credentials.get().username(), credentials.get().password(), request);
    } catch (RuntimeException e) {
      return unavailable(response, path, e);
    }
    if (result instanceof SignInResult.Valid valid) {
      return context.notifyContainerAboutLogin(valid.account().username(), roles(valid.account()));
    }
    if (result instanceof SignInResult.Throttled throttled) {
      return tooManyAttempts(response, path, throttled);
    }
    if (result instanceof SignInResult.Busy) {
      return busy(response, path);
    }
    return unauthorized(request, response, path, "The username or password is not correct.");
  }

  /** {@code POST /api/session} checks the password itself and starts the session. */
  private static boolean isSignIn(HttpServletRequest request, String path) {
    return path.equals("/api/session") && request.getMethod().equals("POST");
  }

  /**
   * A browser's signed-in session: the account must still exist and be enabled, the session must
   * have started under the account's current password and within the absolute lifetime, its roles
   * are read afresh, and a state-changing request must carry the session's CSRF token.
   */
  private AuthenticationStatus fromSession(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path,
      String username) {
    Optional<UserAccount> account;
    try {
      account = users.findByUsername(username).filter(UserAccount::enabled);
    } catch (RuntimeException e) {
      return unavailable(response, path, e);
    }
    if (account.isEmpty()
        || !WebSession.current(
            request, account.get().credentialsVersion(), clock.millis(), maxLifetime.toMillis())) {
      WebSession.end(request);
      return unauthorized(request, response, path, "Your session has ended: sign in again.");
    }
    if (!WebSession.csrfSatisfied(request)) {
      return forbidden(
          response,
          path,
          "The request did not carry this session's CSRF token (header "
              + WebSession.CSRF_HEADER
              + "): reload the page.");
    }
    return context.notifyContainerAboutLogin(account.get().username(), roles(account.get()));
  }

  private static Set<String> roles(UserAccount account) {
    return account.roles().stream().map(Role::name).collect(Collectors.toSet());
  }

  private static AuthenticationStatus forbidden(
      HttpServletResponse response, String path, String detail) {
    write(response, Problems.problem(Response.Status.FORBIDDEN, detail, path, null, null));
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** 429 with {@code Retry-After}: the password was not even checked. */
  static AuthenticationStatus tooManyAttempts(
      HttpServletResponse response, String path, SignInResult.Throttled throttled) {
    long seconds = retryAfterSeconds(throttled.retryAfter());
    response.setHeader("Retry-After", Long.toString(seconds));
    write(
        response,
        Problems.problem(
            Response.Status.TOO_MANY_REQUESTS,
            "Too many failed sign-ins: try again in " + seconds + " s.",
            path,
            null,
            null));
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus busy(HttpServletResponse response, String path) {
    response.setHeader("Retry-After", "1");
    write(
        response,
        Problems.problem(
            Response.Status.SERVICE_UNAVAILABLE,
            "Too many sign-ins at once: try again in a moment.",
            path,
            null,
            null));
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Whole seconds, rounded up, at least one. */
  public static long retryAfterSeconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static AuthenticationStatus unavailable(
      HttpServletResponse response, String path, RuntimeException e) {
    String correlationId = java.util.UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Authentication failed, correlation id " + correlationId, e);
    write(
        response,
        Problems.problem(
            Response.Status.SERVICE_UNAVAILABLE,
            "Sign-in is temporarily unavailable; try again shortly.",
            path,
            correlationId,
            null));
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * 401. Scripts get the Basic challenge; browsers never do (see {@link BrowserRequests}), so that
   * the browser never shows its own password dialog and never caches Basic credentials.
   */
  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String path, String detail) {
    if (!BrowserRequests.fromBrowser(request::getHeader, request.getRequestedSessionId() != null)) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    }
    write(response, Problems.problem(Response.Status.UNAUTHORIZED, detail, path, null, null));
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static void write(HttpServletResponse response, Problem problem) {
    try {
      response.setStatus(problem.status());
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(JSON.toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      // The client went away; nothing more to tell it.
    }
  }
}
