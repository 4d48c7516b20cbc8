package io.kbplatform.app.security;

import io.kbplatform.app.problem.Problem;
import io.kbplatform.app.problem.Problems;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HTTP Basic for everything under {@code /api}: a request without credentials, or with wrong ones,
 * gets a 401 problem with a {@code WWW-Authenticate} challenge; valid credentials log the caller in
 * for this request only (the API is stateless).
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String REALM = "KB Platform";
  private static final Logger LOG = Logger.getLogger(ApiAuthenticationMechanism.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  private IdentityStoreHandler identityStores;

  protected ApiAuthenticationMechanism() {}

  @Inject
  public ApiAuthenticationMechanism(IdentityStoreHandler identityStores) {
    this.identityStores = identityStores;
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
    Optional<BasicCredentials> credentials =
        BasicCredentials.parse(request.getHeader("Authorization"));
    if (credentials.isEmpty()) {
      return unauthorized(response, path, "Authentication is required: use HTTP Basic.");
    }
    CredentialValidationResult result;
    try {
      result =
          identityStores.validate(
              new UsernamePasswordCredential(
                  credentials.get().username(), new Password(credentials.get().password())));
    } catch (RuntimeException e) {
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
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return unauthorized(response, path, "The username or password is not correct.");
    }
    return context.notifyContainerAboutLogin(result);
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, String path, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
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
