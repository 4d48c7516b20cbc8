package io.kbplatform.app.quiz;

import io.kbplatform.app.security.CurrentActor;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.quiz.attempt.AttemptService;
import io.kbplatform.content.quiz.question.ResponseJson;
import io.kbplatform.content.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A learner's own attempts: read (resume), save responses as they are given, submit. */
@Path("attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
@RolesAllowed({Role.LEARNER_NAME, Role.AGENT_NAME})
public class AttemptResource {

  private AttemptService attempts;
  private CurrentActor actor;
  private Clock clock;

  protected AttemptResource() {}

  @Inject
  public AttemptResource(AttemptService attempts, CurrentActor actor, Clock clock) {
    this.attempts = attempts;
    this.actor = actor;
    this.clock = clock;
  }

  @GET
  @Path("{attemptId}")
  @Operation(summary = "One of your attempts, with the responses saved so far")
  @APIResponse(responseCode = "200", description = "The attempt")
  @APIResponse(responseCode = "404", description = "No such attempt of yours")
  public AttemptView get(@PathParam("attemptId") String id) {
    return AttemptView.of(attempts.get(actor.get(), id), clock.instant());
  }

  @PUT
  @Path("{attemptId}/responses/{questionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save the response to one question (replaces an earlier one)",
      description =
          "One of {\"choice\":id}, {\"choices\":[ids]}, {\"value\":true|false}, {\"text\":\"…\"},"
              + " {\"number\":n}, {\"pairs\":{itemId:choiceId}}, {\"order\":[ids]}, fitting the"
              + " question's type and naming only its own ids.")
  @APIResponse(responseCode = "204", description = "Saved")
  @APIResponse(responseCode = "400", description = "A shape or id that does not fit the question")
  @APIResponse(responseCode = "404", description = "No such attempt of yours, or question in it")
  @APIResponse(responseCode = "409", description = "Submitted already, or time is up")
  public Response respond(
      @PathParam("attemptId") String id,
      @PathParam("questionId") String questionId,
      @NotNull JsonObject body) {
    io.kbplatform.content.quiz.question.Response response;
    try {
      response = ResponseJson.read(body);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
    attempts.respond(actor.get(), id, questionId, response);
    return Response.noContent().build();
  }

  @POST
  @Path("{attemptId}/submit")
  @Operation(
      summary = "Submit an attempt: graded on the server",
      description =
          "score = the sum of question marks earned; passed is absent while a trainer still"
              + " grades an essay. After the deadline it is graded as it stood then.")
  @APIResponse(responseCode = "200", description = "Graded")
  @APIResponse(responseCode = "404", description = "No such attempt of yours")
  @APIResponse(responseCode = "409", description = "Submitted already")
  public AttemptView submit(@PathParam("attemptId") String id) {
    return AttemptView.of(attempts.submit(actor.get(), id), clock.instant());
  }
}
