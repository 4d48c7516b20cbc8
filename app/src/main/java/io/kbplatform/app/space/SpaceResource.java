package io.kbplatform.app.space;

import io.kbplatform.app.http.Created;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Spaces: the separate knowledge bases articles live in. */
@Path("spaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Spaces")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class SpaceResource {

  private SpaceService spaces;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected SpaceResource() {}

  @Inject
  public SpaceResource(SpaceService spaces, CurrentActor actor) {
    this.spaces = spaces;
    this.actor = actor;
  }

  @POST
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Create a space")
  @APIResponse(responseCode = "201", description = "Created; Location names the new space")
  @APIResponse(responseCode = "409", description = "The key is taken")
  public Response create(@Valid @NotNull SpaceRequest request) {
    Space space = spaces.create(actor.get(), request.toNewSpace());
    return Created.at(uri, "spaces", space.key()).entity(SpaceView.of(space)).build();
  }

  @GET
  @Operation(summary = "List the spaces you may read")
  public List<SpaceView> list() {
    return spaces.list(actor.get()).stream().map(SpaceView::of).toList();
  }

  @GET
  @Path("{key}")
  @Operation(summary = "Read a space")
  @APIResponse(responseCode = "404", description = "No such space, or not visible to you")
  public SpaceView get(@PathParam("key") String key) {
    return SpaceView.of(spaces.get(actor.get(), key));
  }
}
