package io.kbplatform.app.session;

import io.kbplatform.app.problem.Problem;
import io.kbplatform.app.problem.Problems;
import io.kbplatform.app.security.ApiAuthenticationMechanism;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.app.security.PasswordSignIn;
import io.kbplatform.app.security.PermitAnonymous;
import io.kbplatform.app.security.SignInResult;
import io.kbplatform.app.security.WebSession;
import io.kbplatform.content.group.GroupService;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserAccount;
import io.kbplatform.content.user.UserRepository;
import io.kbplatform.content.user.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The web UI's sign-in: a cookie session with a CSRF token. Scripts keep using HTTP Basic. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class SessionResource {

  static final String WRONG_CREDENTIALS = "The username or password is not correct.";

  private PasswordSignIn passwords;
  private UserRepository users;
  private UserService accounts;
  private Clock clock;
  private GroupService groups;
  private SpaceService spaces;
  private CurrentActor actor;

  @Context HttpServletRequest request;
  @Context UriInfo uri;

  protected SessionResource() {}

  @Inject
  public SessionResource(
      PasswordSignIn passwords,
      UserRepository users,
      UserService accounts,
      Clock clock,
      GroupService groups,
      SpaceService spaces,
      CurrentActor actor) {
    this.passwords = passwords;
    this.users = users;
    this.accounts = accounts;
    this.clock = clock;
    this.groups = groups;
    this.spaces = spaces;
    this.actor = actor;
  }

  @POST
  @PermitAnonymous
  @Operation(
      summary = "Sign in",
      description =
          "Checks the password and starts a session: the response sets the session cookie"
              + " (HttpOnly, SameSite=Strict) and carries the CSRF token that every"
              + " state-changing request of the session must send as X-CSRF-Token.")
  @APIResponse(responseCode = "200", description = "Signed in")
  @APIResponse(responseCode = "401", description = "Wrong username or password")
  public Response signIn(@Valid @NotNull SignInRequest credentials) {
    SignInResult result =
        passwords.check(credentials.username, credentials.password.toCharArray(), request);
    if (!(result instanceof SignInResult.Valid valid)) {
      return refused(result, WRONG_CREDENTIALS, List.of());
    }
    UserAccount account = valid.account();
    String csrf =
        WebSession.start(request, account.username(), account.credentialsVersion(), clock.millis());
    return Response.ok(
            view(
                new Actor(account.username(), account.roles(), groups.keysOf(account.username())),
                csrf))
        .build();
  }

  @PUT
  @Path("password")
  @RolesAllowed({
    Role.AGENT_NAME,
    Role.LEARNER_NAME,
    Role.AUTHOR_NAME,
    Role.TRAINER_NAME,
    Role.ADMIN_NAME
  })
  @Operation(
      summary = "Change your own password",
      description =
          "Needs the current password (checked, and throttled, like a sign-in). Every other"
              + " session of the user ends; this browser session stays signed in under a new"
              + " session id. Basic callers use the new password from the next request on.")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", description = "Current password wrong, or new one invalid")
  @APIResponse(responseCode = "429", description = "Too many wrong current passwords")
  public Response changePassword(@Valid @NotNull PasswordChangeRequest change) {
    String username = actor.username();
    SignInResult result = passwords.check(username, change.currentPassword.toCharArray(), request);
    if (!(result instanceof SignInResult.Valid)) {
      return refused(
          result,
          "The current password is not correct.",
          List.of(new Problem.FieldError("currentPassword", "is not correct")));
    }
    UserAccount changed = accounts.changeOwnPassword(username, change.newPassword.toCharArray());
    WebSession.renew(request, changed.credentialsVersion());
    return Response.noContent().build();
  }

  /** 429 or 503 with {@code Retry-After} when throttled or busy, otherwise a wrong password. */
  private Response refused(
      SignInResult result, String wrongPassword, List<Problem.FieldError> errors) {
    if (result instanceof SignInResult.Throttled throttled) {
      long seconds = ApiAuthenticationMechanism.retryAfterSeconds(throttled.retryAfter());
      return Response.fromResponse(
              Problems.response(
                  Response.Status.TOO_MANY_REQUESTS,
                  "Too many failed sign-ins: try again in " + seconds + " s.",
                  uri))
          .header("Retry-After", seconds)
          .build();
    }
    if (result instanceof SignInResult.Busy) {
      return Response.fromResponse(
              Problems.response(
                  Response.Status.SERVICE_UNAVAILABLE,
                  "Too many sign-ins at once: try again in a moment.",
                  uri))
          .header("Retry-After", 1)
          .build();
    }
    return errors.isEmpty()
        ? Problems.response(Response.Status.UNAUTHORIZED, wrongPassword, uri)
        : Problems.response(Response.Status.BAD_REQUEST, wrongPassword, uri, errors);
  }

  @GET
  @RolesAllowed({
    Role.AGENT_NAME,
    Role.LEARNER_NAME,
    Role.AUTHOR_NAME,
    Role.TRAINER_NAME,
    Role.ADMIN_NAME
  })
  @Operation(summary = "Who is signed in, with roles, spaces and (in a browser session) CSRF token")
  @APIResponse(responseCode = "401", description = "Not signed in")
  public SessionView current() {
    return view(actor.get(), WebSession.csrfToken(request).orElse(null));
  }

  @DELETE
  @RolesAllowed({
    Role.AGENT_NAME,
    Role.LEARNER_NAME,
    Role.AUTHOR_NAME,
    Role.TRAINER_NAME,
    Role.ADMIN_NAME
  })
  @Operation(summary = "Sign out: ends the browser session")
  @APIResponse(responseCode = "204", description = "Signed out")
  public Response signOut() {
    WebSession.end(request);
    return Response.noContent().build();
  }

  private SessionView view(Actor who, String csrf) {
    String displayName =
        users.findByUsername(who.username()).map(UserAccount::displayName).orElse(who.username());
    return new SessionView(
        who.username(),
        displayName,
        SessionView.sorted(who.roles().stream().map(Role::name).toList()),
        spaces.access(who).stream().map(SessionView.SpaceLevel::of).toList(),
        csrf);
  }
}
