package io.kbplatform.app.group;

import io.kbplatform.app.http.Created;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.group.Group;
import io.kbplatform.content.group.GroupService;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administration of groups and their members. */
@Path("admin/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Role.ADMIN_NAME)
public class GroupAdminResource {

  private GroupService groups;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected GroupAdminResource() {}

  @Inject
  public GroupAdminResource(GroupService groups, CurrentActor actor) {
    this.groups = groups;
    this.actor = actor;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a group")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "The key is taken")
  public Response create(@Valid @NotNull GroupRequest request) {
    Group group = groups.create(actor.get(), request.toNewGroup());
    return Created.at(uri, "admin/groups", group.key()).entity(GroupView.of(group)).build();
  }

  @GET
  @Operation(summary = "List groups with their members")
  public List<GroupView> list() {
    return groups.list().stream().map(GroupView::of).toList();
  }

  @GET
  @Path("{key}")
  @Operation(summary = "Read a group")
  public GroupView get(@PathParam("key") String key) {
    return GroupView.of(groups.get(key));
  }

  @DELETE
  @Path("{key}")
  @Operation(summary = "Delete a group (grants and restrictions naming it stop applying)")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("key") String key) {
    groups.delete(actor.get(), key);
    return Response.noContent().build();
  }

  @PUT
  @Path("{key}/members/{username}")
  @Operation(summary = "Add a member")
  @APIResponse(responseCode = "404", description = "No such group or user")
  public GroupView add(@PathParam("key") String key, @PathParam("username") String username) {
    return GroupView.of(groups.addMember(actor.get(), key, username));
  }

  @DELETE
  @Path("{key}/members/{username}")
  @Operation(summary = "Remove a member")
  public GroupView remove(@PathParam("key") String key, @PathParam("username") String username) {
    return GroupView.of(groups.removeMember(actor.get(), key, username));
  }
}
