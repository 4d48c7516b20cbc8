package io.kbplatform.app.permission;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.permission.PrincipalType;
import io.kbplatform.content.permission.SpaceGrantService;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Grants on a space: administrators of the space (and platform administrators) manage them. */
@Path("spaces/{key}/grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permissions")
@RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class SpaceGrantResource {

  private SpaceGrantService grants;
  private CurrentActor actor;

  protected SpaceGrantResource() {}

  @Inject
  public SpaceGrantResource(SpaceGrantService grants, CurrentActor actor) {
    this.grants = grants;
    this.actor = actor;
  }

  @GET
  @Operation(summary = "List the grants of a space")
  @APIResponse(responseCode = "403", description = "You do not administer the space")
  public List<GrantView> list(@PathParam("key") String key) {
    return grants.list(actor.get(), key).stream().map(GrantView::of).toList();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Give a user, a group or everyone a level on the space")
  @APIResponse(responseCode = "200", description = "The grant as it now stands")
  @APIResponse(responseCode = "404", description = "No such space, user or group")
  public GrantView grant(@PathParam("key") String key, @Valid @NotNull GrantRequest request) {
    return GrantView.of(
        grants.grant(
            actor.get(), key, principal(request.principalType, request.principal), request.level));
  }

  @DELETE
  @Operation(summary = "Revoke a grant")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(
      @PathParam("key") String key,
      @QueryParam("principalType") PrincipalType type,
      @QueryParam("principal") String name) {
    grants.revoke(actor.get(), key, principal(type, name));
    return Response.noContent().build();
  }

  private static Principal principal(PrincipalType type, String name) {
    if (type == null) {
      throw new InvalidRequestException("principalType is required.");
    }
    if (type != PrincipalType.EVERYONE && (name == null || name.isBlank())) {
      throw new InvalidRequestException("principal is required for " + type + ".");
    }
    return new Principal(type, name);
  }
}
