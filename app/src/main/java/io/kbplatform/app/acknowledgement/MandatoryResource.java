package io.kbplatform.app.acknowledgement;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.acknowledgement.MandatoryReadings;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which groups must read and acknowledge an article. */
@Path("articles/{id}/mandatory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Acknowledgements")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class MandatoryResource {

  private MandatoryReadings readings;
  private CurrentActor actor;

  protected MandatoryResource() {}

  @Inject
  public MandatoryResource(MandatoryReadings readings, CurrentActor actor) {
    this.readings = readings;
    this.actor = actor;
  }

  @GET
  @Operation(summary = "The groups an article is mandatory for")
  @APIResponse(responseCode = "200", description = "The requirement (no groups: not mandatory)")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
  public MandatoryView get(@PathParam("id") String id) {
    return MandatoryView.of(readings.get(actor.get(), id));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.AUTHOR_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Make an article mandatory for groups (an empty list: not mandatory)")
  @APIResponse(responseCode = "200", description = "The new requirement")
  @APIResponse(responseCode = "400", description = "An unknown group")
  @APIResponse(responseCode = "403", description = "You do not publish in the space")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
  public MandatoryView put(@PathParam("id") String id, @Valid @NotNull MandatoryRequest body) {
    return MandatoryView.of(readings.require(actor.get(), id, body.groupSet()));
  }
}
