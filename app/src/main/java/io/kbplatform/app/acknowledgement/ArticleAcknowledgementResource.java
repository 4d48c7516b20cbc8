package io.kbplatform.app.acknowledgement;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.acknowledgement.Acknowledged;
import io.kbplatform.content.acknowledgement.AcknowledgementService;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's acknowledgement that it read an article. */
@Path("articles/{id}/acknowledgement")
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
public class ArticleAcknowledgementResource {

  private AcknowledgementService acknowledgements;
  private CurrentActor actor;

  protected ArticleAcknowledgementResource() {}

  @Inject
  public ArticleAcknowledgementResource(
      AcknowledgementService acknowledgements, CurrentActor actor) {
    this.acknowledgements = acknowledgements;
    this.actor = actor;
  }

  @POST
  @Operation(
      summary = "Acknowledge that you read the published version of an article",
      description = "Acknowledging the same version again returns the same record with 200.")
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(responseCode = "200", description = "Acknowledged before: the same record")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
  @APIResponse(responseCode = "409", description = "The article has no published version")
  public Response acknowledge(@PathParam("id") String id) {
    Acknowledged done = acknowledgements.acknowledge(actor.get(), id);
    return Response.status(done.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(AcknowledgementView.of(done.acknowledgement()))
        .build();
  }
}
