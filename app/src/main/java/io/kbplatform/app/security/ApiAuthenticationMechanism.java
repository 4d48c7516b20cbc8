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
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Who calls {@code /api}: HTTP Basic credentials (scripts; checked on every request, no session),
 * or the browser session that {@code POST /api/session} started (the web UI; cookie plus a CSRF
 * token on every state-changing request, see {@link WebSession}). Anything else gets a 401 problem.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String REALM = "KB Platform";
  private static final Logger LOG = Logger.getLogger(ApiAuthenticationMechanism.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  private IdentityStoreHandler identityStores;
  private UserRepository users;

  protected ApiAuthenticationMechanism() {}

  @Inject
  public ApiAuthenticationMechanism(IdentityStoreHandler identityStores, UserRepository users) {
    this.identityStores = identityStores;
    this.users = users;
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
    if (authorization == null && isSignIn(request, path)) {
      return context.doNothing();
    }
    if (authorization == null) {
      Optional<String> sessionUser = WebSession.user(request);
      if (sessionUser.isPresent()) {
        return fromSession(request, response, context, path, sessionUser.get());
      }
    }
    Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
    if (credentials.isEmpty()) {
      return unauthorized(request, response, path, "Authentication is required: use HTTP Basic.");
    }
    CredentialValidationResult result;
    try {
      result =
          identityStores.validate(
              new UsernamePasswordCredential(
                  credentials.get().username(), new Password(credentials.get().password())));
    } catch (RuntimeException e) {
      return unavailable(response, path, e);
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(request, response, path, "The username or password is not correct.");
    }
    return context.notifyContainerAboutLogin(result);
  }

  /** {@code POST /api/session} checks the password itself and starts the session. */
  private static boolean isSignIn(HttpServletRequest request, String path) {
    return path.equals("/api/session") && request.getMethod().equals("POST");
  }

  /**
   * A browser's signed-in session: the account must still exist and be enabled, its roles are read
   * afresh, and a state-changing request must carry the session's CSRF token.
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
    if (account.isEmpty()) {
      WebSession.end(request);
      return unauthorized(request, response, path, "Your session has ended: sign in again.");
    }
    if (!WebSession.csrfSatisfied(request)) {
      write(
          response,
          Problems.problem(
              Response.Status.FORBIDDEN,
              "The request did not carry this session's CSRF token (header "
                  + WebSession.CSRF_HEADER
                  + "): reload the page.",
              path,
              null,
              null));
      return AuthenticationStatus.SEND_FAILURE;
    }
    Set<String> roles = account.get().roles().stream().map(Role::name).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(account.get().username(), roles);
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
   * 401. Scripts get the Basic challenge; the web UI (which sends {@code X-Requested-With}) does
   * not, so that the browser never pops up its own password dialog over the sign-in form.
   */
  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String path, String detail) {
    if (request.getHeader("X-Requested-With") == null) {
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
