package io.kbplatform.app.session;

import io.kbplatform.app.problem.Problems;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.app.security.PermitAnonymous;
import io.kbplatform.app.security.WebSession;
import io.kbplatform.content.group.GroupService;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserAccount;
import io.kbplatform.content.user.UserRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.Set;
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

  private IdentityStoreHandler identityStores;
  private UserRepository users;
  private GroupService groups;
  private SpaceService spaces;
  private CurrentActor actor;

  @Context HttpServletRequest request;
  @Context UriInfo uri;

  protected SessionResource() {}

  @Inject
  public SessionResource(
      IdentityStoreHandler identityStores,
      UserRepository users,
      GroupService groups,
      SpaceService spaces,
      CurrentActor actor) {
    this.identityStores = identityStores;
    this.users = users;
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
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(
                credentials.username, new Password(credentials.password)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return Problems.response(Response.Status.UNAUTHORIZED, WRONG_CREDENTIALS, uri);
    }
    String username = result.getCallerPrincipal().getName();
    String csrf = WebSession.start(request, username);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    result.getCallerGroups().forEach(name -> roles.add(Role.valueOf(name)));
    return Response.ok(view(new Actor(username, roles, groups.keysOf(username)), csrf)).build();
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
