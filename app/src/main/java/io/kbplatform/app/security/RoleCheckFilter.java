package io.kbplatform.app.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@link RolesAllowed} on every resource method before it runs: 401 without a caller, 403
 * without one of the roles. A method or class without the annotation is refused, so that a
 * forgotten annotation fails closed; only {@link PermitAnonymous} methods (signing in) run without
 * a caller.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method != null && method.isAnnotationPresent(PermitAnonymous.class)) {
      return;
    }
    if (request.getSecurityContext().getUserPrincipal() == null) {
      // Never a Basic challenge to a browser: its dialog would cache credentials (BrowserRequests).
      throw BrowserRequests.fromBrowser(request::getHeaderString, !request.getCookies().isEmpty())
          ? new NotAuthorizedException(Response.status(Response.Status.UNAUTHORIZED).build())
          : new NotAuthorizedException("Basic realm=\"" + ApiAuthenticationMechanism.REALM + "\"");
    }
    RolesAllowed allowed = rolesAllowed(resource.getResourceMethod(), resource.getResourceClass());
    if (allowed == null
        || Arrays.stream(allowed.value()).noneMatch(request.getSecurityContext()::isUserInRole)) {
      throw new ForbiddenException();
    }
  }

  static RolesAllowed rolesAllowed(Method method, Class<?> type) {
    if (method != null && method.isAnnotationPresent(RolesAllowed.class)) {
      return method.getAnnotation(RolesAllowed.class);
    }
    return type == null ? null : type.getAnnotation(RolesAllowed.class);
  }
}
