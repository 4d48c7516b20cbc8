package io.kbplatform.app.feedback;

import io.kbplatform.app.http.Created;
import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.feedback.Feedback;
import io.kbplatform.content.feedback.FeedbackService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feedback on one article: readers give it, anyone who may read the article sees the counts. */
@Path("articles/{id}/feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
@RolesAllowed({
  Role.AGENT_NAME,
  Role.LEARNER_NAME,
  Role.AUTHOR_NAME,
  Role.TRAINER_NAME,
  Role.ADMIN_NAME
})
public class ArticleFeedbackResource {

  private FeedbackService feedback;
  private CurrentActor actor;

  @Context UriInfo uri;

  protected ArticleFeedbackResource() {}

  @Inject
  public ArticleFeedbackResource(FeedbackService feedback, CurrentActor actor) {
    this.feedback = feedback;
    this.actor = actor;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Give feedback on the published version of an article",
      description =
          "HELPFUL or NOT_HELPFUL (with a reason) replaces your earlier vote on the same version;"
              + " FLAG needs a reason and a comment. Flags and comments go to the owner's inbox.")
  @APIResponse(responseCode = "201", description = "Recorded; Location names the feedback")
  @APIResponse(responseCode = "400", description = "A reason or a comment is missing or too long")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
  @APIResponse(responseCode = "409", description = "The article has no published version")
  public Response give(@PathParam("id") String id, @Valid @NotNull FeedbackRequest body) {
    Feedback given = feedback.give(actor.get(), id, body.toNewFeedback());
    return Created.at(uri, "feedback", given.id()).entity(FeedbackView.of(given)).build();
  }

  @GET
  @Path("summary")
  @Operation(
      summary = "Counts of an article's feedback",
      description =
          "Current helpful and not helpful votes over all versions, flags, open items, reasons"
              + " and the helpful ratio.")
  @APIResponse(responseCode = "200", description = "The counts")
  @APIResponse(responseCode = "404", description = "No such article, or not visible to you")
  public FeedbackSummaryView summary(@PathParam("id") String id) {
    return FeedbackSummaryView.of(feedback.summary(actor.get(), id));
  }
}
