package io.kbplatform.app.acknowledgement;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.acknowledgement.AcknowledgementService;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the caller still has to read and acknowledge. */
@Path("acknowledgements")
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
public class AcknowledgementResource {

  private AcknowledgementService acknowledgements;
  private CurrentActor actor;

  protected AcknowledgementResource() {}

  @Inject
  public AcknowledgementResource(AcknowledgementService acknowledgements, CurrentActor actor) {
    this.acknowledgements = acknowledgements;
    this.actor = actor;
  }

  @GET
  @Path("pending")
  @Operation(
      summary = "Mandatory articles you still have to acknowledge, most recently published first",
      description =
          "Published articles mandatory for one of your groups that you may read and have not"
              + " acknowledged since their latest significant version.")
  @APIResponse(responseCode = "200", description = "The pending articles")
  public List<PendingView> pending() {
    return acknowledgements.pending(actor.get()).stream().map(PendingView::of).toList();
  }
}
