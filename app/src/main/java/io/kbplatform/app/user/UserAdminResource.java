package io.kbplatform.app.user;

import io.kbplatform.app.http.Created;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserAccount;
import io.kbplatform.content.user.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administration of local user accounts and their roles. */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminResource {

  private UserService users;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected UserAdminResource() {}

  @Inject
  public UserAdminResource(UserService users, CurrentActor actor) {
    this.users = users;
    this.actor = actor;
  }

  @POST
  @Operation(summary = "Create a user with a password and roles")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "The username is taken")
  public Response create(@Valid @NotNull UserRequest request) {
    UserAccount user = users.create(request.toNewUser(), actor.username());
    return Created.at(uri, "admin/users", user.username()).entity(UserView.of(user)).build();
  }

  @GET
  @Operation(summary = "List users")
  public List<UserView> list() {
    return users.list().stream().map(UserView::of).toList();
  }

  @GET
  @Path("{username}")
  @Operation(summary = "Read a user")
  public UserView get(@PathParam("username") String username) {
    return UserView.of(users.get(username));
  }

  @PUT
  @Path("{username}/roles")
  @Operation(summary = "Replace a user's roles")
  @APIResponse(responseCode = "200", description = "The user with the new roles")
  public UserView assignRoles(
      @PathParam("username") String username, @Valid @NotNull RolesRequest request) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    request.roles.stream().filter(java.util.Objects::nonNull).forEach(roles::add);
    return UserView.of(users.assignRoles(username, roles, actor.username()));
  }

  @PUT
  @Path("{username}/enabled")
  @Operation(
      summary = "Disable or enable an account",
      description =
          "A disabled account cannot sign in, and its browser sessions end at their next request."
              + " Nobody disables themselves; the last enabled administrator stays enabled (409).")
  @APIResponse(responseCode = "200", description = "The user")
  @APIResponse(responseCode = "409", description = "Yourself, or the last administrator")
  public UserView setEnabled(
      @PathParam("username") String username, @Valid @NotNull EnabledRequest request) {
    return UserView.of(users.setEnabled(username, request.enabled, actor.username()));
  }

  @PUT
  @Path("{username}/password")
  @Operation(summary = "Set a new password for a user")
  @APIResponse(responseCode = "200", description = "The user")
  public UserView resetPassword(
      @PathParam("username") String username, @Valid @NotNull PasswordRequest request) {
    return UserView.of(
        users.resetPassword(username, request.password.toCharArray(), actor.username()));
  }
}
